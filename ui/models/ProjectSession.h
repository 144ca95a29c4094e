#pragma once

#include "project/ProjectStore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace fc::ui {

class ReviewState;

// Ties the workbench's ReviewState to an open review project (ui/project's ProjectStore):
// while a project is open every status or note change is committed to it the moment it is
// made, so nothing waits for a "Save". Opening a project loads its decisions into the
// ReviewState. Without a project the ReviewState works alone (decisions in memory) and
// adoptReviews() writes them into a project created later (Save Project As).
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    enum class OpenResult { Opened, Locked, Failed };

    explicit ProjectSession(ReviewState *reviews, QObject *parent = nullptr);
    ~ProjectSession() override;

    // A new empty project at path; the ReviewState is left as it is (see adoptReviews()).
    bool create(const QString &path, QString *error);
    // Opens path and loads its decisions into the ReviewState (replacing what it held).
    // Locked: another live process writes the project; *error says who, and the caller may
    // try again with readOnly (decisions are then kept in memory only).
    OpenResult open(const QString &path, bool readOnly, QString *error);
    // Continues on a copy at path (the old file keeps what it held at this moment).
    bool saveAs(const QString &path, QString *error);
    void close();

    // Writes every decision the ReviewState holds into the open project, in one transaction.
    bool adoptReviews(QString *error);
    // The decisions as the review JSON writes them (the ReviewState's, which a read-only
    // project may hold beyond its file), each with the time the project recorded it when the
    // project holds that very decision, else no time.
    ReviewMap decisions() const;

    // Who the decisions committed from now on are by: asked of `source` before each write (the
    // workbench's source asks the editor once and keeps the name; tests pass a fixed name).
    void setReviewerSource(std::function<QString()> source) { m_reviewerSource = std::move(source); }
    // Every recorded change of the finding's decision in the open project, oldest first.
    QList<ReviewChange> history(const QString &findingKey) const;

    bool isOpen() const { return m_store->isOpen(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    QString path() const { return isOpen() ? m_store->path() : QString(); }
    ProjectStore &store() const { return *m_store; }
    ReviewState *reviews() const { return m_reviews; }
    // Decisions that closing the window would lose: made without a project, or changed in a
    // project opened read-only.
    bool hasUnsavedDecisions() const;

    // The article corrections and additions the workbench makes, committed at once.
    std::optional<QList<qint64>> addArticles(const QList<NewArticle> &articles, QString *error);
    bool setUserPublished(qint64 articleId, const QDate &date, QString *error);
    // The original bytes the project keeps of an article (empty without a project or when it
    // does not hold the article).
    QByteArray articleBytes(qint64 articleId) const;
    // Results a read-only connection analysed (the worker thread's): cached for next time.
    void cacheAnalyses(const QList<CachedAnalysis> &fresh);

Q_SIGNALS:
    void projectChanged(); // opened, closed, saved as
    // A decision could not be committed (disk full, file gone): the editor must know.
    void writeFailed(const QString &error);
    // A change of the finding's decision was committed (its history has a new row).
    void decisionRecorded(const QString &findingKey);

private:
    void reviewChanged(const QString &findingKey);
    void loadReviews();
    void pruneStaleCache();
    void takeReviewer();

    ReviewState *m_reviews;
    std::unique_ptr<ProjectStore> m_store;
    bool m_loading = false;
    bool m_readOnlyChanged = false;
    std::function<QString()> m_reviewerSource;
};

} // namespace fc::ui
