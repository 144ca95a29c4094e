// Golden files: every text format over a hand-built report (stable whatever the engine does)
// and over the project's example corpus through the CLI (changes when the analysis does;
// regenerate with tests/golden/regenerate.sh and review the diff).
#include "GoldenFile.h"
#include "HandmadeReport.h"
#include "TestPaths.h"

#include "export/CsvReport.h"
#include "export/ReportWriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TestExportGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handmade_data();
    void handmade();
    void examplesThroughCli_data();
    void examplesThroughCli();
    void outputIsDeterministic();
};

void TestExportGolden::handmade_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("reviews");
    QTest::addColumn<QString>("golden");
    QTest::newRow("json") << QStringLiteral("json") << false << QStringLiteral("handmade.json");
    QTest::newRow("html") << QStringLiteral("html") << false << QStringLiteral("handmade.html");
    QTest::newRow("html reviewed") << QStringLiteral("html") << true << QStringLiteral("handmade-reviewed.html");
    QTest::newRow("md") << QStringLiteral("md") << false << QStringLiteral("handmade.md");
    QTest::newRow("md reviewed") << QStringLiteral("md") << true << QStringLiteral("handmade-reviewed.md");
    QTest::newRow("csv") << QStringLiteral("csv") << true << QStringLiteral("handmade.csv");
    QTest::newRow("csv mentions") << QStringLiteral("csv-mentions") << false << QStringLiteral("handmade-mentions.csv");
}

void TestExportGolden::handmade()
{
    QFETCH(QString, format);
    QFETCH(bool, reviews);
    QFETCH(QString, golden);
    const Report report = test::handmadeReport();
    const ReportExtras extras = reviews ? test::handmadeReviews() : ReportExtras{};
    QByteArray bytes;
    if (format == u"csv-mentions") {
        bytes = writeMentionsCsv(report);
    } else {
        QString error;
        QVERIFY2(renderReport(report, format, extras, &bytes, &error), qPrintable(error));
    }
    const QString mismatch = test::compareGolden(golden, bytes);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

namespace {
QStringList exampleInputs()
{
    // Relative paths, run from the source root, so documents[].path is the same on every machine.
    QStringList inputs;
    const QDir dir(test::examplesDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        inputs << QStringLiteral("resources/examples/") + name;
    return inputs;
}

QByteArray runCli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setWorkingDirectory(test::sourcePath(QString()));
    p.start(test::binaryPath(QStringLiteral("factcheck")), args);
    if (!p.waitForFinished(300000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardError();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestExportGolden::examplesThroughCli_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("goldens"); // the files the format writes, in order
    QTest::newRow("json") << QStringLiteral("json") << QStringList{QStringLiteral("examples.json")};
    QTest::newRow("html") << QStringLiteral("html") << QStringList{QStringLiteral("examples.html")};
    QTest::newRow("md") << QStringLiteral("md") << QStringList{QStringLiteral("examples.md")};
    QTest::newRow("csv") << QStringLiteral("csv")
                         << QStringList{QStringLiteral("examples.csv"), QStringLiteral("examples-mentions.csv")};
}

void TestExportGolden::examplesThroughCli()
{
    QFETCH(QString, format);
    QFETCH(QStringList, goldens);
    const QStringList inputs = exampleInputs();
    QVERIFY(inputs.size() >= 4);
    QTemporaryDir dir;
    const QString out = dir.filePath(goldens.first());
    int exitCode = -1;
    const QByteArray err = runCli(QStringList{QStringLiteral("analyze")} + inputs
                                      + QStringList{QStringLiteral("--format"), format, QStringLiteral("-o"), out},
                                  &exitCode);
    QVERIFY2(exitCode == 0, err.constData());
    for (const QString &golden : goldens) {
        const QString mismatch = test::compareGolden(golden, readAll(dir.filePath(golden)));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
}

void TestExportGolden::outputIsDeterministic()
{
    const Report report = test::handmadeReport();
    for (const QString &format :
         {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("csv")}) {
        QByteArray first, second;
        QString error;
        QVERIFY(renderReport(report, format, test::handmadeReviews(), &first, &error));
        QVERIFY(renderReport(test::handmadeReport(), format, test::handmadeReviews(), &second, &error));
        QCOMPARE(first, second);
    }
}

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_export_golden.moc"
