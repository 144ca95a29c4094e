#pragma once

// Data-driven rows for one checker: articles written with inline marks (MarkedArticle.h),
// how many findings the checker must report, and what the first one says.

#include "MarkedArticle.h"
#include "checks/Checkers.h"

#include <QTest>

#include <algorithm>

namespace fc::test {

inline void addCheckerColumns()
{
    QTest::addColumn<QStringList>("docs"); // "lang|published|marked text"
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("values");    // first finding's values, comma-joined
    QTest::addColumn<QString>("summary");   // a part of the English summary
    QTest::addColumn<QString>("summaryId"); // a part of the Indonesian summary
}

inline QList<Finding> runChecker(const Checker &checker, const Report &report)
{
    const CheckContext context(report);
    QList<Finding> findings = checker.check(context);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.key < b.key; });
    return findings;
}

inline void verifyFindings(const Checker &checker, const Report &report, const QList<Finding> &findings)
{
    QFETCH(int, count);
    QFETCH(QString, severity);
    QFETCH(QString, values);
    QFETCH(QString, summary);
    QFETCH(QString, summaryId);
    QStringList got;
    for (const Finding &f : findings)
        got.append(f.summary);
    QVERIFY2(findings.size() == count, qPrintable(got.join(QLatin1String(" // "))));
    for (const Finding &f : findings) {
        QCOMPARE(f.kind, checker.kind());
        QVERIFY(!f.key.isEmpty());
        QVERIFY(!f.summary.isEmpty());
        QVERIFY(!f.summaryId.isEmpty());
        QVERIFY(!f.evidence.isEmpty());
        for (const Evidence &e : f.evidence) {
            const Article *a = report.article(e.doc);
            QVERIFY(a);
            QVERIFY(!e.span.isEmpty());
            QCOMPARE(e.text, a->textOf(e.span).toString());
        }
    }
    if (count == 0)
        return;
    const Finding &f = findings.first();
    QCOMPARE(severityCode(f.severity), severity);
    QCOMPARE(f.values.join(QLatin1Char(',')), values);
    QVERIFY2(f.summary.contains(summary), qPrintable(f.summary));
    QVERIFY2(f.summaryId.contains(summaryId), qPrintable(f.summaryId));
    // The same texts analysed again give the same key.
    const QList<Finding> again = runChecker(checker, report);
    QCOMPARE(again.first().key, f.key);
}

inline void verifyCheckerRow(const Checker &checker)
{
    QFETCH(QStringList, docs);
    const Report report = markedReport(docs);
    verifyFindings(checker, report, runChecker(checker, report));
}

} // namespace fc::test
