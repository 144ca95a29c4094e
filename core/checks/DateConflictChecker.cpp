#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QMap>

namespace fc {

namespace {

bool apartMoreThanAMonth(const ClaimRef &x, const ClaimRef &y)
{
    const qint64 gap = x.timeEnd < y.timeBegin ? x.timeEnd.daysTo(y.timeBegin) : y.timeEnd.daysTo(x.timeBegin);
    return gap > occurrenceWindowDays;
}

} // namespace

// Claims of one event whose dates cannot both be right: intervals at their granularity that
// do not overlap ("Februari 2022" vs "Februari 2024"; "19 Juni 2024" vs "Juni 2024" agree).
// Repeatable events (meetings, attacks) and forecasts are left out: different dates are normal.
// For events that recur in place (quakes, floods), dates more than a month apart are two
// occurrences: reports disagree by a day or two, not by years.
QList<Finding> DateConflictChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const auto &claims = context.claims();
    for (const QList<int> &event : context.events()) {
        QMap<QString, QList<int>> byValue; // iso -> claims
        for (int i : event) {
            const ClaimRef &r = claims.at(i);
            const PredicateInfo *info = predicateInfo(r.c->predicate);
            if (!r.time || !info || info->repeatable || r.c->modality == Modality::Expected)
                continue;
            byValue[r.time->value.iso()].append(i);
        }
        if (byValue.size() < 2)
            continue;
        const QStringList values = byValue.keys();
        QStringList involved;
        bool explicitPair = false;
        for (int a = 0; a < values.size(); ++a) {
            for (int b = a + 1; b < values.size(); ++b) {
                const ClaimRef &x = claims.at(byValue.value(values[a]).first());
                const ClaimRef &y = claims.at(byValue.value(values[b]).first());
                if (intervalsOverlap(x.timeBegin, x.timeEnd, y.timeBegin, y.timeEnd))
                    continue;
                if (recursInPlace(x.c->family) && apartMoreThanAMonth(x, y))
                    continue;
                // Only across articles: one article giving two dates is a different problem.
                const int articleA = claims.at(byValue.value(values[a]).first()).article;
                bool crossArticle = false;
                for (int i : byValue.value(values[a]) + byValue.value(values[b]))
                    crossArticle = crossArticle || claims.at(i).article != articleA;
                if (!crossArticle)
                    continue;
                for (const QString &v : {values[a], values[b]})
                    if (!involved.contains(v))
                        involved.append(v);
                // Written out on both sides, across articles: this pair alone is a high conflict.
                // Capped like the figure search, so a date cited thousands of times stays linear.
                for (int i : byValue.value(values[a]).mid(0, 64)) {
                    for (int j : byValue.value(values[b]).mid(0, 64)) {
                        const ClaimRef &x = claims.at(i);
                        const ClaimRef &y = claims.at(j);
                        if (x.article != y.article && !x.time->value.relative && !y.time->value.relative)
                            explicitPair = true;
                    }
                }
            }
        }
        if (involved.isEmpty())
            continue;
        involved.sort();
        Finding f;
        f.kind = kind();
        f.severity = explicitPair ? Severity::High : Severity::Medium;
        const ClaimRef &first = claims.at(byValue.value(involved.first()).first());
        QStringList en, id;
        for (const QString &v : std::as_const(involved)) {
            const ClaimRef &r = claims.at(byValue.value(v).first());
            en.append(formatDate(r.time->value, false));
            id.append(formatDate(r.time->value, true));
            for (int i : byValue.value(v))
                f.evidence.append(timeEvidence(claims.at(i)));
        }
        const auto s = findingSummary(FindingTextId::DateConflict,
                                      {predicateNoun(first.c->predicate, false), en.join(QLatin1String(" vs "))},
                                      {predicateNoun(first.c->predicate, true), id.join(QLatin1String(" vs "))});
        f.summary = s.en;
        f.summaryId = s.id;
        f.values = involved;
        f.key = f.kind + QLatin1Char('|') + first.c->family + QLatin1Char('|') + involved.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
