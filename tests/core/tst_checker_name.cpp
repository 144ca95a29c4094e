#include "CheckerRows.h"

using namespace Qt::StringLiterals;

using namespace fc;

class TestChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check() { test::verifyCheckerRow(NameVariantChecker()); }
    void knowledgeBaseSpelling();
};

void TestChecker::knowledgeBaseSpelling()
{
    Report report = test::markedReport({QStringLiteral("id||{PER|Xi Jinpin=xi} datang."),
                                        QStringLiteral("id||{PER|Xi Jinpin=xi} datang. {PER|Xi=xi} pergi."),
                                        QStringLiteral("id||{PER|Xi Jinping=xi} datang.")});
    report.entities.first().kb = QStringLiteral("Q15031");
    report.entities.first().name = QStringLiteral("Xi Jinping");
    const QList<Finding> findings = test::runChecker(NameVariantChecker(), report);
    QCOMPARE(findings.size(), 1);
    // The knowledge base wins over the majority.
    QVERIFY2(findings.first().summary.contains(u"the knowledge base spells it \"Xi Jinping\""),
             qPrintable(findings.first().summary));
    QCOMPARE(findings.first().values, (QStringList{QStringLiteral("Xi Jinping"), QStringLiteral("Xi Jinpin")}));
    QCOMPARE(findings.first().evidence.size(), 3);
    QVERIFY(findings.first().key.contains(u"Q15031"));
}

void TestChecker::check_data()
{
    test::addCheckerColumns();
    QTest::newRow("misspelt given name")
        << QStringList{u"id||{PER|Kim Jong Un=kim} tiba. {PER|Kim Jong Un=kim} pergi."_s,
                       u"id||{PER|Kim Jon Un=kim} tiba."_s}
        << 1 << "low" << "Kim Jong Un,Kim Jon Un"
        << "most mentions spell it \"Kim Jong Un\"" << "sebagian besar";
    QTest::newRow("surname only is a short form")
        << QStringList{u"id||{PER|Kim Jong Un=kim} tiba."_s, u"id||{PER|Kim=kim} tiba."_s} << 0 << "" << "" << "" << "";
    QTest::newRow("case only") << QStringList{u"id||{PER|Kim Jong Un=kim} tiba."_s,
                                              u"id||{PER|Kim Jong un=kim} tiba."_s}
                               << 0 << "" << "" << "" << "";
    QTest::newRow("place names across languages")
        << QStringList{u"id||{LOC|Rusia=ru} menyerang."_s, u"en||{LOC|Russia=ru} attacked."_s} << 0 << "" << "" << ""
        << "";
    QTest::newRow("surname spelt two ways")
        << QStringList{u"id||{PER|Volodymyr Zelensky=z} berbicara. {PER|Volodymyr Zelensky=z} pergi."_s,
                       u"id||Presiden {PER|Zelenskyy=z} berbicara."_s}
        << 1 << "low" << "Volodymyr Zelensky,Zelenskyy" << "(\"Zelenskyy\")" << "Zelenskyy";
    QTest::newRow("one letter at the end")
        << QStringList{u"id||{PER|Rahmat Hidayat=r} berkata."_s, u"id||{PER|Rahmat Hidayat=r} berkata."_s,
                       u"id||{PER|Rahmat Hidayah=r} berkata."_s}
        << 1 << "low" << "Rahmat Hidayat,Rahmat Hidayah" << "Rahmat Hidayah" << "Rahmat Hidayah";
    QTest::newRow("one spelling the knowledge base spells otherwise")
        << QStringList{u"id||Menteri Luar Negeri AS {PER|Anthony Blinken=b} tiba."_s} << 1 << "low"
        << "Antony Blinken,Anthony Blinken" << "the knowledge base spells it \"Antony Blinken\"" << "Anthony Blinken";
    QTest::newRow("one spelling as the knowledge base has it")
        << QStringList{u"id||Menteri Luar Negeri AS {PER|Antony Blinken=b} tiba."_s} << 0 << "" << "" << "" << "";
    QTest::newRow("different people stay apart")
        << QStringList{u"id||{PER|Andi Pratama=a} berkata."_s, u"id||{PER|Andi Prasetyo=b} berkata."_s} << 0 << "" << ""
        << ""
        << "";
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker_name.moc"
