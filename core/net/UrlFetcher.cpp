#include "UrlFetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace fc {

bool isWebUrl(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

namespace {

// Why address is not public, or an empty string.
QString nonPublicReason(QHostAddress address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also ::ffff:a.b.c.d
    if (mapped)
        address = QHostAddress(v4);
    if (address.isLoopback())
        return QCoreApplication::translate("fc::UrlFetcher", "a loopback address");
    if (address.isLinkLocal())
        return QCoreApplication::translate("fc::UrlFetcher", "a link-local address");
    if (address.isPrivateUse() || address.isSiteLocal() || address.isUniqueLocalUnicast())
        return QCoreApplication::translate("fc::UrlFetcher", "a private network address");
    if (address.isEqual(QHostAddress::AnyIPv4) || address.isEqual(QHostAddress::AnyIPv6) || address.isBroadcast()
        || address.isMulticast() || (mapped && ((v4 >> 24) == 0 || (v4 & 0xffc00000u) == 0x64400000u)))
        return QCoreApplication::translate("fc::UrlFetcher", "not a public address");
    return {};
}

} // namespace

QString nonPublicDestination(const QUrl &url)
{
    const QString host = url.host();
    QList<QHostAddress> addresses;
    if (QHostAddress literal; literal.setAddress(host))
        addresses = {literal};
    else
        addresses = QHostInfo::fromName(host).addresses(); // none: the fetch itself fails
    for (const QHostAddress &a : std::as_const(addresses)) {
        if (const QString reason = nonPublicReason(a); !reason.isEmpty())
            return QCoreApplication::translate("fc::UrlFetcher", "%1 is %2").arg(a.toString(), reason);
    }
    return {};
}

FetchResult fetchUrl(const QUrl &url, const FetchOptions &options)
{
    FetchResult result;
    result.finalUrl = url;
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "is not a valid http or https URL");
        return result;
    }
    const auto refusal = [](const QString &why) {
        return QCoreApplication::translate("fc::UrlFetcher",
                                           "was not fetched: %1, and fetching from the local machine or network "
                                           "was not allowed")
            .arg(why);
    };
    const auto mayBePrivate = [&](const QUrl &u) {
        return options.allowPrivateAddresses || options.allowedPrivateHosts.contains(u.host().toLower());
    };
    if (!mayBePrivate(url)) {
        if (const QString why = nonPublicDestination(url); !why.isEmpty()) {
            result.error = refusal(why);
            result.refusedHost = url.host().toLower();
            result.refusedReason = why;
            return result;
        }
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    // Every redirect is judged here: no downgrade from https to http, no non-public target.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setTransferTimeout(options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("factcheck/%1").arg(QLatin1String(FACTCHECK_VERSION)));

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    auto checkSize = [&](qint64 size) {
        if (size > options.maxBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [&](qint64 received, qint64) { checkSize(received); });
    QString redirectRefused;
    bool insecureRedirect = false;
    QObject::connect(reply, &QNetworkReply::redirected, reply, [&](const QUrl &target) {
        const QUrl from = reply->url();
        if (from.scheme() == u"https" && target.scheme() != u"https") {
            insecureRedirect = true;
            reply->abort();
            return;
        }
        if (!mayBePrivate(target)) {
            if (const QString why = nonPublicDestination(target); !why.isEmpty()) {
                redirectRefused = why;
                result.refusedHost = target.host().toLower();
                result.refusedReason = why;
                reply->abort();
                return;
            }
        }
        Q_EMIT reply->redirectAllowed();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool cancelled = false;
    QTimer poll;
    if (options.cancelled) {
        QObject::connect(&poll, &QTimer::timeout, reply, [&] {
            if (!cancelled && options.cancelled()) {
                cancelled = true;
                reply->abort();
            }
        });
        poll.start(50);
    }
    deadline.start(options.timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    result.finalUrl = reply->url();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (cancelled) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "was not fetched: cancelled");
        result.refusedHost.clear(); // nothing to ask about
    } else if (!redirectRefused.isEmpty()) {
        result.error =
            refusal(QCoreApplication::translate("fc::UrlFetcher", "it redirects to %1").arg(redirectRefused));
    } else if (insecureRedirect) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "redirects too often or to an insecure address");
    } else if (tooLarge) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "is larger than the %1 MB limit")
                           .arg(options.maxBytes / (1024 * 1024));
    } else if (timedOut || reply->error() == QNetworkReply::OperationCanceledError
               || reply->error() == QNetworkReply::TimeoutError) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "did not answer within %1 seconds")
                           .arg(options.timeoutMs / 1000.0);
    } else if (status >= 400) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "the server answered HTTP %1 %2")
                           .arg(status)
                           .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (reply->error() == QNetworkReply::TooManyRedirectsError
               || reply->error() == QNetworkReply::InsecureRedirectError) {
        result.error = QCoreApplication::translate("fc::UrlFetcher", "redirects too often or to an insecure address");
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error =
            QCoreApplication::translate("fc::UrlFetcher", "could not be fetched: %1").arg(reply->errorString());
    } else {
        result.body = reply->readAll();
        if (result.body.size() > options.maxBytes) {
            result.body.clear();
            result.error = QCoreApplication::translate("fc::UrlFetcher", "is larger than the %1 MB limit")
                               .arg(options.maxBytes / (1024 * 1024));
        }
    }
    reply->deleteLater();
    return result;
}

QString formatHintFor(const QString &contentType, const QUrl &url)
{
    // A content type the loader knows decides; otherwise the URL's suffix, then sniffing.
    const QString mime = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime.isEmpty() || mime == u"application/octet-stream" || mime == u"binary/octet-stream")
        return QFileInfo(url.path()).suffix().toLower();
    return contentType;
}

LoadResult loadFetched(const ArticleLoader &loader, const QString &url, const FetchResult &fetched)
{
    if (!fetched.ok()) {
        LoadResult result;
        result.diagnostics << Diagnostic{Diagnostic::Severity::Error, url, fetched.error};
        return result;
    }
    return loader.loadBytes(fetched.body, url, formatHintFor(fetched.contentType, fetched.finalUrl));
}

LoadResult loadUrl(const ArticleLoader &loader, const QString &url, const FetchOptions &options)
{
    return loadFetched(loader, url, fetchUrl(QUrl(url), options));
}

} // namespace fc
