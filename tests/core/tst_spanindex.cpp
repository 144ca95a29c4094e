// SpanIndex answers what a scan over every item would: rows of items and a query each.
#include "model/SpanIndex.h"

#include <QTest>

using namespace fc;

namespace {

struct Item
{
    Span span;
};

QList<Item> items(const QList<std::pair<int, int>> &spans)
{
    QList<Item> out;
    for (const auto &[s, e] : spans)
        out.append(Item{Span{s, e}});
    return out;
}

} // namespace

class TestSpanIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesScan_data();
    void matchesScan();
};

void TestSpanIndex::matchesScan_data()
{
    QTest::addColumn<QList<int>>("flat"); // start, end, start, end, ... in item order
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");

    QTest::newRow("sorted") << QList<int>{0, 5, 6, 9, 10, 20, 21, 30} << 6 << 20;
    QTest::newRow("unsorted items keep index order") << QList<int>{21, 30, 0, 5, 10, 20, 6, 9} << 5 << 25;
    QTest::newRow("nested and equal starts") << QList<int>{10, 40, 10, 15, 12, 13, 15, 40} << 10 << 40;
    QTest::newRow("nothing inside") << QList<int>{0, 5, 50, 60} << 10 << 40;
    QTest::newRow("empty") << QList<int>{} << 0 << 100;
}

void TestSpanIndex::matchesScan()
{
    QFETCH(QList<int>, flat);
    QFETCH(int, lo);
    QFETCH(int, hi);
    QList<std::pair<int, int>> spans;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        spans.append({flat.at(i), flat.at(i + 1)});
    const QList<Item> list = items(spans);
    const SpanIndex index(list);
    QList<int> starting, inside;
    const Span outer{lo, hi};
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).span.start >= lo && list.at(i).span.start <= hi)
            starting.append(i);
        if (outer.contains(list.at(i).span))
            inside.append(i);
    }
    QCOMPARE(index.startingIn(lo, hi), starting);
    QCOMPARE(index.inside(outer), inside);
}

QTEST_GUILESS_MAIN(TestSpanIndex)
#include "tst_spanindex.moc"
