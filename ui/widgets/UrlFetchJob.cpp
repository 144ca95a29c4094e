#include "UrlFetchJob.h"

#include "ingest/ArticleLoader.h"

#include <QtConcurrentRun>

#include <utility>

namespace fc::ui {

UrlFetchJob::UrlFetchJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<FetchOutcome>::finished, this, &UrlFetchJob::batchDone);
}

UrlFetchJob::~UrlFetchJob()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

FetchOutcome UrlFetchJob::fetchAll(const QList<QUrl> &urls, const FetchOptions &options)
{
    FetchOutcome outcome;
    const ArticleLoader loader;
    for (const QUrl &url : urls) {
        if (options.cancelled && options.cancelled())
            break;
        const QString name = url.toString();
        const FetchResult fetched = fetchUrl(url, options);
        LoadResult loaded = loadFetched(loader, name, fetched);
        outcome.diagnostics << loaded.diagnostics;
        if (loaded.ok())
            outcome.pages.append({name, fetched.body, std::move(*loaded.article)});
    }
    return outcome;
}

void UrlFetchJob::fetch(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls)
        if (!m_queue.contains(url))
            m_queue << url;
    if (!m_running)
        startNext();
}

void UrlFetchJob::cancel()
{
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
}

void UrlFetchJob::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    FetchOptions options = m_options;
    options.cancelled = [flag = m_cancel] { return flag->load(); };
    m_watcher.setFuture(QtConcurrent::run(&UrlFetchJob::fetchAll, std::exchange(m_queue, {}), options));
}

void UrlFetchJob::batchDone()
{
    m_running = false;
    const bool wasCancelled = m_cancel && m_cancel->load();
    m_cancel.reset();
    const FetchOutcome outcome = wasCancelled ? FetchOutcome() : m_watcher.result();
    // More URLs may have come while this batch ran: fetch them before the window hears of
    // this one, so it can tell "still fetching" from "done".
    startNext();
    if (wasCancelled)
        Q_EMIT cancelled();
    else
        Q_EMIT finished(outcome);
}

} // namespace fc::ui
