// Fetching articles over HTTP from a server the test runs on 127.0.0.1.
#include "LocalHttpServer.h"
#include "TestPaths.h"
#include "net/UrlFetcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

QByteArray response(const QByteArray &type, const QByteArray &body)
{
    return test::LocalHttpServer::ok(type, body);
}

// The test server is on the loopback address, which a fetch refuses unless allowed.
FetchOptions local()
{
    FetchOptions options;
    options.allowPrivateAddresses = true;
    return options;
}

} // namespace

class TestIngestNet : public QObject
{
    Q_OBJECT

    test::LocalHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        QFile html(fc::test::sourcePath(u"tests/core/data/ingest/article.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        m_server.responses.insert("/a.html", response("text/html; charset=utf-8", html.readAll()));
        m_server.responses.insert("/moved", "HTTP/1.0 302 Found\r\nLocation: /a.html\r\nContent-Length: 0\r\n\r\n");
        m_server.responses.insert("/to-localhost",
                                  "HTTP/1.0 302 Found\r\nLocation: http://localhost:"
                                      + QByteArray::number(m_server.serverPort())
                                      + "/a.html\r\nContent-Length: 0\r\n\r\n");
        m_server.responses.insert("/loop", "HTTP/1.0 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n");
        m_server.responses.insert("/latin1",
                                  response("text/plain; charset=iso-8859-1",
                                           "Caf\xE9 di pojok jalan itu dibuka kembali pada hari Senin pagi."));
        m_server.responses.insert("/download",
                                  response("application/octet-stream",
                                           "<html><body><p>Isi artikel yang "
                                           "cukup panjang untuk dibaca.</p></body></html>"));
        m_server.responses.insert("/huge",
                                  "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 30000000\r\n\r\nabc");
        m_server.responses.insert("/binary", response("text/plain", QByteArray("\x00\x01\x02\x03 data", 9)));
    }

    void loads_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("contains");
        QTest::newRow("html") << QByteArray("/a.html") << u"Banjir bandang melanda"_s;
        QTest::newRow("redirect") << QByteArray("/moved") << u"Banjir bandang melanda"_s;
        QTest::newRow("charset from content type") << QByteArray("/latin1") << u"Café di pojok"_s;
        QTest::newRow("octet-stream is sniffed") << QByteArray("/download") << u"Isi artikel"_s;
    }

    void loads()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, contains);
        const QString url = m_server.url(path.constData()).toString();
        const LoadResult r = loadUrl(ArticleLoader(), url, local());
        QVERIFY2(r.ok(), r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics.first().toString()));
        QCOMPARE(r.article->source, url);
        QVERIFY2(r.article->text.contains(contains), qPrintable(r.article->text));
    }

    void htmlMetadataComesThrough()
    {
        const LoadResult r = loadUrl(ArticleLoader(), m_server.url("/a.html").toString(), local());
        QVERIFY(r.ok());
        QCOMPARE(r.article->meta.published, QDate(2025, 3, 4));
        QCOMPARE(r.article->meta.publishedSource, MetaSource::Meta);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("not found") << m_server.url("/missing").toString() << u"HTTP 404"_s << 5000;
        QTest::newRow("too large") << m_server.url("/huge").toString() << u"20 MB"_s << 5000;
        QTest::newRow("timeout") << m_server.url("/slow").toString() << u"did not answer"_s << 500;
        QTest::newRow("redirect loop") << m_server.url("/loop").toString() << u"redirects"_s << 5000;
        QTest::newRow("binary body") << m_server.url("/binary").toString() << u"binary"_s << 5000;
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const quint16 port = closed.serverPort();
        closed.close();
        QTest::newRow("unreachable") << u"http://127.0.0.1:%1/a.html"_s.arg(port) << u"could not be fetched"_s << 5000;
        QTest::newRow("not http") << u"ftp://127.0.0.1/a"_s << u"not a valid"_s << 5000;
    }

    void failures()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        QFETCH(int, timeoutMs);
        FetchOptions options = local();
        options.timeoutMs = timeoutMs;
        const LoadResult r = loadUrl(ArticleLoader(), url, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().input, url);
        QVERIFY2(r.diagnostics.first().message.contains(reason), qPrintable(r.diagnostics.first().toString()));
    }

    // SSRF: the local machine and network are not fetched unless allowed, neither directly nor
    // through a redirect from a host the user allowed.
    void nonPublicDestinationsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("allowedHosts");
        QTest::addColumn<QString>("reason");
        QTest::newRow("loopback") << m_server.url("/a.html").toString() << QStringList() << u"loopback"_s;
        QTest::newRow("localhost by name")
            << u"http://localhost:%1/a.html"_s.arg(m_server.serverPort()) << QStringList() << u"loopback"_s;
        QTest::newRow("redirect to loopback")
            << m_server.url("/to-localhost").toString() << QStringList{u"127.0.0.1"_s} << u"redirects to"_s;
        QTest::newRow("private network") << u"http://192.168.1.1/"_s << QStringList() << u"private"_s;
        QTest::newRow("link-local metadata address")
            << u"http://169.254.169.254/latest/"_s << QStringList() << u"link-local"_s;
        QTest::newRow("mapped IPv6 loopback") << u"http://[::ffff:127.0.0.1]/"_s << QStringList() << u"loopback"_s;
        QTest::newRow("unspecified address") << u"http://0.0.0.0/"_s << QStringList() << u"not a public"_s;
    }

    void nonPublicDestinationsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, allowedHosts);
        QFETCH(QString, reason);
        FetchOptions options;
        options.allowedPrivateHosts = allowedHosts;
        options.timeoutMs = 5000;
        const FetchResult r = fetchUrl(QUrl(url), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(reason) && r.error.contains(u"not allowed"_s), qPrintable(r.error));
    }

    void allowedHostIsFetched()
    {
        FetchOptions options;
        options.allowedPrivateHosts = {u"127.0.0.1"_s};
        const FetchResult r = fetchUrl(m_server.url("/moved"), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    void cancelAbortsAWaitingFetch()
    {
        // "/slow" never answers: only the cancel check can end the fetch before its timeout.
        QElapsedTimer clock;
        clock.start();
        FetchOptions options = local();
        options.timeoutMs = 20000;
        options.cancelled = [&clock] { return clock.elapsed() > 300; };
        const FetchResult r = fetchUrl(m_server.url("/slow"), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"cancelled"_s), qPrintable(r.error));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelCheckLeavesAFetchAlone()
    {
        int polls = 0;
        FetchOptions options = local();
        options.cancelled = [&polls] {
            ++polls;
            return false;
        };
        const QString url = m_server.url("/a.html").toString();
        const LoadResult r = loadFetched(ArticleLoader(), url, fetchUrl(QUrl(url), options));
        QVERIFY(r.ok());
        QVERIFY(r.article->text.contains(u"Banjir bandang melanda"_s));
    }

    void formatHint_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hint");
        QTest::newRow("content type decides")
            << u"text/html; charset=utf-8"_s << u"http://a.example/x.txt"_s << u"text/html; charset=utf-8"_s;
        QTest::newRow("none: the path's suffix") << QString() << u"http://a.example/news/x.PDF?id=3"_s << u"pdf"_s;
        QTest::newRow("octet-stream: the path's suffix")
            << u"application/octet-stream"_s << u"http://a.example/x.md"_s << u"md"_s;
        QTest::newRow("no suffix: sniff") << QString() << u"http://a.example/news/"_s << QString();
    }

    void formatHint()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, url);
        QFETCH(QString, hint);
        QCOMPARE(formatHintFor(contentType, QUrl(url)), hint);
    }

    void isWebUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("web");
        QTest::newRow("http") << u"http://example.org/a"_s << true;
        QTest::newRow("https upper") << u"HTTPS://example.org/a"_s << true;
        QTest::newRow("path") << u"articles/a.html"_s << false;
        QTest::newRow("file url") << u"file:///tmp/a.txt"_s << false;
    }

    void isWebUrl()
    {
        QFETCH(QString, input);
        QFETCH(bool, web);
        QCOMPARE(fc::isWebUrl(input), web);
    }
};

QTEST_GUILESS_MAIN(TestIngestNet)
#include "tst_ingest_net.moc"
