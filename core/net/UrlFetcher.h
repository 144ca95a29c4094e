#pragma once

#include "ingest/ArticleLoader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace fc {

struct FetchResult
{
    QByteArray body;
    QString contentType; // as the server sent it, e.g. "text/html; charset=utf-8"
    QUrl finalUrl;       // after redirects
    QString error;       // translated reason, empty on success
    // When the error is a refused non-public destination (the URL's or a redirect's): its
    // host, lower case, which a caller that asked the user may put in allowedPrivateHosts,
    // and why it is not public ("127.0.0.1 is a loopback address").
    QString refusedHost;
    QString refusedReason;
    bool ok() const { return error.isEmpty(); }
};

struct FetchOptions
{
    int timeoutMs = 30000;
    qint64 maxBytes = ArticleLoader::MaxInputBytes;
    int maxRedirects = 10;
    // Loopback, private, link-local and other non-public destinations (the first address or
    // any redirect's) are refused unless allowed: a page must not make the program reach the
    // user's own machine or network (SSRF). The CLI allows them with --allow-private-addresses.
    bool allowPrivateAddresses = false;
    // Hosts (lower case, as in the URL) the user allowed for this fetch although they are not
    // public: the workbench asks per fetch. A redirect elsewhere is judged afresh.
    QStringList allowedPrivateHosts;
    // Polled a few times a second while waiting (from the fetching thread); true aborts the
    // transfer and the result's error says it was cancelled. Null: never cancelled.
    std::function<bool()> cancelled;
};

// True for the inputs fetchUrl takes: http:// and https:// URLs.
bool isWebUrl(const QString &input);

// Why url's host is not a public destination ("127.0.0.1 is a loopback address"), or an empty
// string when it is. A host name is resolved (blocking) and every address it has is judged.
QString nonPublicDestination(const QUrl &url);

// Fetches url synchronously (runs a local event loop; needs a QCoreApplication). Follows
// redirects that do not downgrade to http, gives up after the timeout or past maxBytes, and
// refuses non-public destinations unless options allow them.
FetchResult fetchUrl(const QUrl &url, const FetchOptions &options = {});

// Fetch and load: the content type picks the format (HTML, PDF, text); diagnostics name url.
LoadResult loadUrl(const ArticleLoader &loader, const QString &url, const FetchOptions &options = {});

// The loading half of loadUrl, for a page fetched already (fetched.ok() or a diagnostic).
LoadResult loadFetched(const ArticleLoader &loader, const QString &url, const FetchResult &fetched);

// The format hint loadFetched gives the loader: the content type when it names one, else
// the suffix of the URL's path (empty: the loader sniffs).
QString formatHintFor(const QString &contentType, const QUrl &url);

} // namespace fc
