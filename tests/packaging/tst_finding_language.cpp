#include "TestPaths.h"

#include "i18n/Translations.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QTest>

// Every finding explains itself in Indonesian as well as English: the Indonesian interface
// and reports show summaryId. One row per finding on the example corpus, so a new check
// that forgets its Indonesian sentence fails here by name.
class TestFindingLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findingHasIndonesianSummary_data();
    void findingHasIndonesianSummary();
    void contractStaysEnglishUnderIndonesianInterface();
};

static fc::Report analyseExamples()
{
    const fc::ArticleLoader loader;
    QList<fc::Article> articles;
    const QDir dir(fc::test::examplesDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto loaded = loader.loadFile(dir.filePath(name));
        if (loaded.ok())
            articles.append(*loaded.article);
    }
    return fc::Analyzer().analyze(articles);
}

// The workbench in Indonesian installs the Indonesian catalogue; the report it exports must
// still be the contract's, English `summary` included, byte for byte what the CLI writes.
void TestFindingLanguage::contractStaysEnglishUnderIndonesianInterface()
{
    const fc::Report english = analyseExamples();
    QVERIFY(!english.findings.isEmpty());
    QCOMPARE(fc::ui::Translations::install(QStringLiteral("id")), QStringLiteral("id"));
    const fc::Report underIndonesian = analyseExamples();
    fc::ui::Translations::install(QStringLiteral("en"));
    QCOMPARE(underIndonesian.findings.size(), english.findings.size());
    for (qsizetype i = 0; i < english.findings.size(); ++i)
        QCOMPARE(underIndonesian.findings.at(i).summary, english.findings.at(i).summary);
    QCOMPARE(fc::writeJsonReport(underIndonesian), fc::writeJsonReport(english));
}

void TestFindingLanguage::findingHasIndonesianSummary_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("summaryId");

    const fc::ArticleLoader loader;
    QList<fc::Article> articles;
    const QDir dir(fc::test::examplesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &name : files) {
        auto loaded = loader.loadFile(dir.filePath(name));
        QVERIFY2(loaded.ok(), qPrintable(name));
        articles.append(*loaded.article);
    }
    const fc::Report report = fc::Analyzer().analyze(articles);
    for (const fc::Finding &f : report.findings)
        QTest::addRow("%s %s", qPrintable(f.id), qPrintable(f.kind)) << f.kind << f.summary << f.summaryId;
    if (report.findings.isEmpty()) // the checks step has not landed yet: nothing to hold to this
        QTest::newRow("no findings on the example corpus yet") << QString() << QString() << QString();
}

void TestFindingLanguage::findingHasIndonesianSummary()
{
    QFETCH(QString, kind);
    QFETCH(QString, summary);
    QFETCH(QString, summaryId);
    if (kind.isEmpty())
        return;
    QVERIFY2(!summary.trimmed().isEmpty(), "no English summary");
    QVERIFY2(!summaryId.trimmed().isEmpty(), qPrintable(QStringLiteral("no Indonesian summary for: ") + summary));
    QVERIFY2(summaryId != summary, qPrintable(QStringLiteral("Indonesian summary is the English one: ") + summary));
}

QTEST_GUILESS_MAIN(TestFindingLanguage)
#include "tst_finding_language.moc"
