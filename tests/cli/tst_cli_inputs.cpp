// The factcheck binary with every kind of input: files, bad files and URLs from a local server.
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliInputs : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    QByteArray m_page;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QStringList errLines;
        QJsonObject report;
    };

    // The server answers in this thread, so wait for the process with an event loop running.
    Run run(const QStringList &inputs)
    {
        const QString out = m_dir.filePath(u"report.json"_s);
        QFile::remove(out);
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        // The server is on the loopback address, which URLs may reach only when allowed.
        p.start(fc::test::binaryPath(u"factcheck"_s),
                QStringList{u"analyze"_s, u"--allow-private-addresses"_s} + inputs + QStringList{u"-o"_s, out});
        if (!finished.wait(120000))
            return {};
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.errLines = QString::fromUtf8(p.readAllStandardError()).trimmed().split(u'\n', Qt::SkipEmptyParts);
        QFile f(out);
        if (f.open(QIODevice::ReadOnly))
            r.report = QJsonDocument::fromJson(f.readAll()).object();
        return r;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile html(fc::test::sourcePath(u"tests/core/data/ingest/article.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray body = html.readAll();
        m_page = "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    s->write(m_page);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void analysesAUrl()
    {
        const Run r = run({u"http://127.0.0.1:%1/a.html"_s.arg(m_server.serverPort())});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray docs = r.report.value(u"documents").toArray();
        QCOMPARE(docs.size(), 1);
        const QJsonObject d = docs.at(0).toObject();
        QCOMPARE(d.value(u"published").toString(), u"2025-03-04"_s);
        QCOMPARE(d.value(u"published_source").toString(), u"meta"_s);
        QVERIFY(d.value(u"text").toString().contains(u"Banjir bandang melanda"_s));
    }

    // Without --allow-private-addresses a URL on the local machine is refused, naming it.
    void loopbackUrlNeedsAllowing()
    {
        const QString url = u"http://127.0.0.1:%1/a.html"_s.arg(m_server.serverPort());
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(fc::test::binaryPath(u"factcheck"_s), {u"analyze"_s, url, u"-o"_s, m_dir.filePath(u"r.json"_s)});
        QVERIFY(finished.wait(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(url) && err.contains(u"loopback"_s) && err.contains(u"not allowed"_s), qPrintable(err));
    }

    // --progress: one "[i/n] analysed NAME" line per analysed article on standard error, every
    // count from 1 to n once (threads may finish in any order) and every input named; the
    // report is the one a run without it writes. Without it no such line.
    void progressCountsAnalysedArticles_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("progress");
        QTest::newRow("with --progress") << QStringList{u"--progress"_s} << true;
        QTest::newRow("without") << QStringList() << false;
        // --quiet prints errors only, progress included.
        QTest::newRow("with --progress --quiet") << QStringList{u"--progress"_s, u"--quiet"_s} << false;
    }

    void progressCountsAnalysedArticles()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, progress);
        QStringList inputs;
        const QDir examples(fc::test::examplesDir());
        for (const QString &f : examples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).mid(0, 3))
            inputs << examples.filePath(f);
        QCOMPARE(inputs.size(), 3);
        const Run r = run(inputs + options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.report.value(u"documents").toArray().size(), 3);
        QStringList counts;
        QStringList named;
        for (const QString &line : r.errLines) {
            static const QRegularExpression format(u"^\\[(\\d+)/3\\] analysed (.+)$"_s);
            const QRegularExpressionMatch m = format.match(line);
            if (m.hasMatch()) {
                counts << m.captured(1);
                named << m.captured(2);
            }
        }
        if (!progress) {
            QVERIFY2(counts.isEmpty(), qPrintable(r.errLines.join(u'\n')));
            return;
        }
        counts.sort();
        QCOMPARE(counts, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        named.sort();
        QCOMPARE(named, inputs);
    }

    // Each bad input gives exactly one line naming it; the good inputs are still analysed.
    void badInputsAreNamedOthersAnalysed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString unreachable = u"http://127.0.0.1:%1/gone.html"_s.arg(closed.serverPort());
        closed.close();
        // A folder is an input when it holds articles; one without any is a bad input.
        const QString noArticles = m_dir.filePath(u"no-articles"_s);
        QVERIFY(QDir().mkpath(noArticles));
        // One input over the size limit stops with its message; the others are still analysed.
        const QString oversized = write(u"oversized.txt"_s, QByteArray(fc::ArticleLoader::MaxInputBytes + 1, 'a'));
        const QStringList bad{unreachable,
                              m_dir.filePath(u"missing.txt"_s),
                              noArticles,
                              write(u"empty.txt"_s, {}),
                              write(u"binary.txt"_s,
                                    QByteArray("\x7f"
                                               "ELF\x02\x01\x01\x00\x00\x00",
                                               10)),
                              oversized};
        const QString good = fc::test::examplesDir() + u"/01-kabar-pagi.txt"_s;
        const Run r = run(QStringList{bad.at(0), good} + bad.mid(1));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines.size(), bad.size());
        // Folders are expanded before any article is read, so their lines come first.
        for (const QString &input : bad) {
            const auto naming = std::count_if(r.errLines.cbegin(), r.errLines.cend(),
                                              [&](const QString &line) { return line.contains(input); });
            QVERIFY2(naming == 1, qPrintable(input + u'\n' + r.errLines.join(u'\n')));
        }
        QCOMPARE(r.report.value(u"documents").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliInputs)
#include "tst_cli_inputs.moc"
