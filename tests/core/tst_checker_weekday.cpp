#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(WeekdayMismatchChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("tuesday on a monday")
        << QStringList{u"id||Banjir melanda pada {DATE|Selasa (3/3/2025)|2025-03-03|wd=2} malam."_s} << 1 << "medium"
        << "2025-03-03,2" << "\"Tuesday\" does not match 3 March 2025, which was a Monday" << "jatuh pada hari Senin";
    QTest::newRow("weekday matches")
        << QStringList{u"id||Banjir melanda pada {DATE|Senin (3/3/2025)|2025-03-03|wd=1} malam."_s} << 0 << "" << ""
        << ""
        << "";
    QTest::newRow("wednesday 19 June 2024")
        << QStringList{u"id||Pada {DATE|Rabu (19/6/2024)|2024-06-19|wd=3} mereka bertemu."_s} << 0 << "" << "" << ""
        << "";
    QTest::newRow("no weekday named") << QStringList{u"id||Pada {DATE|19 Juni 2024|2024-06-19} mereka bertemu."_s} << 0
                                      << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_weekday.moc"
