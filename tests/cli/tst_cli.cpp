#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built factcheck binary as a user would.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void analyzeWritesJsonReport();
    void unreadableInputIsNamedAndOthersStillAnalysed();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(fc::test::binaryPath(QStringLiteral("factcheck")), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("factcheck 0.")
                             << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--pubdate") << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString()
                                    << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << 2 << QString() << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")} << 2 << QString()
                                     << QStringLiteral("explode");
    QTest::newRow("analyze without files") << QStringList{QStringLiteral("analyze")} << 2 << QString()
                                           << QStringLiteral("at least one");
    QTest::newRow("bad format") << QStringList{QStringLiteral("analyze"), QStringLiteral("x.txt"),
                                               QStringLiteral("--format"), QStringLiteral("docx")}
                                << 2 << QString() << QStringLiteral("docx");
    QTest::newRow("bad pubdate") << QStringList{QStringLiteral("analyze"), QStringLiteral("x.txt"),
                                                QStringLiteral("--pubdate"), QStringLiteral("x.txt=yesterday")}
                                 << 2 << QString() << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad lang") << QStringList{QStringLiteral("analyze"), QStringLiteral("x.txt"),
                                             QStringLiteral("--lang"), QStringLiteral("fr")}
                              << 2 << QString() << QStringLiteral("--lang");
    QTest::newRow("tag without jsonl") << QStringList{QStringLiteral("tag")} << 2 << QString()
                                       << QStringLiteral("--jsonl");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.out).contains(stdoutContains), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
}

void TestCli::analyzeWritesJsonReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.json"));
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run({QStringLiteral("analyze"), example, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(report.value(u"schema_version").toInt(), 1);
    QCOMPARE(report.value(u"tool").toObject().value(u"name").toString(), QStringLiteral("factcheck"));
    const QJsonArray docs = report.value(u"documents").toArray();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.at(0).toObject().value(u"id").toString(), QStringLiteral("d1"));
    QVERIFY(docs.at(0).toObject().value(u"text").toString().contains(QStringLiteral("Sungai Cimanuk")));
}

void TestCli::unreadableInputIsNamedAndOthersStillAnalysed()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.json"));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run({QStringLiteral("analyze"), missing, example, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(missing.toUtf8()), r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"documents").toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
