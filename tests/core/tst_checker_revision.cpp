#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(RevisionChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("toll rises")
        << QStringList{u"id|2025-03-04|Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                       u"id|2025-03-05|Korban meninggal bertambah menjadi {QTY|15 orang|15|exact|orang}."_s}
        << 1 << "low" << "12,15" << "from 12 orang to 15 orang" << "bukan kontradiksi";
    QTest::newRow("english revised to")
        << QStringList{u"id|2025-03-04|Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                       u"en|2025-03-05|The number of people killed was revised to {QTY|15|15|exact|people}."_s}
        << 1 << "low" << "12,15" << "from 12 orang to 15;" << "merevisi";
    QTest::newRow("revision older than the figure")
        << QStringList{u"id|2025-03-06|Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                       u"id|2025-03-05|Korban meninggal bertambah menjadi {QTY|15 orang|15|exact|orang}."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("no revision cue")
        << QStringList{u"id|2025-03-04|Sebanyak {QTY|12 orang|12|exact|orang} meninggal."_s,
                       u"id|2025-03-05|Sebanyak {QTY|15 orang|15|exact|orang} meninggal."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("same figure")
        << QStringList{u"id|2025-03-04|Sebanyak {QTY|15 orang|15|exact|orang} meninggal."_s,
                       u"id|2025-03-05|Korban meninggal bertambah menjadi {QTY|15 orang|15|exact|orang}."_s}
        << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_revision.moc"
