#include "CheckerRows.h"

using namespace Qt::StringLiterals;

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
        << QStringList{u"id||{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, mengatakan banjir surut."_s,
                       u"id||{TITLE|Sekretaris BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, mengatakan banjir surut."_s}
        << 1 << "medium" << "head,secretary" << "\"Kepala BPBD Garut\" vs \"Sekretaris BPBD Garut\""
        << "jabatan yang berbeda";
    QTest::newRow("same role") << QStringList{u"id||{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, berkata."_s,
                                              u"id||{TITLE|Kepala BPBD Garut} {PER|Rahmat Hidayat=rahmat} berkata."_s}
                               << 0 << "" << "" << "" << "";
    QTest::newRow("two posts at two organisations")
        << QStringList{u"id||{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, berkata."_s,
                       u"id||{TITLE|Sekretaris Dinas Sosial}, {PER|Rahmat Hidayat=rahmat}, berkata."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("english apposition")
        << QStringList{u"en||{PER|Rahmat Hidayat=rahmat}, {TITLE|head} of the Garut agency ({ORG|BPBD}), said."_s,
                       u"id||{TITLE|Sekretaris BPBD Garut}, {PER|Rahmat Hidayat=rahmat}, berkata."_s}
        << 1 << "medium" << "head,secretary" << "\"head\" vs \"Sekretaris BPBD Garut\"" << "Rahmat Hidayat";
    QTest::newRow("president vs supreme leader")
        << QStringList{u"id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."_s,
                       u"id||{TITLE|Pemimpin Tertinggi} {LOC|Korea Utara} ({LOC|Korut=korea utara}) {PER|Kim Jong "
                       "Un=kim} tiba."_s}
        << 1 << "medium" << "leader,president" << "\"Presiden\" vs \"Pemimpin Tertinggi\"" << "Kim Jong Un";
    QTest::newRow("title in lower case")
        << QStringList{u"id||{PER|Putin} bertemu pemimpin {LOC|Korea Utara} {PER|Kim Jong Un=kim} di {LOC|Pyongyang}."_s,
                       u"id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."_s}
        << 1 << "medium" << "leader,president" << "\"pemimpin Korea Utara\" vs \"Presiden\"" << "Kim Jong Un";
    QTest::newRow("every wording of a role")
        << QStringList{u"id||{PER|Putin} bertemu pemimpin {LOC|Korea Utara} {PER|Kim Jong Un=kim} di {LOC|Pyongyang}."_s,
                       u"id||{TITLE|Pemimpin Tertinggi} {LOC|Korea Utara} ({LOC|Korut=korea utara}) {PER|Kim Jong "
                       "Un=kim} tiba."_s,
                       u"id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."_s}
        << 1 << "medium" << "leader,president" << "\"pemimpin Korea Utara\" / \"Pemimpin Tertinggi\" vs \"Presiden\""
        << "Kim Jong Un";
    QTest::newRow("a lower-case word that is no title")
        << QStringList{u"id||{PER|Putin} bertemu warga {LOC|Korea Utara} {PER|Kim Jong Un=kim} di {LOC|Pyongyang}."_s,
                       u"id||{TITLE|Presiden} {LOC|Korea Utara}, {PER|Kim Jong Un=kim}, tiba."_s}
        << 0 << "" << "" << "" << "";
    // The organisation named only inside the title: "of the" and "of" link the same one.
    QTest::newRow("english title names its organisation")
        << QStringList{u"en||{TITLE|Minister of the Interior}, {PER|John Roe=roe}, said."_s,
                       u"en||{TITLE|Deputy Minister of Interior}, {PER|John Roe=roe}, said."_s}
        << 1 << "medium" << "deputy minister,minister" << "Minister of" << "jabatan yang berbeda";
    QTest::newRow("english titles at two organisations")
        << QStringList{u"en||{TITLE|Minister of the Interior}, {PER|John Roe=roe}, said."_s,
                       u"en||{TITLE|Deputy Minister of Finance}, {PER|John Roe=roe}, said."_s}
        << 0 << "" << "" << "" << "";
    QTest::newRow("leader and supreme leader agree")
        << QStringList{u"id||{TITLE|Pemimpin} {LOC|Korea Utara} {PER|Kim Jong Un=kim} tiba."_s,
                       u"id||{TITLE|Pemimpin Tertinggi} {LOC|Korea Utara} {PER|Kim Jong Un=kim} tiba."_s}
        << 0 << "" << "" << "" << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_title.moc"
