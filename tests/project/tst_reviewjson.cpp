#include "ProjectTestSupport.h"
#include "TestPaths.h"

#include "project/ProjectAnalysis.h"
#include "project/ProjectReport.h"
#include "project/ProjectStore.h"
#include "project/ReviewJson.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// The review as JSON: the report contract plus "reviews", matched to findings by key; an
// import is checked whole before any of it is applied; the CLI's project loader.
class TestReviewJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportIsReportPlusSortedReviews();
    void importRoundTripMatchesByKey();
    void badImportIsRefusedWhole_data();
    void badImportIsRefusedWhole();
    void cliLoaderGivesReportAndDecisions();
    void cliLoaderNamesTheBadFile();

private:
    static Report reportWithFindings();
};

Report TestReviewJson::reportWithFindings()
{
    Report report;
    Article a;
    a.id = QStringLiteral("d1");
    a.text = QStringLiteral("Dua belas orang tewas.");
    report.articles << a;
    Finding f1;
    f1.id = QStringLiteral("f1");
    f1.kind = QStringLiteral("quantity_conflict");
    f1.key = QStringLiteral("quantity_conflict|tewas");
    Finding f2;
    f2.id = QStringLiteral("f2");
    f2.kind = QStringLiteral("date_conflict");
    f2.key = QStringLiteral("date_conflict|banjir");
    report.findings << f1 << f2;
    return report;
}

void TestReviewJson::exportIsReportPlusSortedReviews()
{
    const Report report = reportWithFindings();
    ReviewMap reviews;
    reviews.insert(QStringLiteral("zz|gone"), {QStringLiteral("zz|gone"), ReviewStatus::Dismissed, {}, {}});
    reviews.insert(QStringLiteral("quantity_conflict|tewas"),
                   {QStringLiteral("quantity_conflict|tewas"), ReviewStatus::Confirmed, QStringLiteral("cek BPBD"),
                    QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC)});
    reviews.insert(QStringLiteral("date_conflict|banjir"),
                   {QStringLiteral("date_conflict|banjir"), ReviewStatus::Unreviewed, QStringLiteral("tanya"), {}});
    const QByteArray bytes = writeReviewJson(report, reviews);
    QCOMPARE(writeReviewJson(report, reviews), bytes); // deterministic
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    // Everything the report contract has is there unchanged.
    QJsonObject withoutReviews = json;
    withoutReviews.remove(QStringLiteral("reviews"));
    QCOMPARE(withoutReviews, reportToJson(report));
    const QJsonArray array = json.value(QStringLiteral("reviews")).toArray();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0)[QStringLiteral("key")].toString(), QStringLiteral("date_conflict|banjir"));
    QCOMPARE(array.at(0)[QStringLiteral("finding")].toString(), QStringLiteral("f2"));
    QVERIFY(array.at(0)[QStringLiteral("status")].isNull());
    QCOMPARE(array.at(0)[QStringLiteral("note")].toString(), QStringLiteral("tanya"));
    QCOMPARE(array.at(1)[QStringLiteral("finding")].toString(), QStringLiteral("f1"));
    QCOMPARE(array.at(1)[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
    QCOMPARE(array.at(1)[QStringLiteral("updated_at")].toString(), QStringLiteral("2026-11-23T10:00:00.000Z"));
    QVERIFY(array.at(2)[QStringLiteral("finding")].isNull()); // its finding is not in this report
    QCOMPARE(array.at(2)[QStringLiteral("status")].toString(), QStringLiteral("dismissed"));
}

void TestReviewJson::importRoundTripMatchesByKey()
{
    QTemporaryDir dir;
    QString error;
    const Report report = reportWithFindings();
    ProjectStore source;
    QVERIFY(source.create(dir.filePath(QStringLiteral("a.fcproj")), &error));
    QVERIFY(source.setDecision(QStringLiteral("quantity_conflict|tewas"), ReviewStatus::Confirmed, QStringLiteral("ok"),
                               &error));
    QVERIFY(source.setDecision(QStringLiteral("other|key"), ReviewStatus::NeedsCheck, {}, &error));
    const QByteArray exported = writeReviewJson(report, source.decisions(&error));

    ProjectStore colleague;
    QVERIFY(colleague.create(dir.filePath(QStringLiteral("b.fcproj")), &error));
    QVERIFY(colleague.setDecision(QStringLiteral("date_conflict|banjir"), ReviewStatus::Dismissed, {}, &error));
    ReviewImportSummary summary;
    QVERIFY2(importReviewJson(colleague, exported, QStringLiteral("review.json"), &report, &summary, &error),
             qPrintable(error));
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.matched, 1);
    QCOMPARE(summary.unmatchedKeys, QStringList{QStringLiteral("other|key")});
    const ReviewMap merged = colleague.decisions(&error);
    QCOMPARE(merged.size(), 3); // the colleague's own decision stays
    QCOMPARE(merged.value(QStringLiteral("quantity_conflict|tewas")),
             source.decisions(&error).value(QStringLiteral("quantity_conflict|tewas")));
    QCOMPARE(merged.value(QStringLiteral("quantity_conflict|tewas")).updatedAt,
             source.decisions(&error).value(QStringLiteral("quantity_conflict|tewas")).updatedAt);
}

void TestReviewJson::badImportIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"reviews\": [") << "not valid JSON";
    QTest::newRow("plain report") << QByteArray("{\"schema_version\": 1, \"findings\": []}") << "no \"reviews\" array";
    QTest::newRow("unknown status") << QByteArray(
        R"({"reviews": [{"key": "a", "status": "confirmed"}, {"key": "b", "status": "maybe"}]})")
                                    << "review 2: unknown status \"maybe\"";
    QTest::newRow("no key") << QByteArray(R"({"reviews": [{"status": "dismissed"}]})") << "review 1: has no \"key\"";
    QTest::newRow("note not text") << QByteArray(R"({"reviews": [{"key": "a", "status": "dismissed", "note": 3}]})")
                                   << "review 1: \"note\"";
    QTest::newRow("duplicate key") << QByteArray(
        R"({"reviews": [{"key": "a", "status": "dismissed"}, {"key": "a", "status": "confirmed"}]})")
                                   << "review 2: key \"a\" appears twice";
}

void TestReviewJson::badImportIsRefusedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QString error;
    ProjectStore store;
    QVERIFY(store.create(dir.filePath(QStringLiteral("p.fcproj")), &error));
    QVERIFY(store.setDecision(QStringLiteral("a"), ReviewStatus::NeedsCheck, QStringLiteral("mine"), &error));
    QVERIFY(!importReviewJson(store, json, QStringLiteral("in.json"), nullptr, nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("in.json: ")) && error.contains(reason), qPrintable(error));
    const ReviewMap after = store.decisions(&error);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.value(QStringLiteral("a")).note, QStringLiteral("mine"));
}

void TestReviewJson::cliLoaderGivesReportAndDecisions()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.fcproj"));
    QString error;
    const QDir examples(test::examplesDir());
    QList<NewArticle> articles;
    for (const auto &name : examples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        articles.append({name, examples.filePath(name), test::fileBytes(examples.filePath(name))});
    {
        ProjectStore store;
        QVERIFY(store.create(file, &error));
        const auto ids = store.addArticles(articles, &error);
        QVERIFY(ids);
        QVERIFY(store.setUserPublished(ids->at(0), QDate(2025, 3, 3), &error));
        QVERIFY(store.setDecision(QStringLiteral("k"), ReviewStatus::Confirmed, QStringLiteral("n"), &error));
        QVERIFY(analyzeProject(store, {}, &error));
    }
    const QByteArray before = test::fileBytes(file);
    ReviewMap reviews;
    QList<Diagnostic> diagnostics;
    const auto report = loadProjectReport(file, {}, &reviews, &diagnostics, &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(report->articles.size(), articles.size());
    QCOMPARE(report->articles.at(0).meta.published, QDate(2025, 3, 3));
    QCOMPARE(report->articles.at(0).meta.publishedSource, MetaSource::User);
    QCOMPARE(reviews.keys(), QStringList{QStringLiteral("k")});
    QCOMPARE(test::fileBytes(file), before);
    // Works while the workbench holds the project open for writing.
    ProjectStore workbench;
    QVERIFY(workbench.open(file, ProjectStore::Mode::ReadWrite, &error));
    QVERIFY2(loadProjectReport(file, {}, &reviews, &diagnostics, &error), qPrintable(error));
}

void TestReviewJson::cliLoaderNamesTheBadFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeBytes(file, "bukan proyek"));
    QString error;
    ReviewMap reviews;
    QVERIFY(!loadProjectReport(file, {}, &reviews, nullptr, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(file)) && error.contains(u"not an SQLite database"),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReviewJson)
#include "tst_reviewjson.moc"
