// Which literals occur in a text, case-folded, in one pass (core/text/LiteralScanner.h).
#include "text/LiteralScanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

class TestLiteralScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
    void sameAsSearching();
};

void TestLiteralScanner::scan_data()
{
    QTest::addColumn<QString>("literals"); // '|'-separated, case-folded
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // '|'-separated, in the literals' order
    QTest::addColumn<bool>("digit");
    QTest::newRow("overlapping") << u"he|she|his|hers"_s << u"ushers"_s << u"he|she|hers"_s << false;
    QTest::newRow("case") << u"kemarin|lusa"_s << u"KEMARIN pagi"_s << u"kemarin"_s << false;
    QTest::newRow("split word") << u"kemarin"_s << u"kemari n"_s << QString() << false;
    QTest::newRow("inside words") << u"tahun|tahunan|lalu"_s << u"setahunan selalu"_s << u"tahun|tahunan|lalu"_s
                                  << false;
    QTest::newRow("prefixes") << u"a|ab|abc"_s << u"xabcx"_s << u"a|ab|abc"_s << false;
    QTest::newRow("suffix of another") << u"bc|abcd"_s << u"abce"_s << u"bc"_s << false;
    QTest::newRow("digit") << u"senin"_s << u"SENIN 12"_s << u"senin"_s << true;
    QTest::newRow("kelvin sign folds to k") << u"k"_s << u"\u212A"_s << u"k"_s << false;
    QTest::newRow("long s folds to s") << u"sejak"_s << u"\u017Fejak"_s << u"sejak"_s << false;
    QTest::newRow("no expansion") << u"straße"_s << u"STRASSE"_s << QString() << false;
    QTest::newRow("repeats") << u"aa"_s << u"aaa"_s << u"aa"_s << false;
    QTest::newRow("empty text") << u"ini|hari"_s << QString() << QString() << false;
    QTest::newRow("other digits are not ASCII digits") << u"x"_s << u"x\u0663"_s << u"x"_s << false;
    QTest::newRow("non-ascii literal") << u"mārz"_s << u"MĀRZ"_s << u"mārz"_s << false;
}

void TestLiteralScanner::scan()
{
    QFETCH(QString, literals);
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(bool, digit);
    const QStringList list = literals.split(u'|');
    const LiteralScanner scanner(list);
    std::vector<char> present;
    QCOMPARE(scanner.scan(text, present), digit);
    QCOMPARE(qsizetype(present.size()), list.size());
    QStringList seen;
    for (size_t i = 0; i < present.size(); ++i) {
        if (present[i])
            seen.append(list.at(qsizetype(i)));
    }
    QCOMPARE(seen.join(u'|'), found);
}

// Many literals sharing prefixes and suffixes, over texts of their letters: the scanner
// finds exactly what a case-insensitive search for each literal finds.
void TestLiteralScanner::sameAsSearching()
{
    const QStringList list{u"ab"_s, u"abab"_s, u"bab"_s, u"ba"_s, u"aab"_s, u"bbb"_s, u"abba"_s, u"b"_s};
    const LiteralScanner scanner(list);
    quint32 seed = 7;
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int length = int(seed % 12);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1664525u + 1013904223u;
            text += QChar(u"abAB"[(seed >> 16) % 4]);
        }
        seed = seed * 1664525u + 1013904223u;
        std::vector<char> present;
        scanner.scan(text, present);
        for (qsizetype i = 0; i < list.size(); ++i)
            QVERIFY2(bool(present[size_t(i)]) == text.contains(list.at(i), Qt::CaseInsensitive),
                     qPrintable(text + u" / "_s + list.at(i)));
    }
}

QTEST_APPLESS_MAIN(TestLiteralScanner)
#include "tst_literal_scanner.moc"
