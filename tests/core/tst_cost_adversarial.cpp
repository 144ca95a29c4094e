#include "CostGrowth.h"

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
    } else if (shape == u"repeated capitalised words") {
        for (int i = 0; i < scale; ++i)
            text += u"Sungai Besar "_s;
        text += u"meluap.\n"_s;
    }
    return text;
}

} // namespace

class TestCostAdversarial : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void analysisGrowsLinearly_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("scale");
        QTest::newRow("repeated place name") << u"repeated place name"_s << 1500;
        QTest::newRow("repeated capitalised words") << u"repeated capitalised words"_s << 1000;
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
            analyzer.analyzeArticle(*loaded.article);
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
    }

    void markdownGrowsLinearly()
    {
        QFETCH(QString, unit);
        const double growth = fc::test::fourfoldGrowth([&](int s) { markdownToText(unit.repeated(s)); }, 4000);
        qInfo("fourfold input: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold input took %1x the time"_s.arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestCostAdversarial)
#include "tst_cost_adversarial.moc"
