#include "UrlFetchJob.h"

#include "ingest/ArticleLoader.h"

#include <QtConcurrentRun>

#include <algorithm>
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

FetchOutcome UrlFetchJob::fetchAll(const QList<UrlToFetch> &urls, const FetchOptions &options)
{
    FetchOutcome outcome;
    const ArticleLoader loader;
    for (const UrlToFetch &request : urls) {
        if (options.cancelled && options.cancelled())
            break;
        const QString name = request.url.toString();
        FetchOptions perUrl = options;
        perUrl.allowedPrivateHosts << request.allowedPrivateHosts;
        const FetchResult fetched = fetchUrl(request.url, perUrl);
        LoadResult loaded = loadFetched(loader, name, fetched);
        if (!fetched.refusedHost.isEmpty() && !loaded.diagnostics.isEmpty()) {
            outcome.refused.append({request, fetched.refusedHost, fetched.refusedReason, loaded.diagnostics.first()});
            continue;
        }
        outcome.diagnostics << loaded.diagnostics;
        if (loaded.ok())
            outcome.pages.append({name, fetched.body, std::move(*loaded.article)});
    }
    return outcome;
}

void UrlFetchJob::fetch(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        const bool queued =
            std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const UrlToFetch &q) { return q.url == url; });
        if (!queued)
            m_queue.append({url, {}});
    }
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
    FetchOutcome outcome = m_cancel->load() ? FetchOutcome() : m_watcher.result();
    // A refused local address is asked about here, on the window's thread, one at a time;
    // an allowed one is fetched again with its host allowed (a redirect from there to
    // another non-public host is asked about afresh). The batch counts as running while
    // the question is open, so URLs added meanwhile wait and a cancel drops the answer.
    for (const RefusedFetch &r : std::as_const(outcome.refused)) {
        const bool allowed = m_question && m_question(r.request.url, r.host, r.reason);
        if (m_cancel->load())
            break;
        if (allowed) {
            UrlToFetch again = r.request;
            again.allowedPrivateHosts << r.host;
            m_queue.append(again);
        } else {
            outcome.diagnostics << r.diagnostic;
        }
    }
    outcome.refused.clear();
    m_running = false;
    const bool wasCancelled = m_cancel->load();
    m_cancel.reset();
    // More URLs may have come while this batch ran: fetch them before the window hears of
    // this one, so it can tell "still fetching" from "done".
    startNext();
    if (wasCancelled)
        Q_EMIT cancelled();
    else
        Q_EMIT finished(outcome);
}

} // namespace fc::ui
