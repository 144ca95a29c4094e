// Normalised text and its map back to the original.
#include "model/Article.h"
#include "text/Normaliser.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("reflow");
        QTest::newRow("nbsp") << u"dua\u00A0ribu"_s << u"dua ribu"_s << false;
        QTest::newRow("narrow nbsp and thin space") << u"10\u202F000 km\u2009jauh"_s << u"10 000 km jauh"_s << false;
        QTest::newRow("space runs") << u"satu  \t dua"_s << u"satu dua"_s << false;
        QTest::newRow("curly double quotes") << u"\u201Cya\u201D katanya"_s << u"\"ya\" katanya"_s << false;
        QTest::newRow("curly single quotes") << u"\u2018kacau\u2019 itu"_s << u"'kacau' itu"_s << false;
        QTest::newRow("em dash") << u"A \u2014 B"_s << u"A \u2013 B"_s << false;
        QTest::newRow("en dash kept") << u"A \u2013 B"_s << u"A \u2013 B"_s << false;
        QTest::newRow("hyphen kept") << u"undang-undang"_s << u"undang-undang"_s << false;
        QTest::newRow("line-end hyphenation") << u"pemerin-\ntah baru"_s << u"pemerintah baru"_s << false;
        QTest::newRow("reduplication kept") << u"besar-\nbesaran"_s << u"besar-besaran"_s << false;
        QTest::newRow("capital after hyphen is not joined") << u"Rusia-\nChina"_s << u"Rusia-\nChina"_s << false;
        QTest::newRow("crlf") << u"a\r\nb"_s << u"a\nb"_s << false;
        QTest::newRow("blank lines collapse") << u"a\n \u00A0\n\n\nb"_s << u"a\n\nb"_s << false;
        QTest::newRow("trailing and leading space trimmed") << u"  a  \n  b  "_s << u"a\nb"_s << false;
        QTest::newRow("zero width dropped") << u"ka\u200Bta\u00ADta"_s << u"katata"_s << false;
        QTest::newRow("reflow joins lines") << u"satu\ndua\n\ntiga"_s << u"satu dua\n\ntiga"_s << true;
    }

    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, reflow);
        Article a;
        a.originalText = input;
        normalise(a, NormaliseOptions{reflow});
        QCOMPARE(a.text, expected);
        QCOMPARE(a.offsets.size(), a.text.size() + 1);
    }

    // Every letter and digit of the normalised text maps to the same letter in the original.
    void offsetMapPointsAtTheOriginal()
    {
        Article a;
        a.originalText = u"  \u201CKorban\u201D\u00A0mencapai  2,5\u00A0meter \u2014 pemerin-\ntah\r\nberkata.  "_s;
        normalise(a);
        QCOMPARE(a.text, u"\"Korban\" mencapai 2,5 meter \u2013 pemerintah\nberkata."_s);
        for (qsizetype i = 0; i < a.text.size(); ++i) {
            const QChar c = a.text.at(i);
            const qsizetype o = a.offsets.toOriginal(i);
            QVERIFY(o >= 0 && o < a.originalText.size());
            if (c.isLetterOrNumber())
                QCOMPARE(a.originalText.at(o), c);
        }
        const qsizetype t = a.text.indexOf(u"tah"_s);
        QCOMPARE(a.originalText.mid(a.offsets.toOriginal(t), 3), u"tah"_s);
        // A span's end maps to just after its last character in the original.
        const qsizetype k = a.text.indexOf(u"Korban"_s);
        QCOMPARE(a.originalText.mid(a.offsets.toOriginal(k), a.offsets.toOriginal(k + 6) - a.offsets.toOriginal(k)),
                 u"Korban"_s);
        QCOMPARE(a.offsets.toOriginal(a.text.size()), a.originalText.indexOf(u"berkata."_s) + 8);
    }

    void surrogatePairsStayWhole()
    {
        Article a;
        a.originalText = u"a \U0001F600 b"_s;
        normalise(a);
        QCOMPARE(a.text, a.originalText);
        QCOMPARE(a.offsets.toOriginal(3), 3);
    }
};

QTEST_GUILESS_MAIN(TestNormaliser)
#include "tst_normaliser.moc"
