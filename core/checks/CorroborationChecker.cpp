#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace fc {

namespace {

int distinctArticles(const QList<ClaimRef> &claims, const QList<int> &members)
{
    QSet<int> seen;
    for (int i : members)
        seen.insert(claims.at(i).article);
    return int(seen.size());
}

bool allOverlap(const QList<ClaimRef> &claims, const QList<int> &members)
{
    // Pairwise overlap of intervals is the same as the latest start not passing the earliest end.
    QDate latestBegin, earliestEnd;
    for (int i : members) {
        const ClaimRef &r = claims.at(i);
        if (!latestBegin.isValid() || r.timeBegin > latestBegin)
            latestBegin = r.timeBegin;
        if (!earliestEnd.isValid() || r.timeEnd < earliestEnd)
            earliestEnd = r.timeEnd;
    }
    return latestBegin <= earliestEnd;
}

} // namespace

// Agreement is recorded too: a dated event, or a figure, reported the same way by two or more
// articles and contradicted by none. Severity info.
QList<Finding> CorroborationChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const auto &claims = context.claims();

    // Dated events. A claim with no named participant ("mereka menandatangani ... 19/6/2024")
    // joins the largest event of its family when its date agrees with all of it.
    QMap<QString, QList<int>> looseByFamily;
    for (int i = 0; i < claims.size(); ++i)
        if (claims.at(i).entities.isEmpty() && claims.at(i).time)
            looseByFamily[claims.at(i).c->family].append(i);
    QMap<QString, int> largestEvent; // family -> event index
    const auto &events = context.events();
    for (int e = 0; e < events.size(); ++e) {
        const ClaimRef &r = claims.at(events[e].first());
        if (r.entities.isEmpty())
            continue;
        const QString fam = r.c->family;
        if (!largestEvent.contains(fam) || events[largestEvent.value(fam)].size() < events[e].size())
            largestEvent.insert(fam, e);
    }
    for (int e = 0; e < events.size(); ++e) {
        const ClaimRef &head = claims.at(events[e].first());
        const PredicateInfo *info = predicateInfo(head.c->predicate);
        if (head.entities.isEmpty() || !info || info->repeatable)
            continue;
        QList<int> dated;
        for (int i : events[e])
            if (claims.at(i).time && claims.at(i).c->modality != Modality::Expected)
                dated.append(i);
        if (dated.isEmpty() || !allOverlap(claims, dated))
            continue;
        if (largestEvent.value(head.c->family, -1) == e) {
            QDate latestBegin = claims.at(dated.first()).timeBegin, earliestEnd = claims.at(dated.first()).timeEnd;
            for (int i : std::as_const(dated)) {
                latestBegin = std::max(latestBegin, claims.at(i).timeBegin);
                earliestEnd = std::min(earliestEnd, claims.at(i).timeEnd);
            }
            for (int i : looseByFamily.value(head.c->family)) {
                const QDate b = std::max(latestBegin, claims.at(i).timeBegin);
                const QDate en = std::min(earliestEnd, claims.at(i).timeEnd);
                if (b > en)
                    continue;
                latestBegin = b;
                earliestEnd = en;
                dated.append(i);
            }
        }
        const int n = distinctArticles(claims, dated);
        if (n < 2)
            continue;
        // Show the coarsest date all of them share.
        const ClaimRef *shown = &claims.at(dated.first());
        for (int i : dated)
            if (claims.at(i).time->value.granularity < shown->time->value.granularity)
                shown = &claims.at(i);
        Finding f;
        f.kind = kind();
        f.severity = Severity::Info;
        QStringList values;
        for (int i : std::as_const(dated)) {
            f.evidence.append(timeEvidence(claims.at(i)));
            if (!values.contains(claims.at(i).time->value.iso()))
                values.append(claims.at(i).time->value.iso());
        }
        const auto s = findingSummary(
            FindingTextId::CorroborationDate,
            {predicateNoun(head.c->predicate, false), formatDate(shown->time->value, false), QString::number(n)},
            {predicateNoun(head.c->predicate, true), formatDate(shown->time->value, true), QString::number(n)});
        f.summary = s.en;
        f.summaryId = s.id.at(0).toUpper() + s.id.mid(1);
        values.sort();
        f.values = values;
        f.key = f.kind + QLatin1String("|date|") + head.c->family + QLatin1Char('|') + shown->time->value.iso();
        findings.append(f);
    }

    // Figures: every figure of the group agrees and none was revised.
    for (const QList<int> &group : context.figureGroups()) {
        bool consistent = true;
        double low = -std::numeric_limits<double>::infinity(), high = std::numeric_limits<double>::infinity();
        for (int i : group) {
            const ClaimRef &r = claims.at(i);
            consistent = consistent && !r.c->revision && r.c->modality != Modality::Expected;
            low = std::max(low, r.low);
            high = std::min(high, r.high);
        }
        if (!consistent || low > high)
            continue;
        const int n = distinctArticles(claims, group);
        if (n < 2)
            continue;
        const ClaimRef &first = claims.at(group.first());
        Finding f;
        f.kind = kind();
        f.severity = Severity::Info;
        QStringList values;
        for (int i : group) {
            f.evidence.append(quantityEvidence(claims.at(i)));
            if (!values.contains(figureValue(claims.at(i))))
                values.append(figureValue(claims.at(i)));
        }
        const auto s = findingSummary(FindingTextId::CorroborationFigure,
                                      {predicateNoun(first.c->predicate, false), figureText(first), QString::number(n)},
                                      {predicateNoun(first.c->predicate, true), figureText(first), QString::number(n)});
        f.summary = s.en;
        f.summaryId = s.id;
        values.sort();
        f.values = values;
        f.key = f.kind + QLatin1String("|figure|") + first.c->family + QLatin1Char('|') + first.nounClass
            + QLatin1Char('|') + values.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
