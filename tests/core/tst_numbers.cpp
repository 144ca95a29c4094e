// Numerals and number words of both languages, driven by core/lang/{id,en}/examples/numbers.tsv.
#include "ExampleTables.h"
#include "TestPaths.h"

#include "lang/Language.h"
#include "quantity/NumberParser.h"

#include <QFile>
#include <QTest>

using namespace fc;

class TestNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void vagueWords();
};

void TestNumbers::examples_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QString error;
    const QList<test::ExampleRow> rows = test::exampleRows(QStringLiteral("numbers.tsv"), 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const test::ExampleRow &r : rows)
        QTest::addRow("%s %s", qPrintable(r.name()), qPrintable(r.cells[0])) << r.language << r.cells[0] << r.cells[1];
    QVERIFY(!rows.isEmpty());
}

void TestNumbers::examples()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, value);
    const auto parsed = numberParser(language).parse(text);
    if (value == u"-") {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, value.toDouble());
}

void TestNumbers::vagueWords()
{
    const auto n = numberParser(QStringLiteral("id")).wordsAt(u"puluhan ribu orang", 0);
    QVERIFY(n && n->vague);
    QCOMPARE(n->value, 20000.0);
    QCOMPARE(n->high, 99000.0);
    QCOMPARE(n->end, 12);
    const auto e = numberParser(QStringLiteral("en")).wordsAt(u"hundreds of homes", 0);
    QVERIFY(e && e->vague);
    QCOMPARE(e->value, 200.0);
}

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
