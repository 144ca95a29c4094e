#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(StatusConflictChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("confirmed vs not confirmed")
        << QStringList{u"id||{PER|Blinken} membenarkan bahwa pasukan {LOC|Korea Utara} telah dikerahkan ke {LOC|Rusia}."_s,
                       u"id||{LOC|Rusia} belum mengonfirmasi kehadiran pasukan {LOC|Korea Utara}."_s}
        << 1 << "medium" << "unconfirmed" << "confirmed in one article but not confirmed in another"
        << "belum dikonfirmasi";
    QTest::newRow("stated vs alleged") << QStringList{u"id||Pasukan {LOC|Korea Utara} menyerang {LOC|Kursk}."_s,
                                                      u"id||Pasukan {LOC|Korea Utara} diduga menyerang {LOC|Kursk}."_s}
                                       << 1 << "low" << "alleged" << "only alleged" << "hanya diduga";
    QTest::newRow("same article") << QStringList{u"id||Pasukan {LOC|Korea Utara} menyerang {LOC|Kursk}. Pasukan "
                                                 "{LOC|Korea Utara} diduga menyerang {LOC|Kursk}."_s}
                                  << 0 << "" << "" << "" << "";
    QTest::newRow("both alleged") << QStringList{u"id||Pasukan {LOC|Korea Utara} diduga menyerang {LOC|Kursk}."_s,
                                                 u"en||{LOC|Korea Utara} troops allegedly attacked {LOC|Kursk}."_s}
                                  << 0 << "" << "" << "" << "";
    QTest::newRow("allegation scoped to the sending")
        << QStringList{u"id||{PER|Blinken} membenarkan bahwa pasukan {LOC|Korea Utara} telah dikerahkan ke {LOC|Rusia}."_s,
                       u"id||Ratifikasi itu dilakukan di tengah tuduhan bahwa {LOC|Korea Utara} mengirim pasukan ke "
                       "{LOC|Rusia}."_s}
        << 1 << "medium" << "alleged" << "deployment is confirmed in one article but only alleged" << "hanya diduga";
    QTest::newRow("ratification is not what was alleged")
        << QStringList{u"id||{LOC|Rusia} meratifikasi pakta dengan {LOC|Korea Utara}."_s,
                       u"id||Ratifikasi itu dilakukan di tengah tuduhan bahwa {LOC|Korea Utara} mengirim pasukan ke "
                       "{LOC|Rusia}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("missiles are not the troops alleged")
        << QStringList{u"id||{LOC|Rusia} telah mengerahkan rudal {LOC|Korea Utara} di {LOC|Ukraina}."_s,
                       u"id||Ratifikasi itu dilakukan di tengah tuduhan bahwa {LOC|Korea Utara} mengirim pasukan ke "
                       "{LOC|Rusia}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("english denied")
        << QStringList{u"en||{LOC|Russia} denied that troops were deployed to {LOC|Kursk}."_s,
                       u"id||Pasukan dikerahkan ke {LOC|Kursk}."_s}
        << 1 << "low" << "denied" << "denied in another" << "dibantah";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_status.moc"
