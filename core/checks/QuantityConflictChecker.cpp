#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

constexpr qsizetype pairSearchCap = 64;

bool overlap(const ClaimRef &a, const ClaimRef &b)
{
    return a.low <= b.high && b.low <= a.high;
}

} // namespace

// Figures for the same counted thing of the same event family that cannot both be right.
// A later report that says it revises the figure is not a conflict (RevisionChecker covers it).
// When every figure on each side comes from a different named source, the finding says so and
// is one step less severe: the outlets may each report their source faithfully.
QList<Finding> QuantityConflictChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const auto &claims = context.claims();
    for (const QList<int> &group : context.figureGroups()) {
        QMap<QString, QList<int>> byValue; // "low|high" interval -> claims
        for (int i : group) {
            const ClaimRef &r = claims.at(i);
            if (r.c->modality == Modality::Expected)
                continue;
            byValue[QString::number(r.low, 'g', 12) + QLatin1Char('|') + QString::number(r.high, 'g', 12)].append(i);
        }
        if (byValue.size() < 2)
            continue;
        const QStringList keys = byValue.keys();
        QList<int> sides; // value classes in conflict
        for (int a = 0; a < keys.size(); ++a) {
            for (int b = a + 1; b < keys.size(); ++b) {
                const QList<int> &as = byValue.value(keys[a]);
                const QList<int> &bs = byValue.value(keys[b]);
                if (overlap(claims.at(as.first()), claims.at(bs.first())))
                    continue;
                // Look for one pair that neither shares an article nor is a revision. The
                // search is capped so a figure cited thousands of times stays linear.
                bool conflict = false;
                for (int i : as.mid(0, pairSearchCap)) {
                    for (int j : bs.mid(0, pairSearchCap)) {
                        const ClaimRef &x = claims.at(i);
                        const ClaimRef &y = claims.at(j);
                        if (x.article == y.article || revises(x, y) || revises(y, x))
                            continue;
                        conflict = true;
                        break;
                    }
                    if (conflict)
                        break;
                }
                if (conflict) {
                    if (!sides.contains(a))
                        sides.append(a);
                    if (!sides.contains(b))
                        sides.append(b);
                }
            }
        }
        if (sides.isEmpty())
            continue;
        std::sort(sides.begin(), sides.end(), [&](int a, int b) {
            return claims.at(byValue.value(keys[a]).first()).quantity->value
                < claims.at(byValue.value(keys[b]).first()).quantity->value;
        });
        Finding f;
        f.kind = kind();
        QStringList parts, values;
        QList<QSet<QString>> sourcesPerSide;
        bool everySideNamed = true;
        for (int s : std::as_const(sides)) {
            const QList<int> &members = byValue.value(keys[s]);
            const ClaimRef &r = claims.at(members.first());
            QStringList names;
            QSet<QString> sources;
            for (int i : members) {
                const ClaimRef &m = claims.at(i);
                f.evidence.append(quantityEvidence(m));
                if (m.source.isEmpty()) {
                    everySideNamed = false;
                } else {
                    sources.insert(m.source);
                    if (!names.contains(m.sourceName))
                        names.append(m.sourceName);
                }
            }
            sourcesPerSide.append(sources);
            const QString value = figureValue(r);
            if (!values.contains(value))
                values.append(value);
            parts.append(names.isEmpty() ? figureText(r)
                                         : figureText(r) + QLatin1String(" (") + names.join(QLatin1String(", "))
                                 + QLatin1Char(')'));
        }
        bool disjoint = everySideNamed;
        for (int a = 0; a < sourcesPerSide.size() && disjoint; ++a)
            for (int b = a + 1; b < sourcesPerSide.size() && disjoint; ++b)
                disjoint = !sourcesPerSide[a].intersects(sourcesPerSide[b]);
        const ClaimRef &first = claims.at(group.first());
        f.severity = disjoint ? Severity::Medium : Severity::High;
        const QString list = parts.join(QLatin1String(" vs "));
        const auto s =
            findingSummary(disjoint ? FindingTextId::QuantityConflictSources : FindingTextId::QuantityConflict,
                           {predicateNoun(first.c->predicate, false), nounClassName(first.nounClass, false), list},
                           {predicateNoun(first.c->predicate, true), nounClassName(first.nounClass, true), list});
        f.summary = s.en;
        f.summaryId = s.id;
        values.sort();
        f.values = values;
        f.key = f.kind + QLatin1Char('|') + first.c->family + QLatin1Char('|') + first.nounClass + QLatin1Char('|')
            + values.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
