// WordBoxMap: which recognised words' boxes a span of an article's text covers, on which page,
// and which of them the recogniser doubted. The words and boxes are made up per row (the
// reader is tst_ingest_ocr's and tst_ingest_pdf_ocr's business).
#include "ocr/WordBoxMap.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// "Banjir melanda Garut pada Senin." as a reader places it: one 40-pixel band, the words
// side by side, each box 10 pixels a character. With pages, the first three words on page 1
// and the others on page 2.
const QString text = u"Banjir melanda Garut pada Senin."_s;

QList<WordBox> words(bool twoPages)
{
    QList<WordBox> boxes;
    qsizetype start = 0;
    int i = 0;
    for (const QString &w : text.split(u' ')) {
        const int page = twoPages ? (i < 3 ? 1 : 2) : 0;
        boxes.append(WordBox{Span{start, start + w.size()}, QRect(int(start) * 10, 20, int(w.size()) * 10, 40), page});
        start += w.size() + 1;
        ++i;
    }
    return boxes;
}

Span spanOf(const QString &part, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(part, from);
    if (at < 0)
        qFatal("row error: %s not in the text", qPrintable(part));
    return Span{at, at + part.size()};
}

} // namespace

class TestWordBoxMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boxesOf_data();
    void boxesOf();
    void doubtful();
    void wordAt();
    void unorderedWords();
    void emptyMap();
};

void TestWordBoxMap::boxesOf_data()
{
    QTest::addColumn<Span>("span");
    QTest::addColumn<bool>("twoPages");
    QTest::addColumn<int>("page");
    QTest::addColumn<QList<int>>("expected"); // indexes of the words whose boxes come back

    QTest::newRow("one word") << spanOf(u"Garut"_s) << false << 0 << QList<int>{2};
    QTest::newRow("two words") << spanOf(u"melanda Garut"_s) << false << 0 << QList<int>{1, 2};
    QTest::newRow("first word") << spanOf(u"Banjir"_s) << false << 0 << QList<int>{0};
    QTest::newRow("last word with its stop") << spanOf(u"Senin."_s) << false << 0 << QList<int>{4};
    QTest::newRow("parts of two words") << spanOf(u"rut pa"_s) << false << 0 << QList<int>{2, 3};
    QTest::newRow("one character") << spanOf(u"G"_s) << false << 0 << QList<int>{2};
    QTest::newRow("the space between") << Span{6, 7} << false << 0 << QList<int>{};
    QTest::newRow("empty span") << Span{15, 15} << false << 0 << QList<int>{};
    QTest::newRow("whole text") << Span{0, text.size()} << false << 0 << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("past the text") << Span{text.size() + 3, text.size() + 9} << false << 0 << QList<int>{};
    QTest::newRow("no word on page 1 of an image") << spanOf(u"Garut"_s) << false << 1 << QList<int>{};
    QTest::newRow("PDF, page 1") << spanOf(u"Garut pada"_s) << true << 1 << QList<int>{2};
    QTest::newRow("PDF, page 2") << spanOf(u"Garut pada"_s) << true << 2 << QList<int>{3};
    QTest::newRow("PDF, word of the other page") << spanOf(u"Senin"_s) << true << 1 << QList<int>{};
}

void TestWordBoxMap::boxesOf()
{
    QFETCH(Span, span);
    QFETCH(bool, twoPages);
    QFETCH(int, page);
    QFETCH(QList<int>, expected);
    const QList<WordBox> all = words(twoPages);
    QList<QRect> want;
    for (const int i : expected)
        want.append(all.at(i).box);
    QCOMPARE(WordBoxMap(all).boxesOf(span, page), want);
}

// The doubtful words come back with their boxes and confidences; a doubtful span that covers
// two words gives both boxes.
void TestWordBoxMap::doubtful()
{
    const QList<WordBox> all = words(false);
    const WordBoxMap map(all, {LowConfidenceWord{spanOf(u"Garut"_s), 41}, LowConfidenceWord{spanOf(u"Senin."_s), 12}});
    const QList<WordBoxMap::DoubtfulBox> expected{{all.at(2).box, 41}, {all.at(4).box, 12}};
    QCOMPARE(map.doubtfulBoxes(), expected);
    QVERIFY(map.doubtfulBoxes(1).isEmpty());
    QCOMPARE(map.pages(), QList<int>{0});
    QCOMPARE(WordBoxMap(words(true)).pages(), (QList<int>{1, 2}));
}

void TestWordBoxMap::wordAt()
{
    const WordBoxMap map(words(false));
    const WordBox *garut = map.wordAt(QPoint(165, 40));
    QVERIFY(garut);
    QCOMPARE(garut->span, spanOf(u"Garut"_s));
    QVERIFY(!map.wordAt(QPoint(165, 5)));  // above the band
    QVERIFY(!map.wordAt(QPoint(145, 40))); // the space after "melanda"
    QVERIFY(!map.wordAt(QPoint(165, 40), 1));
}

// Words handed over out of order (a project's cache is only checked for spans inside the
// text) are found all the same.
void TestWordBoxMap::unorderedWords()
{
    QList<WordBox> all = words(false);
    std::reverse(all.begin(), all.end());
    QCOMPARE(WordBoxMap(all).boxesOf(spanOf(u"melanda Garut"_s)), (QList<QRect>{all.at(3).box, all.at(2).box}));
}

void TestWordBoxMap::emptyMap()
{
    const WordBoxMap map;
    QVERIFY(map.isEmpty());
    QVERIFY(map.pages().isEmpty());
    QVERIFY(map.boxesOf(Span{0, 5}).isEmpty());
    QVERIFY(map.doubtfulBoxes().isEmpty());
    QVERIFY(!map.wordAt(QPoint(1, 1)));
}

QTEST_MAIN(TestWordBoxMap)
#include "tst_word_box_map.moc"
