#include "ReviewJson.h"

#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fc {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() in a free function of namespace fc under "fc".
    return QCoreApplication::translate("fc", text);
}
} // namespace

namespace {

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue statusOrNull(ReviewStatus status)
{
    return status == ReviewStatus::Unreviewed ? QJsonValue() : QJsonValue(reviewStatusCode(status));
}

QJsonArray historyToJson(const QList<ReviewChange> &history)
{
    QJsonArray rows;
    for (const ReviewChange &c : history) {
        rows.append(QJsonObject{
            {QStringLiteral("at"), timeOrNull(c.at)},
            {QStringLiteral("reviewer"), c.reviewer},
            {QStringLiteral("old_status"), statusOrNull(c.oldStatus)},
            {QStringLiteral("old_note"), c.oldNote},
            {QStringLiteral("status"), statusOrNull(c.newStatus)},
            {QStringLiteral("note"), c.newNote},
        });
    }
    return rows;
}

} // namespace

QJsonObject reviewToJson(const Report &report, const ReviewMap &reviews, const ToolInfo &tool, JsonDetail detail)
{
    QHash<QString, QString> findingByKey;
    for (const auto &f : report.findings)
        findingByKey.insert(f.key, f.id);
    QJsonArray array;
    for (const auto &d : reviews) { // QMap: sorted by key
        const QString finding = findingByKey.value(d.key);
        array.append(QJsonObject{
            {QStringLiteral("key"), d.key},
            {QStringLiteral("finding"), finding.isEmpty() ? QJsonValue() : QJsonValue(finding)},
            {QStringLiteral("status"), statusOrNull(d.status)},
            {QStringLiteral("note"), d.note},
            {QStringLiteral("updated_at"), timeOrNull(d.updatedAt)},
            {QStringLiteral("reviewer"), d.reviewer.isEmpty() ? QJsonValue() : QJsonValue(d.reviewer)},
            {QStringLiteral("history"), historyToJson(d.history)},
        });
    }
    QJsonObject json = reportToJson(report, tool, detail);
    json.insert(QStringLiteral("reviews"), array);
    return json;
}

QByteArray writeReviewJson(const Report &report, const ReviewMap &reviews, const ToolInfo &tool, JsonDetail detail)
{
    return QJsonDocument(reviewToJson(report, reviews, tool, detail)).toJson(QJsonDocument::Indented);
}

std::optional<ReviewMap> parseReviewJson(const QByteArray &json, const QString &name, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = name + QStringLiteral(": ")
            + tr("is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("reviews")).isArray()) {
        *error = name + QStringLiteral(": ") + tr("has no \"reviews\" array (not a review export)");
        return std::nullopt;
    }
    ReviewMap result;
    const QJsonArray array = doc.object().value(QStringLiteral("reviews")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto bad = [&](const QString &reason) {
            *error = name + QStringLiteral(": ") + tr("review %1: %2").arg(i + 1).arg(reason);
            return std::nullopt;
        };
        if (!array.at(i).isObject())
            return bad(tr("is not an object"));
        const QJsonObject o = array.at(i).toObject();
        ReviewDecision d;
        d.key = o.value(QStringLiteral("key")).toString();
        if (d.key.isEmpty())
            return bad(tr("has no \"key\""));
        const QString status = o.value(QStringLiteral("status")).toString();
        if (!reviewStatusFromCode(status, &d.status))
            return bad(tr("unknown status \"%1\" (expected confirmed, dismissed, needs_check or null)").arg(status));
        const QJsonValue note = o.value(QStringLiteral("note"));
        if (!note.isUndefined() && !note.isNull() && !note.isString())
            return bad(tr("\"note\" is not a string"));
        d.note = note.toString();
        d.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
        const QJsonValue reviewer = o.value(QStringLiteral("reviewer"));
        if (!reviewer.isUndefined() && !reviewer.isNull() && !reviewer.isString())
            return bad(tr("\"reviewer\" is not a string"));
        d.reviewer = reviewer.toString();
        if (result.contains(d.key))
            return bad(tr("key \"%1\" appears twice").arg(d.key));
        result.insert(d.key, d);
    }
    return result;
}

bool importReviewJson(ProjectStore &store, const QByteArray &json, const QString &name, const Report *current,
                      ReviewImportSummary *summary, QString *error)
{
    const auto reviews = parseReviewJson(json, name, error);
    if (!reviews)
        return false;
    if (!store.setDecisions(*reviews, error))
        return false;
    QSet<QString> keys;
    if (current) {
        for (const auto &f : current->findings)
            keys.insert(f.key);
    }
    ReviewImportSummary s;
    s.imported = int(reviews->size());
    for (const auto &d : *reviews) {
        if (keys.contains(d.key))
            ++s.matched;
        else
            s.unmatchedKeys << d.key;
    }
    if (summary)
        *summary = s;
    return true;
}

} // namespace fc
