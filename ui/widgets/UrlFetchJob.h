#pragma once

#include "model/Article.h"
#include "model/Diagnostic.h"
#include "net/UrlFetcher.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace fc::ui {

// One web page fetched and read: the bytes as the server sent them (a review project keeps
// them, so reopening it does not fetch again) and the article read from them (source: url).
struct FetchedPage
{
    QString url; // as the editor gave it
    QByteArray bytes;
    Article article;
};

// A URL to fetch and the non-public hosts the user allowed for it so far.
struct UrlToFetch
{
    QUrl url;
    QStringList allowedPrivateHosts;
};

// A fetch refused because it (or a redirect) led to a loopback, private or link-local
// address: the user may allow that host for this URL and have it fetched again.
struct RefusedFetch
{
    UrlToFetch request;
    QString host;   // lower case
    QString reason; // "127.0.0.1 is a loopback address"
    Diagnostic diagnostic;
};

// What one batch of URLs gave: the pages that loaded and what went wrong with which URL.
struct FetchOutcome
{
    QList<FetchedPage> pages;
    QList<Diagnostic> diagnostics;
    QList<RefusedFetch> refused; // not in diagnostics; UrlFetchJob asks about each
};

// Fetches and reads web pages on a worker thread (fc::fetchUrl runs its own event loop
// there), so the window never waits on the network. URLs asked for while a batch runs are
// fetched after it. cancel() aborts the transfer in progress within a fraction of a second.
class UrlFetchJob : public QObject
{
    Q_OBJECT
public:
    explicit UrlFetchJob(QObject *parent = nullptr);
    ~UrlFetchJob() override; // cancels and waits for the worker

    // Asked on the window's thread when a fetch (initially or after a redirect) would reach
    // a loopback, private or link-local address: true fetches that URL again with the host
    // allowed (for that URL only), false leaves it refused and said in the outcome. The
    // workbench asks the editor; tests answer themselves. Null: always refused.
    using PrivateAddressQuestion = std::function<bool(const QUrl &url, const QString &host, const QString &reason)>;
    void setPrivateAddressQuestion(PrivateAddressQuestion question) { m_question = std::move(question); }

    // Timeout and size limit of every fetch (tests shorten the timeout).
    void setOptions(const FetchOptions &options) { m_options = options; }
    const FetchOptions &options() const { return m_options; }

    void fetch(const QList<QUrl> &urls);
    void cancel(); // drops queued URLs; the batch running ends with cancelled(), not finished()
    bool isRunning() const { return m_running; }

    // The worker's part, synchronous: fetch each URL in turn and read it.
    static FetchOutcome fetchAll(const QList<UrlToFetch> &urls, const FetchOptions &options);

Q_SIGNALS:
    void finished(const fc::ui::FetchOutcome &outcome);
    void cancelled();

private:
    void startNext();
    void batchDone();

    // Non-public destinations are refused unless the question allows them per URL.
    FetchOptions m_options;
    PrivateAddressQuestion m_question;
    QList<UrlToFetch> m_queue;
    QFutureWatcher<FetchOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace fc::ui
