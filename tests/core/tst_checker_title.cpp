#include "CheckerRows.h"

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(TitleConflictChecker()); }
};

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("head vs secretary")
        << QStringList{"id||{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, mengatakan banjir surut.",
                       "id||{TITLE|Sekretaris BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, mengatakan banjir surut."}
        << 1 << "medium" << "head,secretary" << "\"Kepala BPBD Garut\" vs \"Sekretaris BPBD Garut\""
        << "jabatan yang berbeda";
    QTest::newRow("same role") << QStringList{"id||{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, berkata.",
                                              "id||{TITLE|Kepala BPBD Garut} {PER|Rahmat Hidayat=rahmat} berkata."}
                               << 0 << "" << "" << "" << "";
    QTest::newRow("two posts at two organisations")
        << QStringList{"id||{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, berkata.",
                       "id||{TITLE|Sekretaris Dinas Sosial}, {PER|Rahmat Hidayat=rahmat}, berkata."}
        << 0 << "" << "" << "" << "";
    QTest::newRow("english apposition")
        << QStringList{"en||{PER|Rahmat Hidayat=rahmat}, {TITLE|head} of the Garut agency ({ORG|BPBD}), said.",
                       "id||{TITLE|Sekretaris BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, berkata."}
        << 1 << "medium" << "head,secretary" << "\"head\" vs \"Sekretaris BPBD Garut\"" << "Rahmat Hidayat";
    QTest::newRow("president vs supreme leader")
        << QStringList{"id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba.",
                       "id||{TITLE|Pemimpin Tertinggi} {LOC|Korea Utara} ({LOC|Korut=korea utara}) {PER|Kim Jong "
                       "Un=kim} tiba."}
        << 1 << "medium" << "leader,president" << "\"Presiden\" vs \"Pemimpin Tertinggi\"" << "Kim Jong Un";
    QTest::newRow("title in lower case")
        << QStringList{"id||{PER|Putin} bertemu pemimpin {LOC|Korea Utara} {PER|Kim Jong Un=kim} di {LOC|Pyongyang}.",
                       "id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."}
        << 1 << "medium" << "leader,president" << "\"pemimpin Korea Utara\" vs \"Presiden\"" << "Kim Jong Un";
    QTest::newRow("every wording of a role")
        << QStringList{"id||{PER|Putin} bertemu pemimpin {LOC|Korea Utara} {PER|Kim Jong Un=kim} di {LOC|Pyongyang}.",
                       "id||{TITLE|Pemimpin Tertinggi} {LOC|Korea Utara} ({LOC|Korut=korea utara}) {PER|Kim Jong "
                       "Un=kim} tiba.",
                       "id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."}
        << 1 << "medium" << "leader,president" << "\"pemimpin Korea Utara\" / \"Pemimpin Tertinggi\" vs \"Presiden\""
        << "Kim Jong Un";
    QTest::newRow("a lower-case word that is no title")
        << QStringList{"id||{PER|Putin} bertemu warga {LOC|Korea Utara} {PER|Kim Jong Un=kim} di {LOC|Pyongyang}.",
                       "id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."}
        << 0 << "" << "" << "" << "";
    // The organisation named only inside the title: "of the" and "of" link the same one.
    QTest::newRow("english title names its organisation")
        << QStringList{"en||{TITLE|Minister of the Interior}, {PER|John Roe=roe}, said.",
                       "en||{TITLE|Deputy Minister of Interior}, {PER|John Roe=roe}, said."}
        << 1 << "medium" << "deputy minister,minister" << "Minister of" << "jabatan yang berbeda";
    QTest::newRow("english titles at two organisations")
        << QStringList{"en||{TITLE|Minister of the Interior}, {PER|John Roe=roe}, said.",
                       "en||{TITLE|Deputy Minister of Finance}, {PER|John Roe=roe}, said."}
        << 0 << "" << "" << "" << "";
    QTest::newRow("leader and supreme leader agree")
        << QStringList{"id||{TITLE|Pemimpin} {LOC|Korea Utara} {PER|Kim Jong Un=kim} tiba.",
                       "id||{TITLE|Pemimpin Tertinggi} {LOC|Korea Utara} {PER|Kim Jong Un=kim} tiba."}
        << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_title.moc"
