#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(CorroborationChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("signing reported by three")
        << QStringList{u"id||{PER|Putin} dan {PER|Kim} menandatangani pakta pada {DATE|Juni 2024|2024-06}."_s,
                       u"id||Pakta ditandatangani oleh {PER|Kim} pada {DATE|bulan Juni|2024-06|rel}."_s,
                       u"id||Pada {DATE|Rabu (19/6/2024)|2024-06-19|wd=3} mereka menandatangani perjanjian."_s}
        << 1 << "info" << "2024-06,2024-06-19" << "signing dated June 2024 is reported consistently by 3 articles"
        << "Penandatanganan pada Juni 2024";
    QTest::newRow("dates disagree")
        << QStringList{u"id||{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|Februari 2022|2022-02}."_s,
                       u"id||{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|Februari 2024|2024-02}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("figure reported by three")
        << QStringList{u"id||Sebanyak {QTY|3.400|3400|exact|warga} warga mengungsi."_s,
                       u"id||Jumlah pengungsi mencapai {QTY|3.400 jiwa|3400|exact|jiwa}."_s,
                       u"en||About {QTY|3,400|3400|about|residents} residents were evacuated."_s}
        << 1 << "info" << "3400" << "reported consistently by 3 articles" << "3 artikel";
    QTest::newRow("single article")
        << QStringList{u"id||{PER|Putin} dan {PER|Kim} menandatangani pakta pada {DATE|Juni 2024|2024-06}."_s} << 0
        << ""
        << "" << "" << "";
    QTest::newRow("figures disagree") << QStringList{u"id||Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                                                     u"id||Sebanyak {QTY|15 orang|15|exact|orang} meninggal."_s}
                                      << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_corroboration.moc"
