#include "CostGrowth.h"
#include "MarkedArticle.h"

#include "checks/Checks.h"
#include "timeline/TimelineBuilder.h"

#include "ingest/ArticleLoader.h"
#include "ingest/MarkdownConverter.h"
#include "pipeline/Analyzer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

// Adversarial but plausible articles, generated here at two sizes (one four times the other):
// analysing the larger may cost at most about four times as much (n log n within noise), as
// a ratio measured in one run. A step that is quadratic on the shape shows as about 16.
namespace {

// One article of the given shape with scale units of it.
QString article(const QString &shape, int scale)
{
    QString text = u"Warga berkumpul pada Senin pagi.\n"_s;
    if (shape == u"repeated place name") { // "Jakarta Jakarta Jakarta ...": one run of names
        for (int i = 0; i < scale; ++i)
            text += u"Jakarta "_s;
        text += u"ramai.\n"_s;
    } else if (shape == u"weekday mismatches") { // 2 January 2024 was a Tuesday
        for (int i = 0; i < scale; ++i)
            text += u"Pada Senin, 2 Januari 2024, warga berkumpul.\n"_s;
    } else if (shape == u"repeated capitalised words") {
        for (int i = 0; i < scale; ++i)
            text += u"Sungai Besar "_s;
        text += u"meluap.\n"_s;
    }
    return text;
}

// Marked articles (see MarkedArticle.h) of the given shape with scale claims, for the checks and
// the timeline: one story where every claim gives a different figure or date.
QStringList storyDocs(const QString &shape, int scale)
{
    QString many, other;
    for (int i = 0; i < scale; ++i) {
        if (shape.contains(u"figures")) {
            many += u"Sebanyak {QTY|%1 orang|%1|exact|orang} meninggal.\n"_s.arg(i + 1);
        } else {
            const QString day = QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate);
            many += u"{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|%1|%1}.\n"_s.arg(day);
        }
    }
    if (shape.contains(u"figures"))
        other = u"Sebanyak {QTY|7,5 orang|7.5|exact|orang} meninggal."_s;
    else
        other = u"{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|1 Juni 1990|1990-06-01}."_s;
    QStringList docs{u"id|2025-03-04|"_s + many};
    if (shape.contains(u"two articles"))
        docs.append(u"id|2025-03-05|"_s + other);
    return docs;
}

} // namespace

class TestCostAdversarial : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The measure itself: work quadratic in its input fails it on every attempt (about 16x),
    // linear work passes. Without this a ratio that always came out small would pass everything.
    void theMeasureSeesQuadraticWork()
    {
        volatile quint64 sink = 0;
        const auto pairs = [&](int n) {
            for (int i = 0; i < n; ++i) {
                for (int j = 0; j < n; ++j)
                    sink = sink + quint64(i ^ j);
            }
        };
        const auto line = [&](int n) {
            for (int i = 0; i < n * 1000; ++i)
                sink = sink + quint64(i);
        };
        QVERIFY(fc::test::fourfoldGrowth(pairs, 500) > fc::test::MaxGrowthPerFourfold);
        QVERIFY(fc::test::fourfoldGrowth(line, 500) <= fc::test::MaxGrowthPerFourfold);
    }

    void analysisGrowsLinearly_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("scale");
        QTest::newRow("repeated place name") << u"repeated place name"_s << 1500;
        QTest::newRow("repeated capitalised words") << u"repeated capitalised words"_s << 1000;
        QTest::newRow("weekday mismatches") << u"weekday mismatches"_s << 400;
    }

    void analysisGrowsLinearly()
    {
        QFETCH(QString, shape);
        QFETCH(int, scale);
        const ArticleLoader loader;
        const Analyzer analyzer;
        const double growth = fc::test::fourfoldGrowth([&](int s) {
            LoadResult loaded = loader.loadText(article(shape, s), u"a"_s);
            QVERIFY(loaded.ok());
            if (shape != u"weekday mismatches") {
                analyzer.analyzeArticle(*loaded.article);
                return;
            }
            // With the checks: the weekday check once hashed the whole text per finding.
            QVERIFY(!analyzer.analyze({*loaded.article}).findings.isEmpty());
        }, scale);
        qInfo("fourfold input: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold input took %1x the time"_s.arg(growth)));
    }

    // Markdown's inline marks without their closing ones: each regular expression once scanned
    // to the paragraph's end from every mark.
    void markdownGrowsLinearly_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("emphasis marks") << u"*a "_s;
        QTest::newRow("strong marks") << u"**a "_s;
        QTest::newRow("link openers") << u"[a "_s;
        QTest::newRow("link texts without targets") << u"[a]("_s;
        QTest::newRow("code marks") << u"`a "_s;
        QTest::newRow("entities") << u"&mdash; &bukan; "_s;
    }

    void markdownGrowsLinearly()
    {
        QFETCH(QString, unit);
        const double growth = fc::test::fourfoldGrowth([&](int s) { markdownToText(unit.repeated(s)); }, 4000);
        qInfo("fourfold input: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold input took %1x the time"_s.arg(growth)));
    }

    // Many distinct figures or dates of one story: the figure and date checks once compared
    // every pair of distinct values (a 528 KB article took over 300 s).
    void checksGrowLinearly_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("distinct figures, one article") << u"figures, one article"_s;
        QTest::newRow("distinct figures, two articles") << u"figures, two articles"_s;
        QTest::newRow("distinct dates, one article") << u"dates, one article"_s;
        QTest::newRow("distinct dates, two articles") << u"dates, two articles"_s;
    }

    void checksGrowLinearly()
    {
        QFETCH(QString, shape);
        constexpr int scale = 1000;
        QHash<int, Report> reports; // built before timing: only the checks are measured
        for (int s : {scale, 4 * scale})
            reports.insert(s, test::markedReport(storyDocs(shape, s)));
        if (shape.contains(u"two articles")) // the shape must reach the pair search's conflict path
            QVERIFY(!runChecks(reports.value(scale)).isEmpty());
        const double growth = fc::test::fourfoldGrowth([&](int s) { runChecks(reports.value(s)); }, scale);
        qInfo("fourfold input: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold input took %1x the time"_s.arg(growth)));
    }

    // Many dates of one story in dispute: linking the finding's evidence to the timeline's
    // dates once scanned every date of the article per evidence (50k dates took 140 s).
    void timelineGrowsLinearly()
    {
        constexpr int scale = 1000;
        QHash<int, Report> reports;
        for (int s : {scale, 4 * scale}) {
            Report r = test::markedReport(storyDocs(u"dates, two articles"_s, s));
            r.findings = runChecks(r);
            reports.insert(s, r);
        }
        const QList<TimelineEvent> events = buildTimeline(reports.value(scale));
        QVERIFY(
            std::any_of(events.cbegin(), events.cend(), [](const TimelineEvent &e) { return !e.findings.isEmpty(); }));
        const double growth = fc::test::fourfoldGrowth([&](int s) { buildTimeline(reports.value(s)); }, scale);
        qInfo("fourfold input: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold input took %1x the time"_s.arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestCostAdversarial)
#include "tst_cost_adversarial.moc"
