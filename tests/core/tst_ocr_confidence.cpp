// Words an image's reader was unsure of, carried from the reader's text onto the Article's
// normalised text (ArticleLoader with a reader registered, as the front ends do) and looked up
// by span. The reader here is a stand-in that returns the text and word confidences of each
// row, so that the offsets, not Tesseract, are what is tested (tst_ingest_ocr reads images).
#include "ingest/ArticleLoader.h"
#include "ingest/ImageTextHook.h"
#include "model/LowConfidence.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// "word:confidence" in reading order, each found in text after the one before.
ImageText readerOutput(const QString &text, const QStringList &words)
{
    ImageText out;
    out.text = text;
    qsizetype cursor = 0;
    for (const QString &w : words) {
        const QString word = w.section(u':', 0, -2);
        const qsizetype at = text.indexOf(word, cursor);
        if (at < 0)
            qFatal("row error: %s not in the text", qPrintable(word));
        cursor = at + word.size();
        out.words.append(RecognisedWord{at, cursor, w.section(u':', -1).toInt(), QRect(0, 0, 10, 10)});
    }
    return out;
}

} // namespace

class TestOcrConfidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kept_data();
    void kept();
    void lookup_data();
    void lookup();
    void cleanupTestCase() { setImageTextReader({}); }
};

void TestOcrConfidence::kept_data()
{
    QTest::addColumn<QString>("text");       // as the reader returned it
    QTest::addColumn<QStringList>("words");  // word:confidence
    QTest::addColumn<QStringList>("marked"); // the marked words, as they read in Article::text

    QTest::newRow("every word clear") << u"Banjir melanda Garut."_s
                                      << QStringList{u"Banjir:95"_s, u"melanda:91"_s, u"Garut.:88"_s} << QStringList{};
    QTest::newRow("one doubtful word") << u"Banjir melanda Gamt pada Senin."_s
                                       << QStringList{u"Banjir:95"_s, u"melanda:91"_s, u"Gamt:41"_s, u"pada:93"_s,
                                                      u"Senin.:90"_s}
                                       << QStringList{u"Gamt"_s};
    // The threshold: below it marked, at it not.
    QTest::newRow("at the threshold") << u"Sebanyak 12 rumah rusak."_s
                                      << QStringList{u"Sebanyak:%1"_s.arg(LowWordConfidence),
                                                     u"12:%1"_s.arg(LowWordConfidence - 1), u"rumah:96"_s,
                                                     u"rusak.:96"_s}
                                      << QStringList{u"12"_s};
    // Normalising collapses the runs of spaces and the blank lines before the marked words.
    QTest::newRow("spaces collapsed before")
        << u"Banjir   melanda\n\n\nGarut  dan  Bekasi."_s
        << QStringList{u"Banjir:95"_s, u"melanda:94"_s, u"Garut:30"_s, u"dan:92"_s, u"Bekasi.:55"_s}
        << QStringList{u"Garut"_s, u"Bekasi."_s};
    // A word broken at a line end is joined: the doubtful half marks what is left of it.
    QTest::newRow("hyphenation joined") << u"Ratusan rumah rusak be-\nrat akibat banjir."_s
                                        << QStringList{u"Ratusan:96"_s, u"rumah:96"_s,  u"rusak:95"_s,  u"be-:20"_s,
                                                       u"rat:93"_s,     u"akibat:94"_s, u"banjir.:95"_s}
                                        << QStringList{u"be"_s};
    // Curly quotes become straight ones: same length, same place.
    QTest::newRow("quotes straightened") << u"Ia berkata \u201ctidak ada\u201d kemarin."_s
                                         << QStringList{u"Ia:90"_s, u"berkata:90"_s, u"\u201ctidak:35"_s,
                                                        u"ada\u201d:92"_s, u"kemarin.:90"_s}
                                         << QStringList{u"\"tidak"_s};
}

void TestOcrConfidence::kept()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, marked);
    const ImageText read = readerOutput(text, words);
    setImageTextReader([read](const QByteArray &) { return read; });
    const LoadResult r = ArticleLoader().loadBytes("\x89PNG\r\n\x1a\n", u"layar.png"_s, u"png"_s);
    QVERIFY2(r.ok(), r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics.first().message));
    const Article &a = *r.article;
    QStringList got;
    for (const LowConfidenceWord &w : a.lowConfidence) {
        got << a.textOf(w.span).toString();
        QVERIFY(w.confidence < LowWordConfidence);
    }
    QCOMPARE(got, marked);
    for (qsizetype i = 1; i < a.lowConfidence.size(); ++i)
        QVERIFY(a.lowConfidence.at(i - 1).span.end <= a.lowConfidence.at(i).span.start);
    // Every word keeps its box, on its range of the normalised text.
    QCOMPARE(a.wordBoxes.size(), words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        QCOMPARE(a.wordBoxes.at(i).box, read.words.at(i).box);
        const QString word = words.at(i).section(u':', 0, -2);
        QVERIFY2(word.startsWith(a.textOf(a.wordBoxes.at(i).span))
                     || a.textOf(a.wordBoxes.at(i).span).size() == word.size(),
                 qPrintable(a.textOf(a.wordBoxes.at(i).span).toString()));
    }
    // Text that was not read from an image has none.
    QVERIFY(ArticleLoader().loadText(text, u"teks.txt"_s).article->lowConfidence.isEmpty());
    QVERIFY(ArticleLoader().loadText(text, u"teks.txt"_s).article->wordBoxes.isEmpty());
}

void TestOcrConfidence::lookup_data()
{
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<int>("lowest"); // -1: overlaps no doubtful word
    // The words: [10, 15) at 40, [20, 24) at 60, [30, 35) at 12.
    QTest::newRow("before every word") << qsizetype(0) << qsizetype(10) << -1;
    QTest::newRow("between two words") << qsizetype(15) << qsizetype(20) << -1;
    QTest::newRow("one word exactly") << qsizetype(20) << qsizetype(24) << 60;
    QTest::newRow("the last character of a word") << qsizetype(14) << qsizetype(16) << 40;
    QTest::newRow("two words: the lower") << qsizetype(12) << qsizetype(31) << 12;
    QTest::newRow("inside a word") << qsizetype(31) << qsizetype(32) << 12;
    QTest::newRow("after every word") << qsizetype(35) << qsizetype(90) << -1;
}

void TestOcrConfidence::lookup()
{
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(int, lowest);
    const QList<LowConfidenceWord> words{{{10, 15}, 40}, {{20, 24}, 60}, {{30, 35}, 12}};
    QCOMPARE(lowestConfidenceIn(words, Span{start, end}), lowest);
    QCOMPARE(lowestConfidenceIn({}, Span{start, end}), -1);
}

QTEST_GUILESS_MAIN(TestOcrConfidence)
#include "tst_ocr_confidence.moc"
