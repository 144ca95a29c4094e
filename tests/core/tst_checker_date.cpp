#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(DateConflictChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("invasion year")
        << QStringList{u"id|2024-11-12|{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|Februari 2022|2022-02}."_s,
                       u"id|2024-11-09|Sejak {LOC|Rusia} melancarkan invasi ke {LOC|Ukraina} pada {DATE|Februari "
                       "2024|2024-02}."_s}
        << 1 << "high" << "2022-02,2024-02" << "date of the invasion: February 2022 vs February 2024"
        << "Februari 2022 vs Februari 2024";
    QTest::newRow("day within month agrees")
        << QStringList{u"id||{PER|Putin} dan {PER|Kim} menandatangani pakta pada {DATE|19 Juni 2024|2024-06-19}."_s,
                       u"id||Pakta itu ditandatangani {PER|Putin} pada {DATE|Juni 2024|2024-06}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("flood day, explicit")
        << QStringList{u"id|2025-03-04|Banjir melanda {LOC|Garut} pada {DATE|Senin (3/3/2025)|2025-03-03|wd=1} malam."_s,
                       u"id|2025-03-05|Banjir terjadi di {LOC|Garut} pada {DATE|Minggu (2/3/2025)|2025-03-02|wd=7} "
                       "malam."_s}
        << 1 << "high" << "2025-03-02,2025-03-03" << "2 March 2025 vs 3 March 2025" << "banjir";
    QTest::newRow("relative date is medium")
        << QStringList{u"id|2025-03-04|Banjir melanda {LOC|Garut} pada {DATE|3/3/2025|2025-03-03}."_s,
                       u"en|2025-03-05|The flood hit {LOC|Garut} on {DATE|Sunday|2025-03-02|rel} night."_s}
        << 1 << "medium" << "2025-03-02,2025-03-03" << "flood" << "banjir";
    QTest::newRow("explicit pair stays high beside a relative date")
        << QStringList{u"id|2025-03-04|Banjir melanda {LOC|Garut} pada {DATE|3/3/2025|2025-03-03}."_s,
                       u"id|2025-03-05|Banjir terjadi di {LOC|Garut} pada {DATE|2/3/2025|2025-03-02}."_s,
                       u"en|2025-03-05|The flood hit {LOC|Garut} on {DATE|Monday|2025-03-03|rel} night."_s}
        << 1 << "high" << "2025-03-02,2025-03-03" << "2 March 2025 vs 3 March 2025" << "banjir";
    QTest::newRow("meetings repeat")
        << QStringList{u"id||{PER|Putin} bertemu {PER|Kim} pada {DATE|September 2023|2023-09}."_s,
                       u"id||{PER|Putin} bertemu {PER|Kim} pada {DATE|Juni 2024|2024-06}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("no shared participant")
        << QStringList{u"id||Banjir melanda {LOC|Garut} pada {DATE|3/3/2025|2025-03-03}."_s,
                       u"id||Banjir melanda {LOC|Bandung} pada {DATE|2/3/2025|2025-03-02}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("one article, two dates")
        << QStringList{u"id||Banjir melanda {LOC|Garut} pada {DATE|3/3/2025|2025-03-03}. Banjir melanda {LOC|Garut} "
                       "pada {DATE|2/3/2025|2025-03-02}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("forecast")
        << QStringList{u"id||Banjir melanda {LOC|Garut} pada {DATE|3/3/2025|2025-03-03}."_s,
                       u"id||Banjir diperkirakan akan melanda {LOC|Garut} pada {DATE|10/3/2025|2025-03-10}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("unanchored relative date")
        << QStringList{u"id||{PER|Kim} meratifikasi pakta pada {DATE|Senin|2024-11-11|rel|unanchored}."_s,
                       u"id||{PER|Kim} meratifikasi pakta pada {DATE|Oktober 2024|2024-10}."_s}
        << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_date.moc"
