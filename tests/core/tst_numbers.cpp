// Numerals and number words of both languages, driven by core/lang/{id,en}/examples/numbers.tsv.
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
    for (const LanguageRules *rules : allLanguages()) { // every registered language
        const QByteArray code = rules->code.toLatin1();
        const char *language = code.constData();
        const QString path =
            test::sourcePath(QStringLiteral("core/lang/%1/examples/numbers.tsv").arg(QLatin1String(language)));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString row = QString::fromUtf8(file.readLine()).chopped(1);
            if (row.isEmpty() || row.startsWith(u'#'))
                continue;
            const QStringList f = row.split(u'\t');
            QVERIFY2(f.size() == 2, qPrintable(QStringLiteral("%1:%2: 2 columns expected").arg(path).arg(line)));
            QTest::addRow("%s:%d %s", language, line, qPrintable(f[0]))
                << QString::fromLatin1(language) << f[0] << f[1];
        }
    }
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
