// ProjectStore's articles table (texts and the editor's corrections) and its analysis cache.
#include "ProjectStore.h"

#include "project/ProjectStoreSql.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace fc {

using namespace project;

QList<StoredArticle> ProjectStore::articles(QString *error) const
{
    QList<StoredArticle> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, original_path, bytes, content_hash, published, position, "
                               "user_title FROM articles ORDER BY position, id"))) {
        if (error)
            *error = fail(sqlReason(q.lastError()));
        return result;
    }
    while (q.next()) {
        StoredArticle a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.originalPath = q.value(2).toString();
        a.bytes = q.value(3).toByteArray();
        a.contentHash = q.value(4).toString();
        a.userPublished = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.position = q.value(6).toInt();
        a.userTitle = q.value(7).toString();
        result.append(std::move(a));
    }
    return result;
}

QByteArray ProjectStore::articleBytes(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bytes FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = fail(sqlReason(q.lastError()));
        return {};
    }
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

std::optional<qint64> ProjectStore::addArticle(const NewArticle &article, QString *error)
{
    const auto ids = addArticles({article}, error);
    if (!ids)
        return std::nullopt;
    return ids->constFirst();
}

std::optional<QList<qint64>> ProjectStore::addArticles(const QList<NewArticle> &articles, QString *error)
{
    if (!checkWritable(error))
        return std::nullopt;
    if (!m_db.transaction()) {
        *error = fail(sqlReason(m_db.lastError()));
        return std::nullopt;
    }
    QList<qint64> ids;
    QSqlQuery q(m_db);
    int position = 0;
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM articles")) && q.next())
        position = q.value(0).toInt();
    q.prepare(QStringLiteral("INSERT INTO articles (name, original_path, bytes, content_hash, position, added_at) "
                             "VALUES (COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, X''), ?, ?, ?)"));
    for (const auto &a : articles) {
        q.addBindValue(a.name);
        q.addBindValue(a.originalPath);
        q.addBindValue(a.bytes);
        q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex()));
        q.addBindValue(++position);
        q.addBindValue(nowUtc());
        if (!q.exec()) {
            *error = fail(sqlReason(q.lastError()));
            m_db.rollback();
            return std::nullopt;
        }
        ids.append(q.lastInsertId().toLongLong());
    }
    if (!m_db.commit()) {
        *error = fail(sqlReason(m_db.lastError()));
        m_db.rollback();
        return std::nullopt;
    }
    return ids;
}

bool ProjectStore::removeArticle(qint64 id, QString *error)
{
    return exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}, error);
}

bool ProjectStore::setUserPublished(qint64 id, const QDate &date, QString *error)
{
    if (!date.isValid())
        return exec(QStringLiteral("UPDATE articles SET published = NULL, published_source = NULL WHERE id = ?"), {id},
                    error);
    return exec(QStringLiteral("UPDATE articles SET published = ?, published_source = 'user' WHERE id = ?"),
                {date.toString(Qt::ISODate), id}, error);
}

bool ProjectStore::setUserTitle(qint64 id, const QString &title, QString *error)
{
    return exec(QStringLiteral("UPDATE articles SET user_title = ? WHERE id = ?"),
                {title.isEmpty() ? QVariant() : QVariant(title), id}, error);
}

QByteArray ProjectStore::cachedAnalysis(const QString &contentHash, const QString &engine, const QString &options) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT result FROM analysis_cache WHERE content_hash = ? AND engine = ? "
                             "AND options = COALESCE(?, '')"));
    q.addBindValue(contentHash);
    q.addBindValue(engine);
    q.addBindValue(options);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

QList<CachedAnalysis> ProjectStore::cachedAnalyses(const QString &engine) const
{
    QList<CachedAnalysis> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content_hash, options, result FROM analysis_cache WHERE engine = ?"));
    q.addBindValue(engine);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()});
    return result;
}

bool ProjectStore::storeAnalyses(const QString &engine, const QList<CachedAnalysis> &entries, QString *error)
{
    if (entries.isEmpty())
        return checkWritable(error);
    return inTransaction([&](QString *failure) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO analysis_cache (content_hash, engine, options, result) "
                                 "VALUES (?, ?, COALESCE(?, ''), ?)"));
        for (const auto &e : entries) {
            q.addBindValue(e.contentHash);
            q.addBindValue(engine);
            q.addBindValue(e.options);
            q.addBindValue(e.result);
            if (!q.exec()) {
                *failure = fail(sqlReason(q.lastError()));
                return false;
            }
        }
        return true;
    }, error);
}

bool ProjectStore::pruneCache(const QString &engine, QString *error)
{
    return exec(QStringLiteral("DELETE FROM analysis_cache WHERE engine <> ? "
                               "OR content_hash NOT IN (SELECT content_hash FROM articles)"),
                {engine}, error);
}

} // namespace fc
