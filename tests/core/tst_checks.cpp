#include "MarkedArticle.h"
#include "checks/Checks.h"

#include <QTest>

using namespace fc;

// runChecks as a whole: every checker runs, findings merge by key, come back sorted by
// severity, kind, first evidence, and are numbered f1.. the same way on every run.
class TestChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortedAndNumbered();
    void deterministic();
    void keysSurviveReordering();
    void emptyReport();

private:
    static QStringList story();
};

QStringList TestChecks::story()
{
    return {
        QStringLiteral(
            "id|2025-03-04|Banjir melanda {LOC|Garut} pada {DATE|Selasa (3/3/2025)|2025-03-03|wd=2} malam. "
            "{TITLE|Kepala BPBD Garut}, {PER|Rahmat Hidayat=r}, mengatakan {QTY|12 orang|12|exact|orang} meninggal. "
            "Menurut {ORG|BPBD}, sekitar {QTY|1.200|1200|about|rumah} rumah terendam dan {QTY|3.400|3400|exact|warga} "
            "warga mengungsi."),
        QStringLiteral(
            "id|2025-03-05|Banjir terjadi di {LOC|Garut} pada {DATE|Minggu (2/3/2025)|2025-03-02|wd=7} malam. "
            "{TITLE|Sekretaris BPBD Garut}, {PER|Rahmat Hidayah=r}, mengatakan korban meninggal bertambah menjadi "
            "{QTY|15 orang|15|exact|orang}. "
            "Data {ORG|BNPB} mencatat lebih dari {QTY|2.000|2000|more_than|rumah} rumah terendam dan {QTY|3.400 "
            "jiwa|3400|exact|jiwa} mengungsi."),
        QStringLiteral("en|2025-03-05|{PER|Rahmat Hidayat=r} said {QTY|3,400|3400|exact|residents} residents were "
                       "evacuated and the text stops mi"),
    };
}

void TestChecks::sortedAndNumbered()
{
    Report report = test::markedReport(story());
    report.articles[2].truncated = true;
    const QList<Finding> findings = runChecks(report);
    QStringList kinds;
    for (const Finding &f : findings)
        kinds.append(severityCode(f.severity) + QLatin1Char(':') + f.kind);
    QCOMPARE(kinds.join(QLatin1Char(' ')),
             QStringLiteral(
                 "high:date_conflict medium:quantity_conflict medium:title_conflict medium:truncated_text "
                 "medium:weekday_mismatch low:attribution_conflict low:name_variant low:revision info:corroboration"));
    for (int i = 0; i < findings.size(); ++i) {
        QCOMPARE(findings[i].id, QStringLiteral("f%1").arg(i + 1));
        // Evidence in document order, then by position.
        for (int k = 1; k < findings[i].evidence.size(); ++k) {
            const Evidence &a = findings[i].evidence[k - 1], &b = findings[i].evidence[k];
            QVERIFY(a.doc < b.doc || (a.doc == b.doc && a.span.start <= b.span.start));
        }
    }
}

void TestChecks::deterministic()
{
    const Report report = test::markedReport(story());
    const QList<Finding> a = runChecks(report);
    const QList<Finding> b = runChecks(test::markedReport(story()));
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].id, b[i].id);
        QCOMPARE(a[i].key, b[i].key);
        QCOMPARE(a[i].summary, b[i].summary);
        QCOMPARE(a[i].summaryId, b[i].summaryId);
        QCOMPARE(a[i].evidence.size(), b[i].evidence.size());
    }
}

void TestChecks::keysSurviveReordering()
{
    // Review decisions hang on the key: opening the same articles in another order must not
    // change what each finding is called.
    QStringList reversed = story();
    std::reverse(reversed.begin(), reversed.end());
    QStringList a, b;
    for (const Finding &f : runChecks(test::markedReport(story())))
        a.append(f.key);
    for (const Finding &f : runChecks(test::markedReport(reversed)))
        b.append(f.key);
    a.sort();
    b.sort();
    QCOMPARE(a, b);
}

void TestChecks::emptyReport()
{
    QVERIFY(runChecks(Report()).isEmpty());
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
