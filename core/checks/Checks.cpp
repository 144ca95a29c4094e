#include "Checks.h"

#include "CheckContext.h"
#include "Checkers.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace fc {

namespace {

struct EvidenceOrder
{
    QHash<QString, int> docIndex;
    int doc(const QString &id) const { return docIndex.value(id, std::numeric_limits<int>::max()); }
    bool operator()(const Evidence &a, const Evidence &b) const
    {
        if (doc(a.doc) != doc(b.doc))
            return doc(a.doc) < doc(b.doc);
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.end != b.span.end)
            return a.span.end < b.span.end;
        return a.value < b.value;
    }
};

QString evidenceKey(const Evidence &e)
{
    return e.doc + QLatin1Char('|') + QString::number(e.span.start) + QLatin1Char('|') + QString::number(e.span.end);
}

// Adds the other finding's evidence not seen yet; `seen` remembers the target's evidence so
// merging many findings into one stays linear.
void mergeInto(Finding &target, QSet<QString> &seen, const Finding &other)
{
    for (const Evidence &e : other.evidence) {
        const QString k = evidenceKey(e);
        if (!seen.contains(k)) {
            seen.insert(k);
            target.evidence.append(e);
        }
    }
    target.severity = std::min(target.severity, other.severity);
}

} // namespace

QList<Finding> runChecks(const Report &report)
{
    const CheckContext context(report);
    // The same finding can come from two events (two blocking keys reaching the same claims):
    // its key decides, and the evidence is merged.
    QMap<QString, Finding> byKey;
    QStringList order;
    QHash<QString, QSet<QString>> seenEvidence;
    for (const auto &checker : allCheckers()) {
        for (Finding &f : checker->check(context)) {
            auto it = byKey.find(f.key);
            if (it == byKey.end()) {
                QSet<QString> &seen = seenEvidence[f.key];
                for (const Evidence &e : std::as_const(f.evidence))
                    seen.insert(evidenceKey(e));
                byKey.insert(f.key, f);
                order.append(f.key);
            } else {
                mergeInto(*it, seenEvidence[f.key], f);
            }
        }
    }
    EvidenceOrder evidenceOrder;
    for (int i = 0; i < report.articles.size(); ++i)
        evidenceOrder.docIndex.insert(report.articles.at(i).id, i);
    QList<Finding> findings;
    findings.reserve(byKey.size());
    for (const QString &key : std::as_const(order)) {
        Finding f = byKey.value(key);
        std::stable_sort(f.evidence.begin(), f.evidence.end(), evidenceOrder);
        findings.append(f);
    }
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        const bool ae = a.evidence.isEmpty(), be = b.evidence.isEmpty();
        if (ae != be)
            return !ae;
        if (!ae) {
            const Evidence &x = a.evidence.first(), &y = b.evidence.first();
            if (evidenceOrder.doc(x.doc) != evidenceOrder.doc(y.doc))
                return evidenceOrder.doc(x.doc) < evidenceOrder.doc(y.doc);
            if (x.span.start != y.span.start)
                return x.span.start < y.span.start;
        }
        return a.key < b.key;
    });
    for (int i = 0; i < findings.size(); ++i)
        findings[i].id = QStringLiteral("f%1").arg(i + 1);
    return findings;
}

} // namespace fc
