#include "TestPaths.h"

#include "lang/en/EnglishPredicates.h"
#include "lang/en/EnglishTitles.h"
#include "lang/id/Morphology.h"
#include "lang/id/Predicates.h"
#include "lang/id/Titles.h"

#include <QFile>
#include <QTest>

using namespace fc;

// The language rules are tested by the example tables kept beside them: adding a case is
// adding a line to core/lang/<lang>/examples/*.tsv.
class TestClaimsMorphology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indonesianPredicates_data() { table(QStringLiteral("core/lang/id/examples/predicates.tsv")); }
    void indonesianPredicates();
    void indonesianRoots_data() { table(QStringLiteral("core/lang/id/examples/roots.tsv")); }
    void indonesianRoots();
    void englishPredicates_data() { table(QStringLiteral("core/lang/en/examples/predicates.tsv")); }
    void englishPredicates();
    void indonesianTitles_data() { table(QStringLiteral("core/lang/id/examples/titles.tsv")); }
    void indonesianTitles();
    void englishTitles_data() { table(QStringLiteral("core/lang/en/examples/titles.tsv")); }
    void englishTitles();

private:
    static void table(const QString &relative);
};

void TestClaimsMorphology::table(const QString &relative)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QFile file(test::sourcePath(relative));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(relative));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        QVERIFY2(cols.size() == 2, qPrintable(relative + QLatin1String(": ") + line));
        const QString expected = cols.at(1) == u"-" ? QString() : cols.at(1);
        QTest::newRow(qPrintable(cols.at(0))) << cols.at(0) << expected;
        ++rows;
    }
    QVERIFY(rows > 5);
}

void TestClaimsMorphology::indonesianPredicates()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(lang::id::predicateKey(input), expected);
}

void TestClaimsMorphology::indonesianRoots()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QStringList roots = lang::id::rootCandidates(input);
    QVERIFY2(roots.contains(expected), qPrintable(roots.join(QLatin1Char(' '))));
    QCOMPARE(roots.first(), input.toLower());
}

void TestClaimsMorphology::englishPredicates()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(lang::en::predicateKey(input), expected);
}

void TestClaimsMorphology::indonesianTitles()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(lang::id::titleRole(input), expected);
}

void TestClaimsMorphology::englishTitles()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(lang::en::titleRole(input), expected);
}

QTEST_GUILESS_MAIN(TestClaimsMorphology)
#include "tst_claims_morphology.moc"
