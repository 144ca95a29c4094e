#pragma once

#include "ingest/ArticleLoader.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace fc {

struct FetchResult
{
    QByteArray body;
    QString contentType; // as the server sent it, e.g. "text/html; charset=utf-8"
    QUrl finalUrl;       // after redirects
    QString error;       // translated reason, empty on success
    bool ok() const { return error.isEmpty(); }
};

struct FetchOptions
{
    int timeoutMs = 30000;
    qint64 maxBytes = ArticleLoader::MaxInputBytes;
    int maxRedirects = 10;
    // Polled a few times a second while waiting (from the fetching thread); true aborts the
    // transfer and the result's error says it was cancelled. Null: never cancelled.
    std::function<bool()> cancelled;
};

// True for the inputs fetchUrl takes: http:// and https:// URLs.
bool isWebUrl(const QString &input);

// Fetches url synchronously (runs a local event loop; needs a QCoreApplication). Follows
// redirects that do not downgrade to http, gives up after the timeout or past maxBytes.
FetchResult fetchUrl(const QUrl &url, const FetchOptions &options = {});

// Fetch and load: the content type picks the format (HTML, PDF, text); diagnostics name url.
LoadResult loadUrl(const ArticleLoader &loader, const QString &url, const FetchOptions &options = {});

// The loading half of loadUrl, for a page fetched already (fetched.ok() or a diagnostic).
LoadResult loadFetched(const ArticleLoader &loader, const QString &url, const FetchResult &fetched);

// The format hint loadFetched gives the loader: the content type when it names one, else
// the suffix of the URL's path (empty: the loader sniffs).
QString formatHintFor(const QString &contentType, const QUrl &url);

} // namespace fc
