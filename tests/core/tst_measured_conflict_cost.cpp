// MeasuredConflictChecker on reports of many articles that all measure one thing (issue 18:
// 10,000 generated articles took 22 GB, every claim kept as a candidate of every other and
// one finding built per pair of articles). Fourfold articles may cost at most about fourfold
// time (tests/support/CostGrowth.h), and the findings stay one per pair of values, each with
// the evidence of every article that gives one of them.
#include "CostGrowth.h"

#include "checks/CheckContext.h"
#include "checks/Checkers.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

namespace {

// Articles whose one sentence gives a figure for the same measured thing; article i gives
// values.at(i % values.size()).
Report report(int articles, ValueKind kind, const QString &unit, const QList<double> &values)
{
    Report r;
    r.articles.reserve(articles);
    for (int i = 0; i < articles; ++i) {
        Article a;
        a.id = u"d%1"_s.arg(i + 1);
        a.meta.language = u"id"_s;
        const double value = values.at(i % values.size());
        const QString figure = QLocale::c().toString(value, 'g', 12); // as the checker writes values
        a.text = u"Inflasi tahunan naik menjadi "_s + figure + u" persen."_s;
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
        m.context = {u"harga"_s, u"inflasi"_s, u"naik"_s, u"tahun"_s};
        m.predicate = u"naik"_s;
        a.measured.append(m);
        r.articles.append(a);
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
        QTest::newRow("percent, three values") << int(ValueKind::Percent) << u"%"_s << QList<double>{2.5, 2.7, 3.1};
        QTest::newRow("money, two values") << int(ValueKind::Money) << u"IDR"_s << QList<double>{1e9, 2e9};
    }

    void growsLinearly()
    {
        QFETCH(int, kind);
        QFETCH(QString, unit);
        QFETCH(QList<double>, values);
        constexpr int scale = 800;
        const Report small = report(scale, ValueKind(kind), unit, values);
        const Report large = report(4 * scale, ValueKind(kind), unit, values);
        const CheckContext smallContext(small);
        const CheckContext largeContext(large);
        const MeasuredConflictChecker checker;

        const QList<Finding> findings = checker.check(largeContext);
        // One finding per pair of values, whichever pairs of articles found it.
        const qsizetype pairs = values.size() * (values.size() - 1) / 2;
        QCOMPARE(findings.size(), pairs);
        QSet<QString> keys;
        for (const Finding &f : findings) {
            keys.insert(f.key);
            QCOMPARE(f.values.size(), 2);
            QVERIFY(f.match.has_value());
            // Every article giving one of the two values is evidence, once.
            QSet<QString> docs;
            for (const Evidence &e : f.evidence) {
                QVERIFY2(!docs.contains(e.doc), qPrintable(e.doc));
                docs.insert(e.doc);
            }
            qsizetype giving = 0;
            for (const Article &a : large.articles)
                giving += f.values.contains(a.measured.first().valueText) ? 1 : 0;
            QCOMPARE(docs.size(), giving);
        }
        QCOMPARE(keys.size(), pairs);

        const double growth =
            fc::test::fourfoldGrowth([&](int s) { checker.check(s == scale ? smallContext : largeContext); }, scale);
        qInfo("fourfold articles: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold articles took %1x the time"_s.arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestMeasuredConflictCost)
#include "tst_measured_conflict_cost.moc"
