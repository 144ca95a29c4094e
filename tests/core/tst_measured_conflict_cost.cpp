// MeasuredConflictChecker on reports of many articles that all measure one thing (issue 18:
// 10,000 generated articles took 22 GB, every claim kept as a candidate of every other and
// one finding built per pair of articles). Fourfold articles may cost at most about fourfold
// time (tests/support/CostGrowth.h); the claims that measure one thing make one finding with
// every value and the evidence of every article, and claims that align with nothing are
// never scored against one another.
#include "CostGrowth.h"

#include "checks/CheckContext.h"
#include "checks/Checkers.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

namespace {

// Claims that give a figure for the same measured thing; claim i gives values.at(i % values.size()).
// With articleCount 0 each claim is one article's one sentence; otherwise the claims go to
// articleCount articles in turn, each repeating its figure in the same words (two articles
// each citing one figure N times). Unrelated: each claim has context words of its own, so no
// two claims align.
Report report(int claims, ValueKind kind, const QString &unit, const QList<double> &values, bool unrelated,
              int articleCount = 0)
{
    Report r;
    const int articles = articleCount > 0 ? articleCount : claims;
    r.articles.resize(articles);
    for (int i = 0; i < claims; ++i) {
        Article &a = r.articles[i % articles];
        const double value = values.at(i % values.size());
        const QString figure = QLocale::c().toString(value, 'g', 12); // as the checker writes values
        if (a.id.isEmpty()) {
            a.id = u"d%1"_s.arg(i + 1);
            a.meta.language = u"id"_s;
            a.text = u"Inflasi tahunan naik menjadi "_s + figure + u" persen."_s;
        }
        MeasuredClaim m;
        m.span = {0, a.text.size()};
        m.valueSpan = {a.text.indexOf(figure), a.text.indexOf(figure) + figure.size()};
        m.kind = kind;
        m.valueText = figure;
        m.low = m.high = m.value = value;
        m.unit = unit;
        m.approximation = u"exact"_s;
        m.measure = u"inflasi tahunan"_s;
        m.measureLemmas = {u"inflasi"_s, u"tahun"_s};
        m.context = unrelated ? QStringList{u"kata%1"_s.arg(i), u"lain%1"_s.arg(i), u"naik"_s}
                              : QStringList{u"harga"_s, u"inflasi"_s, u"naik"_s, u"tahun"_s};
        m.predicate = u"naik"_s;
        a.measured.append(m);
    }
    return r;
}

} // namespace

class TestMeasuredConflictCost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsLinearly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("unrelated");
        QTest::addColumn<int>("articles"); // 0: one per claim
        QTest::newRow("percent, three values")
            << int(ValueKind::Percent) << u"%"_s << QList<double>{2.5, 2.7, 3.1} << false << 0;
        QTest::newRow("money, two values")
            << int(ValueKind::Money) << u"IDR"_s << QList<double>{1e9, 2e9} << false << 0;
        QTest::newRow("percent, one value") << int(ValueKind::Percent) << u"%"_s << QList<double>{2.5} << false << 0;
        QTest::newRow("unrelated figures") << int(ValueKind::Percent) << u"%"_s << QList<double>{2.5, 2.7} << true << 0;
        // Two articles, each repeating its figure in the same words: every claim of the second
        // was scored against every thing the first one's repeats started (quadratic).
        QTest::newRow("two articles repeating one figure each")
            << int(ValueKind::Percent) << u"%"_s << QList<double>{2.5, 2.7} << false << 2;
    }

    void growsLinearly()
    {
        QFETCH(int, kind);
        QFETCH(QString, unit);
        QFETCH(QList<double>, values);
        QFETCH(bool, unrelated);
        QFETCH(int, articles);
        constexpr int scale = 800;
        const Report small = report(scale, ValueKind(kind), unit, values, unrelated, articles);
        const Report large = report(4 * scale, ValueKind(kind), unit, values, unrelated, articles);
        const CheckContext smallContext(small);
        const CheckContext largeContext(large);
        const MeasuredConflictChecker checker;

        const QList<Finding> findings = checker.check(largeContext);
        if (unrelated || values.size() < 2) {
            QCOMPARE(findings.size(), 0); // nothing aligns, or every article agrees
        } else {
            // One finding for the measured thing, whichever articles give which value.
            QCOMPARE(findings.size(), 1);
            const Finding &f = findings.first();
            QStringList expected;
            for (double v : std::as_const(values))
                expected.append(QLocale::c().toString(v, 'g', 12));
            expected.sort();
            QCOMPARE(f.values, expected);
            QVERIFY(f.match.has_value());
            QCOMPARE(f.match->sides.size(), 2);
            // Every article is evidence, once.
            QSet<QString> docs;
            for (const Evidence &e : f.evidence) {
                QVERIFY2(!docs.contains(e.doc), qPrintable(e.doc));
                docs.insert(e.doc);
            }
            QCOMPARE(docs.size(), large.articles.size());
        }

        const double growth =
            fc::test::fourfoldGrowth([&](int s) { checker.check(s == scale ? smallContext : largeContext); }, scale);
        qInfo("fourfold articles: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold articles took %1x the time"_s.arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestMeasuredConflictCost)
#include "tst_measured_conflict_cost.moc"
