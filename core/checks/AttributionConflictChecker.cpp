#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QMap>
#include <QSet>

namespace fc {

// The same figure credited to different named sources in different articles ("10.000" from
// the South Korean ministry in one, from the US government in another): one of the outlets
// may have the attribution wrong.
QList<Finding> AttributionConflictChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const auto &claims = context.claims();
    for (const QList<int> &group : context.figureGroups()) {
        QMap<QString, QList<int>> byValue;
        for (int i : group)
            if (!claims.at(i).source.isEmpty())
                byValue[figureValue(claims.at(i))].append(i);
        for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
            QMap<QString, QList<int>> bySource;
            for (int i : *it)
                bySource[claims.at(i).source].append(i);
            if (bySource.size() < 2)
                continue;
            // Two sources in one article is the article quoting both, not a misattribution.
            QSet<int> articles;
            for (int i : *it)
                articles.insert(claims.at(i).article);
            if (articles.size() < 2)
                continue;
            Finding f;
            f.kind = kind();
            f.severity = Severity::Low;
            QStringList names;
            for (auto s = bySource.cbegin(); s != bySource.cend(); ++s) {
                const ClaimRef &r = claims.at(s->first());
                const QString name = context.sourceName(r);
                names.append(name);
                for (int i : *s) {
                    const ClaimRef &m = claims.at(i);
                    f.evidence.append(quantityEvidence(m));
                    if (m.c->sourceMention >= 0)
                        f.evidence.append(evidenceAt(*m.doc, m.doc->mentions.at(m.c->sourceMention).span, name));
                }
            }
            names.sort();
            const ClaimRef &first = claims.at(it->first());
            const auto s =
                findingSummary(FindingTextId::AttributionConflict,
                               {predicateNoun(first.c->predicate, false), figureText(first), joinList(names, false)},
                               {predicateNoun(first.c->predicate, true), figureText(first), joinList(names, true)});
            f.summary = s.en;
            f.summaryId = s.id;
            f.values = names;
            f.key = f.kind + QLatin1Char('|') + first.c->family + QLatin1Char('|') + first.nounClass + QLatin1Char('|')
                + it.key() + QLatin1Char('|') + names.join(QLatin1Char('|'));
            findings.append(f);
        }
    }
    return findings;
}

} // namespace fc
