// ProjectStore's review decisions and their history: every change recorded with who and when.
#include "ProjectStore.h"

#include "project/ProjectStoreSql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace fc {

using namespace project;

bool ProjectStore::recordDecision(const QString &key, ReviewStatus status, const QString &note, const QString &reviewer,
                                  const QString &at, QString *error)
{
    QSqlQuery q(m_db);
    const auto failed = [&] {
        *error = fail(sqlReason(q.lastError()));
        return false;
    };
    q.prepare(QStringLiteral("SELECT status, note FROM decisions WHERE finding_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return failed();
    const bool existed = q.next();
    const QString oldStatus = existed ? q.value(0).toString() : QString();
    const QString oldNote = existed ? q.value(1).toString() : QString();
    q.finish();
    const QString newStatus = reviewStatusCode(status);
    const bool removing = newStatus.isEmpty() && note.isEmpty();
    if (oldStatus == newStatus && oldNote == note && (existed || removing))
        return true; // nothing changed: no row, no history
    if (removing) {
        q.prepare(QStringLiteral("DELETE FROM decisions WHERE finding_key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT INTO decisions (finding_key, status, note, updated_at, reviewer) "
                                 "VALUES (?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, '')) "
                                 "ON CONFLICT (finding_key) DO UPDATE SET status = excluded.status, "
                                 "note = excluded.note, updated_at = excluded.updated_at, "
                                 "reviewer = excluded.reviewer"));
        for (const QVariant &v : QVariantList{key, newStatus, note, at, reviewer})
            q.addBindValue(v);
    }
    if (!q.exec())
        return failed();
    q.prepare(QStringLiteral("INSERT INTO review_history (finding_key, reviewer, changed_at, old_status, old_note, "
                             "new_status, new_note) VALUES (?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''), "
                             "COALESCE(?, ''), COALESCE(?, ''))"));
    for (const QVariant &v : QVariantList{key, reviewer, at, oldStatus, oldNote, newStatus, note})
        q.addBindValue(v);
    return q.exec() || failed();
}

bool ProjectStore::setDecision(const QString &key, ReviewStatus status, const QString &note, QString *error)
{
    return inTransaction([&](QString *e) { return recordDecision(key, status, note, m_reviewer, nowUtc(), e); }, error);
}

bool ProjectStore::setDecisions(const ReviewMap &decisions, QString *error)
{
    return inTransaction([&](QString *e) {
        for (const auto &d : decisions) {
            const QString at = d.updatedAt.isValid() ? d.updatedAt.toUTC().toString(Qt::ISODateWithMs) : nowUtc();
            if (!recordDecision(d.key, d.status, d.note, d.reviewer.isEmpty() ? m_reviewer : d.reviewer, at, e))
                return false;
        }
        return true;
    }, error);
}

bool ProjectStore::removeDecision(const QString &key, QString *error)
{
    return inTransaction([&](QString *e) {
        return recordDecision(key, ReviewStatus::Unreviewed, QString(), m_reviewer, nowUtc(), e);
    }, error);
}

namespace {

// The history rows of one finding (key given) or of all, oldest first, by finding key.
QHash<QString, QList<ReviewChange>> readHistory(const QSqlDatabase &db, const QString &key, QString *reason)
{
    QHash<QString, QList<ReviewChange>> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT finding_key, reviewer, changed_at, old_status, old_note, new_status, new_note "
                             "FROM review_history WHERE ? IS NULL OR finding_key = ? ORDER BY id"));
    const QVariant bound = key.isNull() ? QVariant() : QVariant(key);
    q.addBindValue(bound);
    q.addBindValue(bound);
    if (!q.exec()) {
        *reason = sqlReason(q.lastError());
        return result;
    }
    while (q.next()) {
        ReviewChange c;
        c.reviewer = q.value(1).toString();
        c.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        reviewStatusFromCode(q.value(3).toString(), &c.oldStatus);
        c.oldNote = q.value(4).toString();
        reviewStatusFromCode(q.value(5).toString(), &c.newStatus);
        c.newNote = q.value(6).toString();
        result[q.value(0).toString()].append(c);
    }
    return result;
}

} // namespace

QList<ReviewChange> ProjectStore::history(const QString &key, QString *error) const
{
    QString reason;
    const auto rows = readHistory(m_db, key.isNull() ? QStringLiteral("") : key, &reason);
    if (!reason.isEmpty() && error)
        *error = fail(reason);
    return rows.value(key);
}

ReviewMap ProjectStore::decisions(QString *error) const
{
    ReviewMap result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT finding_key, status, note, updated_at, reviewer FROM decisions ORDER BY finding_key"))) {
        if (error)
            *error = fail(sqlReason(q.lastError()));
        return result;
    }
    while (q.next()) {
        ReviewDecision d;
        d.key = q.value(0).toString();
        reviewStatusFromCode(q.value(1).toString(), &d.status);
        d.note = q.value(2).toString();
        d.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        d.reviewer = q.value(4).toString();
        result.insert(d.key, d);
    }
    QString reason;
    const auto history = readHistory(m_db, QString(), &reason);
    if (!reason.isEmpty() && error)
        *error = fail(reason);
    for (auto it = result.begin(); it != result.end(); ++it)
        it->history = history.value(it.key());
    return result;
}

} // namespace fc
