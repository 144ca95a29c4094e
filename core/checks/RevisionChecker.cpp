#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QMap>

namespace fc {

// A later report that says it updates a figure ("bertambah menjadi 15", "revised to 15"):
// the earlier articles carry an outdated figure. Not a contradiction, so low severity.
QList<Finding> RevisionChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const auto &claims = context.claims();
    for (const QList<int> &group : context.figureGroups()) {
        QMap<QString, QList<int>> revisedTo; // new value -> revising claims
        for (int i : group)
            if (claims.at(i).c->revision)
                revisedTo[figureValue(claims.at(i))].append(i);
        for (auto it = revisedTo.cbegin(); it != revisedTo.cend(); ++it) {
            const ClaimRef &newer = claims.at(it->first());
            QList<int> older;
            QStringList oldValues, oldTexts;
            for (int j : group) {
                const ClaimRef &o = claims.at(j);
                if (o.article == newer.article || o.c->revision || figureValue(o) == it.key())
                    continue;
                const QDate a = newer.doc->meta.published, b = o.doc->meta.published;
                if (a.isValid() && b.isValid() && b > a)
                    continue;
                older.append(j);
                if (!oldValues.contains(figureValue(o))) {
                    oldValues.append(figureValue(o));
                    oldTexts.append(figureText(o));
                }
            }
            if (older.isEmpty())
                continue;
            Finding f;
            f.kind = kind();
            f.severity = Severity::Low;
            for (int i : *it)
                f.evidence.append(quantityEvidence(claims.at(i)));
            for (int j : std::as_const(older))
                f.evidence.append(quantityEvidence(claims.at(j)));
            const QString from = oldTexts.join(QLatin1String(" / "));
            const QString to = figureText(newer);
            const auto s = findingSummary(
                FindingTextId::Revision,
                {predicateNoun(newer.c->predicate, false), nounClassName(newer.nounClass, false), from, to},
                {predicateNoun(newer.c->predicate, true), nounClassName(newer.nounClass, true), from, to});
            f.summary = s.en;
            f.summaryId = s.id;
            oldValues.sort();
            f.values = oldValues + QStringList{it.key()};
            f.key = f.kind + QLatin1Char('|') + newer.c->family + QLatin1Char('|') + newer.nounClass + QLatin1Char('|')
                + oldValues.join(QLatin1Char('|')) + QLatin1String("|to|") + it.key();
            findings.append(f);
        }
    }
    return findings;
}

} // namespace fc
