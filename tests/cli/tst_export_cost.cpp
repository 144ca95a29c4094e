#include "CostGrowth.h"

#include "export/MarkedText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

// Marking an article for export (HTML, PDF, Markdown) with very many mentions and anchors:
// fourfold the mentions may cost at most about fourfold the time (see CostGrowth.h). Every
// segment once scanned every mention and anchor: 20k mentions took 15 s.
class TestExportCost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segmentingGrowsLinearly()
    {
        const double growth = fc::test::fourfoldGrowth([](int words) {
            Article a;
            a.text = u"Kata "_s.repeated(words);
            QList<TextAnchor> anchors;
            for (int i = 0; i < words; ++i) {
                const Span word{5 * i, 5 * i + 4};
                a.mentions.append(Mention{});
                a.mentions.last().span = word;
                if (i % 2 == 0) { // a two-word mention around it: nesting and shared ends
                    a.mentions.append(Mention{});
                    a.mentions.last().span = {word.start, word.end + 5};
                }
                anchors.append({word, u"ev-%1"_s.arg(i), i % 3 == 0});
            }
            const QList<TextSegment> segments = segmentArticle(a, anchors);
            QVERIFY(segments.size() >= words);
        }, 2000);
        qInfo("fourfold input: %.2fx the time", growth);
        QVERIFY2(growth <= fc::test::MaxGrowthPerFourfold,
                 qPrintable(u"fourfold input took %1x the time"_s.arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestExportCost)
#include "tst_export_cost.moc"
