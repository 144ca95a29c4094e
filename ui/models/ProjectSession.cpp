#include "ProjectSession.h"

#include "models/ReviewState.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectLock.h"

namespace fc::ui {

ProjectSession::ProjectSession(ReviewState *reviews, QObject *parent)
    : QObject(parent)
    , m_reviews(reviews)
    , m_store(std::make_unique<ProjectStore>())
{
    connect(m_reviews, &ReviewState::reviewChanged, this, &ProjectSession::reviewChanged);
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::create(const QString &path, QString *error)
{
    auto store = std::make_unique<ProjectStore>();
    if (!store->create(path, error))
        return false;
    m_store = std::move(store);
    Q_EMIT projectChanged();
    return true;
}

ProjectSession::OpenResult ProjectSession::open(const QString &path, bool readOnly, QString *error)
{
    if (!readOnly) {
        // Asked first, so a held lock is told apart from a bad file.
        project::ProjectLock probe(path);
        if (!probe.acquire(error))
            return OpenResult::Locked;
    }
    auto store = std::make_unique<ProjectStore>();
    if (!store->open(path, readOnly ? ProjectStore::Mode::ReadOnly : ProjectStore::Mode::ReadWrite, error))
        return OpenResult::Failed;
    m_store = std::move(store);
    m_readOnlyChanged = false;
    pruneStaleCache();
    loadReviews();
    Q_EMIT projectChanged();
    return OpenResult::Opened;
}

bool ProjectSession::saveAs(const QString &path, QString *error)
{
    if (!isOpen()) {
        if (!create(path, error))
            return false;
        return adoptReviews(error);
    }
    // A read-only project's decisions lived in memory only; its copy is writable and takes them.
    const bool wasReadOnly = isReadOnly();
    if (!m_store->saveAs(path, error))
        return false;
    m_readOnlyChanged = false;
    pruneStaleCache();
    Q_EMIT projectChanged();
    return !wasReadOnly || adoptReviews(error);
}

void ProjectSession::close()
{
    if (!isOpen())
        return;
    m_store = std::make_unique<ProjectStore>();
    Q_EMIT projectChanged();
}

bool ProjectSession::adoptReviews(QString *error)
{
    ReviewMap map;
    for (const QString &key : m_reviews->keys()) {
        const Review r = m_reviews->review(key);
        map.insert(key, ReviewDecision{key, r.status, r.note, {}, {}, {}});
    }
    if (map.isEmpty())
        return true;
    takeReviewer();
    return m_store->setDecisions(map, error);
}

ReviewMap ProjectSession::decisions() const
{
    QString error;
    const ReviewMap stored = isOpen() ? m_store->decisions(&error) : ReviewMap();
    ReviewMap map;
    for (const QString &key : m_reviews->keys()) {
        const Review r = m_reviews->review(key);
        ReviewDecision d{key, r.status, r.note, {}, {}, {}};
        if (const auto it = stored.constFind(key); it != stored.cend()) {
            // The history is the project's record even when a read-only window changed the
            // decision since; who and when belong only to the decision the project holds.
            d.history = it->history;
            if (*it == d) {
                d.updatedAt = it->updatedAt;
                d.reviewer = it->reviewer;
            }
        }
        map.insert(key, d);
    }
    return map;
}

std::optional<QList<qint64>> ProjectSession::addArticles(const QList<NewArticle> &articles, QString *error)
{
    return m_store->addArticles(articles, error);
}

bool ProjectSession::setUserPublished(qint64 articleId, const QDate &date, QString *error)
{
    return m_store->setUserPublished(articleId, date, error);
}

QByteArray ProjectSession::articleBytes(qint64 articleId) const
{
    if (!isOpen())
        return {};
    QString error;
    return m_store->articleBytes(articleId, &error);
}

void ProjectSession::cacheAnalyses(const QList<CachedAnalysis> &fresh)
{
    if (!isOpen() || isReadOnly() || fresh.isEmpty())
        return;
    // A failed cache write costs only speed next time.
    QString error;
    m_store->storeAnalyses(projectEngineVersion(), fresh, &error);
}

bool ProjectSession::hasUnsavedDecisions() const
{
    if (!isOpen())
        return m_reviews->count() > 0;
    return isReadOnly() && m_readOnlyChanged;
}

void ProjectSession::reviewChanged(const QString &findingKey)
{
    if (m_loading || !isOpen())
        return;
    if (isReadOnly()) {
        m_readOnlyChanged = true;
        return;
    }
    const Review r = m_reviews->review(findingKey);
    takeReviewer();
    QString error;
    const bool ok = r.isEmpty() ? m_store->removeDecision(findingKey, &error)
                                : m_store->setDecision(findingKey, r.status, r.note, &error);
    if (!ok)
        Q_EMIT writeFailed(error);
    else
        Q_EMIT decisionRecorded(findingKey);
}

void ProjectSession::takeReviewer()
{
    if (m_reviewerSource)
        m_store->setReviewer(m_reviewerSource());
}

QList<ReviewChange> ProjectSession::history(const QString &findingKey) const
{
    if (!isOpen())
        return {};
    QString error; // an unreadable history shows as none; the decisions themselves report errors
    return m_store->history(findingKey, &error);
}

void ProjectSession::pruneStaleCache()
{
    // Results of another engine version are never read again (the cache is keyed on it), and
    // without this every new release would leave a full copy of the analyses in the file.
    if (!isOpen() || isReadOnly())
        return;
    QString error;
    m_store->pruneCache(projectEngineVersion(), &error); // a failed prune costs only space
}

void ProjectSession::loadReviews()
{
    QString error;
    const ReviewMap decisions = m_store->decisions(&error);
    m_loading = true;
    m_reviews->clear();
    for (const ReviewDecision &d : decisions)
        m_reviews->setReview(d.key, Review{d.status, d.note});
    m_loading = false;
    if (!error.isEmpty())
        Q_EMIT writeFailed(error);
}

} // namespace fc::ui
