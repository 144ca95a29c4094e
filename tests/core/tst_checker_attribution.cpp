#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(AttributionConflictChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("same figure, two sources")
        << QStringList{u"id||{ORG|Kementerian Pertahanan} mengatakan sekitar {QTY|10.000|10000|about|tentara} tentara "
                       "dikerahkan."_s,
                       u"id||{ORG|Pemerintah AS} mengonfirmasi {QTY|10.000|10000|about|tentara} tentara telah "
                       "dikerahkan."_s}
        << 1 << "low" << "Kementerian Pertahanan,Pemerintah AS"
        << "attributed to different sources: Kementerian Pertahanan and Pemerintah AS" << "dikaitkan";
    QTest::newRow("same source")
        << QStringList{u"id||{PER|Zelensky} mengatakan {QTY|11.000|11000|exact|tentara} tentara dikirim."_s,
                       u"id||Menurut {PER|Zelensky}, {QTY|11.000|11000|exact|tentara} tentara dikirim."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("one unattributed")
        << QStringList{u"id||{PER|Zelensky} mengatakan {QTY|11.000|11000|exact|tentara} tentara dikirim."_s,
                       u"id||Sebanyak {QTY|11.000|11000|exact|tentara} tentara dikirim."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("both sources in one article")
        << QStringList{u"id||{PER|Zelensky} mengatakan {QTY|11.000|11000|exact|tentara} tentara dikirim. Menurut "
                       "{ORG|NATO}, {QTY|11.000|11000|exact|tentara} tentara dikirim."_s}
        << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_attribution.moc"
