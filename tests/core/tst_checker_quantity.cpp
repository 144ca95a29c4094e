#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(QuantityConflictChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("named sources differ")
        << QStringList{u"id||{PER|Zelensky} mengatakan Korea Utara mengirim {QTY|11.000|11000|exact|tentara} tentara."_s,
                       u"id||{ORG|Kementerian Pertahanan} mengatakan sekitar {QTY|10.000|10000|about|tentara} tentara "
                       "dikerahkan."_s}
        << 1 << "medium" << "10000,11000" << "10.000 (Kementerian Pertahanan) vs 11.000 (Zelensky)"
        << "Sumber yang berbeda";
    QTest::newRow("no named source")
        << QStringList{u"id||Korea Utara mengirim {QTY|11.000|11000|exact|tentara} tentara."_s,
                       u"en||North Korea deployed {QTY|10,000|10000|exact|troops} troops."_s}
        << 1 << "high" << "10000,11000" << "different numbers of troops for the deployment" << "jumlah tentara";
    QTest::newRow("same source, two figures")
        << QStringList{u"id||Air naik hingga {QTY|2,5 meter|2.5|exact|meter}, kata {PER|Rahmat}."_s,
                       u"id||Menurut {PER|Rahmat}, air naik {QTY|3 meter|3|exact|meter}."_s}
        << 1 << "high" << "2.5,3" << "2,5 meter (Rahmat) vs 3 meter (Rahmat)" << "meter";
    QTest::newRow("at least overlaps") << QStringList{u"id||Sedikitnya {QTY|12 orang|12|at_least|orang} meninggal."_s,
                                                      u"id||Sebanyak {QTY|15 orang|15|exact|orang} meninggal."_s}
                                       << 0 << "" << "" << "" << "";
    QTest::newRow("later revision is no conflict")
        << QStringList{u"id|2025-03-04|Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                       u"id|2025-03-05|Korban meninggal bertambah menjadi {QTY|15 orang|15|exact|orang}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("revision published earlier is a conflict")
        << QStringList{u"id|2025-03-06|Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                       u"id|2025-03-05|Korban meninggal bertambah menjadi {QTY|15 orang|15|exact|orang}."_s}
        << 1 << "high" << "12,15" << "12 orang vs 15 orang" << "12 orang vs 15 orang";
    QTest::newRow("different counted things")
        << QStringList{u"id||Sebanyak {QTY|1.200|1200|exact|rumah} rumah terendam."_s,
                       u"id||Banjir merendam {QTY|300|300|exact|desa} desa."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("houses, more than vs about")
        << QStringList{u"id||Menurut {ORG|BPBD}, sekitar {QTY|1.200|1200|about|rumah} rumah terendam."_s,
                       u"en||According to {ORG|BNPB}, more than {QTY|2,000|2000|more_than|houses} houses were flooded."_s}
        << 1 << "medium" << "1200,2000" << "1.200 (BPBD) vs 2,000 (BNPB)" << "rumah";
    QTest::newRow("one article") << QStringList{u"id||Sebanyak {QTY|12 orang|12|exact|orang} meninggal. Lalu {QTY|15 "
                                                "orang|15|exact|orang} meninggal."_s}
                                 << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_quantity.moc"
