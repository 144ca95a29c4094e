#pragma once

#include "project/CachedAnalysis.h"
#include "project/ReviewDecision.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace fc::project {
class ProjectLock;
}

namespace fc {

// One article as the project keeps it: the original bytes (so the project travels without
// its source files) and the editor's corrections, which win over what extraction finds.
struct StoredArticle
{
    qint64 id = 0;
    QString name;         // what the report calls it
    QString originalPath; // where it was added from
    QByteArray bytes;
    QString contentHash; // sha256 of bytes, hex
    QDate userPublished; // invalid: none set
    QString userTitle;   // empty: none set
    int position = 0;
};

struct NewArticle
{
    QString name;
    QString originalPath;
    QByteArray bytes;
};

// A review project: one SQLite file holding the articles, the editor's decisions and notes,
// and a cache of per-article analysis results.
//
// Safety rules this class keeps:
// - every change is its own committed transaction when the call returns (no "Save" needed);
// - a file that is not a readable project of a schema this build understands (not SQLite,
//   another program's database, damaged, truncated, newer) is refused with a message naming
//   the file and the reason, and nothing is written to it;
// - only one process writes a project at a time (ProjectLock); read-only opens take no lock.
// Every error string starts with the project's path.
class ProjectStore
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // New: creates an empty project at path (replacing a file there, atomically) and opens it.
    bool create(const QString &path, QString *error);
    bool open(const QString &path, Mode mode, QString *error);
    // Writes a consistent copy to path and continues working on the copy (the old file stays
    // as it was at this moment, and its lock is released).
    bool saveAs(const QString &path, QString *error);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    // Why a ReadWrite open gave a read-only project ("" when it did not): the file itself is
    // read-only (no write permission bit, or not writable by this user), so it is opened
    // read-only rather than failing at the first decision.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const;
    int schemaVersion() const; // of the file as found on disk, before any migration
    QString createdBy() const; // app version that created the file
    QDateTime created() const;

    // Articles, in position order.
    QList<StoredArticle> articles(QString *error) const;
    // One article's original bytes (what the workbench shows a screenshot or a scanned PDF
    // from once its file has moved); empty for an id the project does not hold.
    QByteArray articleBytes(qint64 id, QString *error) const;
    std::optional<qint64> addArticle(const NewArticle &article, QString *error);
    // All or nothing, one transaction: dropping fifty files is one commit, not fifty.
    std::optional<QList<qint64>> addArticles(const QList<NewArticle> &articles, QString *error);
    bool removeArticle(qint64 id, QString *error);
    // An invalid date clears the correction.
    bool setUserPublished(qint64 id, const QDate &date, QString *error);
    bool setUserTitle(qint64 id, const QString &title, QString *error);

    // Who the following decisions are by (the editor's name, asked once by the workbench).
    void setReviewer(const QString &reviewer) { m_reviewer = reviewer; }
    QString reviewer() const { return m_reviewer; }

    // Review decisions by Finding::key; each call is committed and synced when it returns,
    // together with a row of the finding's history (who, when, old, new). A call that changes
    // nothing writes nothing.
    bool setDecision(const QString &key, ReviewStatus status, const QString &note, QString *error);
    // Several at once (an imported review), in one transaction: all of them or none. Each
    // keeps its own reviewer when it names one, else it is by setReviewer()'s.
    bool setDecisions(const ReviewMap &decisions, QString *error);
    bool removeDecision(const QString &key, QString *error);
    // With each decision's reviewer and history (oldest change first).
    ReviewMap decisions(QString *error) const;
    // Every change of one finding's decision, oldest first, removed decisions included.
    QList<ReviewChange> history(const QString &key, QString *error) const;

    // The analysis cache. Reads return an empty array on a miss.
    QByteArray cachedAnalysis(const QString &contentHash, const QString &engine, const QString &options) const;
    QList<CachedAnalysis> cachedAnalyses(const QString &engine) const;
    bool storeAnalyses(const QString &engine, const QList<CachedAnalysis> &entries, QString *error);
    // Drops results of other engine versions and of texts no longer in the project.
    bool pruneCache(const QString &engine, QString *error);

private:
    bool openValidated(const QString &path, Mode mode, std::unique_ptr<project::ProjectLock> lock, QString *error);
    bool checkWritable(QString *error) const;
    bool exec(const QString &sql, const QVariantList &values, QString *error);
    // Inside an open transaction: the decision becomes (status, note) and, when that is a
    // change, a history row records it.
    bool recordDecision(const QString &key, ReviewStatus status, const QString &note, const QString &reviewer,
                        const QString &at, QString *error);
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);
    QString fail(const QString &reason) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
    QString m_readOnlyReason;
    QString m_reviewer;
    int m_schemaVersion = 0;
    QString m_createdBy;
    QDateTime m_created;
    std::unique_ptr<project::ProjectLock> m_lock;
    std::unique_ptr<QTemporaryDir> m_migratedCopyDir; // read-only open of an older schema
};

} // namespace fc
