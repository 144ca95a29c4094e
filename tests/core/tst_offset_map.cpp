// The compact offset map against the straightforward per-character map, for every position.
#include "ingest/ArticleLoader.h"
#include "model/Article.h"
#include "model/OffsetMap.h"
#include "text/Normaliser.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// Text of `length` characters drawn from pieces the normaliser treats specially, so that runs
// start and end in every way it can make them.
QString randomText(quint32 seed, int length)
{
    static const QStringList pieces = {u"a"_s,
                                       u"Z"_s,
                                       u"7"_s,
                                       u" "_s,
                                       u"  "_s,
                                       u"\t"_s,
                                       u"\u00A0"_s,
                                       u"\u3000"_s,
                                       u"\n"_s,
                                       u"\n\n"_s,
                                       u"\r\n"_s,
                                       u"\r"_s,
                                       u"\r\n\r\n"_s,
                                       u"\u2028"_s,
                                       u"\u2029"_s,
                                       u"\u200B"_s,
                                       u"\u00AD"_s,
                                       u"\uFEFF"_s,
                                       u"\u201C"_s,
                                       u"\u2014"_s,
                                       u"\u2212"_s,
                                       u"-\n"_s,
                                       u"-\nb"_s,
                                       u"ab-\nab"_s,
                                       QString(QChar(0)),
                                       u"e\u0301"_s,
                                       u"\U0001F600"_s,
                                       QString(QChar(0xD800)),
                                       u"kata"_s,
                                       u" \n \n "_s};
    QRandomGenerator rng(seed);
    QString out;
    while (out.size() < length)
        out += pieces.at(rng.bounded(int(pieces.size())));
    return out;
}

// The per-character reference computed directly from a list: entry i is list[i].
qsizetype firstInvalidDirect(const QList<qsizetype> &list, qsizetype originalSize)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i) < 0 || list.at(i) > originalSize || (i > 0 && list.at(i) < list.at(i - 1)))
            return i;
    return -1;
}

qsizetype expectedRuns(const QList<qsizetype> &list)
{
    qsizetype runs = 0;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (i == 0 || list.at(i) != list.at(i - 1) + 1)
            ++runs;
    return runs;
}

// Every lookup of `map` equals the per-character list.
void compareEverywhere(const OffsetMap &map, const QList<qsizetype> &reference)
{
    QCOMPARE(map.size(), reference.size());
    QCOMPARE(map.runs().size(), expectedRuns(reference));
    for (qsizetype i = 0; i < reference.size(); ++i) {
        if (map.at(i) != reference.at(i))
            QFAIL(qPrintable(u"entry %1: %2 instead of %3"_s.arg(i).arg(map.at(i)).arg(reference.at(i))));
        QCOMPARE(map.toOriginal(i), reference.at(i));
    }
    if (!reference.isEmpty()) {
        // Positions outside the text clamp to its first and last entries, as before.
        QCOMPARE(map.toOriginal(-3), reference.first());
        QCOMPARE(map.toOriginal(reference.size() + 5), reference.last());
    }
    QCOMPARE(map.toList(), reference);
    // The inverse lookup, where it is defined (entries that never go backwards): the binary
    // search over the whole list, for every original position and one past the end.
    if (std::is_sorted(reference.cbegin(), reference.cend())) {
        const qsizetype end = reference.isEmpty() ? 0 : reference.last() + 2;
        for (qsizetype o = -1; o <= end; ++o) {
            const qsizetype expected = std::lower_bound(reference.cbegin(), reference.cend(), o) - reference.cbegin();
            if (map.firstAtOrAfter(o) != expected)
                QFAIL(qPrintable(u"original %1: first at or after is %2 instead of %3"_s.arg(o)
                                     .arg(map.firstAtOrAfter(o))
                                     .arg(expected)));
        }
    }
}

} // namespace

class TestOffsetMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisedText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("reflow");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only whitespace") << u" \n\r\n\t\u00A0 "_s << false;
        QTest::newRow("plain") << u"Harga beras naik 5 persen."_s << false;
        QTest::newRow("crlf lines") << u"satu\r\ndua\r\ntiga\r\n"_s << false;
        QTest::newRow("lone cr") << u"satu\rdua\r\rtiga"_s << false;
        QTest::newRow("paragraph breaks") << u"satu.\n\ndua.\n\n\n\ntiga."_s << false;
        QTest::newRow("crlf paragraph breaks") << u"satu.\r\n\r\ndua.\r\n \r\n\r\ntiga."_s << false;
        QTest::newRow("reflowed lines") << u"satu\ndua\n\ntiga\r\nempat"_s << true;
        QTest::newRow("leading and trailing space") << u"  \n a b  \n\n "_s << false;
        QTest::newRow("space runs") << u"a  b\t\tc \u00A0 d\u2009e"_s << false;
        QTest::newRow("line separators") << u"a\u2028b\u2029\u2029c"_s << false;
        QTest::newRow("hyphenation joined") << u"pemerin-\ntah dan besar-\nbesaran"_s << false;
        QTest::newRow("hyphen at the start") << u"-\nab"_s << false;
        QTest::newRow("dropped characters") << u"\uFEFFka\u200Bta\u00ADta\u200D"_s << false;
        QTest::newRow("folded punctuation") << u"\u201Cya\u201D \u2014 \u2018x\u2019 \u2212 3"_s << false;
        QTest::newRow("nul characters") << u"a\u0000b\u0000\u0000\nc"_s << false;
        QTest::newRow("combining marks") << u"caf\u0065\u0301 \u0061\u0308\u0323"_s << false;
        QTest::newRow("surrogate pairs") << u"\U0001F600 a\n\n\U0001F1EE\U0001F1E9"_s << false;
        QTest::newRow("lone surrogates") << u"a"_s + QChar(0xD83D) + u" "_s + QChar(0xDE00) + u"b"_s << false;
        for (int i = 0; i < 40; ++i)
            QTest::addRow("random %d", i) << randomText(quint32(1000 + i), 20 + i * 37) << (i % 3 == 0);
    }

    void normalisedText()
    {
        QFETCH(QString, input);
        QFETCH(bool, reflow);
        const NormaliseOptions options{reflow};
        Article a;
        a.originalText = input;
        normalise(a, options);
        const QList<qsizetype> reference = perCharacterOffsets(input, options);
        QCOMPARE(reference.size(), a.text.size() + 1);
        compareEverywhere(a.offsets, reference);
        QCOMPARE(a.offsets.firstInvalidEntry(input.size()), qsizetype(-1));
        QCOMPARE(OffsetMap::fromList(reference), a.offsets);
    }

    // Articles as the loader builds them from pages whose furniture (navigation, scripts,
    // "Baca Juga" lines) the extractor leaves out of the original text.
    void loadedArticles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::newRow("html with furniture")
            << QByteArray("<html><head><title>Banjir</title><script>var x=1;</script></head><body>"
                          "<nav>Beranda | Berita</nav><article><h1>Banjir  di Kota</h1>"
                          "<p>Air naik&nbsp;2 meter\r\n pada Senin.</p><p>Baca Juga: Harga naik</p>"
                          "<p>Warga \xe2\x80\x9c mengungsi \xe2\x80\x9d ke masjid.</p></article>"
                          "<footer>Bagikan</footer></body></html>")
            << u"html"_s;
        QTest::newRow("markdown") << QByteArray("# Judul\r\n\r\nParagraf *satu*  di sini.\r\n\r\n\r\n- butir\n")
                                  << u"md"_s;
        // A NUL in the first 8 KB makes the file binary; later ones are removed from the text.
        QTest::newRow("plain text with nul")
            << QByteArray("Satu dua.\r\n").repeated(1000) + "Satu\0dua\r\n\r\ntiga."_ba << u"txt"_s;
    }

    void loadedArticles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        const LoadResult loaded = ArticleLoader().loadBytes(bytes, u"page"_s, format);
        QVERIFY(loaded.ok());
        const Article &a = *loaded.article;
        compareEverywhere(a.offsets, perCharacterOffsets(a.originalText));
    }

    // Any list, ordered or not, is kept exactly (a crafted project's map is validated as stored).
    void arbitraryLists_data()
    {
        QTest::addColumn<QList<qsizetype>>("list");
        QTest::addColumn<qsizetype>("originalSize");
        QTest::newRow("empty") << QList<qsizetype>{} << qsizetype(0);
        QTest::newRow("one") << QList<qsizetype>{0} << qsizetype(0);
        QTest::newRow("identity") << QList<qsizetype>{0, 1, 2, 3} << qsizetype(3);
        QTest::newRow("repeated") << QList<qsizetype>{0, 1, 1, 1, 2} << qsizetype(2);
        QTest::newRow("descending") << QList<qsizetype>{5, 4, 3} << qsizetype(9);
        QTest::newRow("negative first") << QList<qsizetype>{-2, -1, 0} << qsizetype(9);
        QTest::newRow("past the end inside a run") << QList<qsizetype>{0, 1, 2, 3, 4, 5} << qsizetype(3);
        QTest::newRow("past the end at a run start") << QList<qsizetype>{0, 1, 7, 8} << qsizetype(5);
        QTest::newRow("drop after a jump") << QList<qsizetype>{0, 5, 6, 2, 3} << qsizetype(9);
        QRandomGenerator rng(19);
        for (int r = 0; r < 30; ++r) {
            QList<qsizetype> list;
            qsizetype v = rng.bounded(5) - 2;
            const int n = rng.bounded(60);
            for (int i = 0; i < n; ++i) {
                list.append(v);
                const int step = rng.bounded(10);
                v += step < 6 ? 1 : step < 8 ? 0 : step < 9 ? rng.bounded(4) + 2 : -rng.bounded(3) - 1;
            }
            QTest::addRow("random %d", r) << list << qsizetype(rng.bounded(70));
        }
    }

    void arbitraryLists()
    {
        QFETCH(QList<qsizetype>, list);
        QFETCH(qsizetype, originalSize);
        const OffsetMap map = OffsetMap::fromList(list);
        compareEverywhere(map, list);
        QCOMPARE(map.firstInvalidEntry(originalSize), firstInvalidDirect(list, originalSize));
        // Appending and removing the last entry keep the same map as building the shorter list.
        OffsetMap shrinking = map;
        QList<qsizetype> shorter = list;
        while (!shorter.isEmpty()) {
            shrinking.removeLast();
            shorter.removeLast();
            QCOMPARE(shrinking, OffsetMap::fromList(shorter));
        }
    }

    // The point of the map: a long article costs a pair per paragraph break, not 8 bytes per
    // character.
    void longTextIsCompact()
    {
        QString text;
        for (int p = 0; p < 2000; ++p)
            text +=
                u"Paragraf %1 berisi kalimat yang cukup panjang untuk sebuah berita. "_s.arg(p).repeated(3) + u"\n\n"_s;
        Article a;
        a.originalText = text;
        normalise(a);
        QCOMPARE(a.offsets.size(), a.text.size() + 1);
        // Each break: the second newline repeats the first one's position, and the next
        // paragraph starts one after it. The trailing space of each paragraph is dropped.
        QVERIFY2(a.offsets.runs().size() <= 3 * 2000 + 1, qPrintable(QString::number(a.offsets.runs().size())));
        QVERIFY(a.offsets.heapBytes() * 10 < a.text.size() * qsizetype(sizeof(qsizetype)));
    }
};

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "tst_offset_map.moc"
