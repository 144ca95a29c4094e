#include "CheckerRows.h"

using namespace fc;

class TestCheckerTruncated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
};

void TestCheckerTruncated::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<int>("spanStart"); // -1: let the checker choose the last words
    QTest::addColumn<QString>("evidence");

    QTest::newRow("cut mid-word, span given")
        << QStringLiteral("Banjir melanda desa dan merenda") << true << 24 << QStringLiteral("merenda");
    QTest::newRow("cut, no span") << QStringLiteral("Banjir melanda desa dan merenda") << true << -1
                                  << QStringLiteral("desa dan merenda");
    QTest::newRow("complete") << QStringLiteral("Banjir melanda desa.") << false << -1 << QString();
}

void TestCheckerTruncated::check()
{
    QFETCH(QString, text);
    QFETCH(bool, truncated);
    QFETCH(int, spanStart);
    QFETCH(QString, evidence);
    Report report = test::markedReport({QStringLiteral("id||") + text});
    Article &a = report.articles.first();
    a.truncated = truncated;
    if (spanStart >= 0)
        a.truncationSpan = Span{spanStart, a.text.size()};
    a.meta.outlet = QStringLiteral("Kabar Uji");
    const QList<Finding> findings = test::runChecker(TruncatedTextChecker(), report);
    QCOMPARE(findings.size(), truncated ? 1 : 0);
    if (!truncated)
        return;
    const Finding &f = findings.first();
    QCOMPARE(f.kind, QStringLiteral("truncated_text"));
    QCOMPARE(severityCode(f.severity), QStringLiteral("medium"));
    QCOMPARE(f.evidence.size(), 1);
    QCOMPARE(f.evidence.first().text, evidence);
    QVERIFY(f.summary.contains(u"Kabar Uji"));
    QVERIFY(f.summaryId.contains(u"terpotong"));
    // The key follows the text, not the position in the input list.
    Report moved = report;
    moved.articles.first().id = QStringLiteral("d7");
    QCOMPARE(test::runChecker(TruncatedTextChecker(), moved).first().key, f.key);
}

QTEST_GUILESS_MAIN(TestCheckerTruncated)
#include "tst_checker_truncated.moc"
