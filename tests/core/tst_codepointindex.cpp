#include "report/CodePointIndex.h"

#include <QTest>

using namespace fc;

class TestCodePointIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toCodePoint_data();
    void toCodePoint();
};

void TestCodePointIndex::toCodePoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("expected");

    const QString emoji = QString::fromUtf8("a\xF0\x9F\x98\x80"
                                            "b"); // a, U+1F600, b
    QTest::newRow("ascii start") << QStringLiteral("Kim Jong Un") << 0 << 0;
    QTest::newRow("ascii end") << QStringLiteral("Kim Jong Un") << 11 << 11;
    QTest::newRow("before pair") << emoji << 1 << 1;
    QTest::newRow("after pair") << emoji << 3 << 2;
    QTest::newRow("end after pair") << emoji << 4 << 3;
    QTest::newRow("bmp accents") << QString::fromUtf8("Zelenskyy \u2013 Kyiv") << 12 << 12;
    const QString two = QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80x");
    QTest::newRow("two pairs") << two << 4 << 2;
    QTest::newRow("two pairs end") << two << 5 << 3;
}

void TestCodePointIndex::toCodePoint()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, expected);
    QCOMPARE(CodePointIndex(text).toCodePoint(utf16), expected);
    // Cross-check against a direct count.
    QCOMPARE(QStringView(text).left(utf16).toUcs4().size(), expected);
}

QTEST_GUILESS_MAIN(TestCodePointIndex)
#include "tst_codepointindex.moc"
