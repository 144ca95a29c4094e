// SentenceWords::find, which every claim cue list calls in every sentence: the first word of
// each place where the phrase's words (split at spaces, lower case) follow one another.
#include "claims/SentenceWords.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestSentenceWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QList<int>>("hits");
        // Words: Polisi(0) mengatakan(1) polisi(2) tidak(3) akan(4) datang(5)
        const QString police = u"Polisi mengatakan, polisi tidak akan datang."_s;
        QTest::newRow("one word, every place, any case") << police << u"polisi"_s << QList<int>{0, 2};
        QTest::newRow("one word, absent") << police << u"jaksa"_s << QList<int>{};
        QTest::newRow("one word matches whole words only") << police << u"dat"_s << QList<int>{};
        QTest::newRow("two words") << police << u"tidak akan"_s << QList<int>{3};
        QTest::newRow("two words across a comma") << police << u"mengatakan polisi"_s << QList<int>{1};
        QTest::newRow("two words, wrong order") << police << u"akan tidak"_s << QList<int>{};
        QTest::newRow("doubled and outer spaces are skipped") << police << u" tidak  akan "_s << QList<int>{3};
        QTest::newRow("phrase ending at the last word") << police << u"akan datang"_s << QList<int>{4};
        QTest::newRow("phrase longer than the sentence") << u"Akan datang."_s << u"akan datang lagi"_s << QList<int>{};
        QTest::newRow("empty phrase") << police << QString() << QList<int>{};
        QTest::newRow("spaces only") << police << u"   "_s << QList<int>{};
        QTest::newRow("overlapping places")
            << u"Sangat sangat sangat besar."_s << u"sangat sangat"_s << QList<int>{0, 1};
        QTest::newRow("joined words stay one word")
            << u"Serangan besar-besaran terjadi."_s << u"besar-besaran"_s << QList<int>{1};
        QTest::newRow("part of a joined word is no word")
            << u"Serangan besar-besaran terjadi."_s << u"besar"_s << QList<int>{};
        QTest::newRow("upper-case phrase finds nothing: words are compared in lower case")
            << police << u"Polisi"_s << QList<int>{};
        QTest::newRow("no words") << u"..."_s << u"polisi"_s << QList<int>{};
    }

    void find()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, phrase);
        QFETCH(QList<int>, hits);
        const SentenceWords words(sentence, Span{0, sentence.size()});
        QCOMPARE(words.find(phrase), hits);
    }
};

QTEST_GUILESS_MAIN(TestSentenceWords)
#include "tst_sentence_words.moc"
