#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QMap>

#include <algorithm>

namespace fc {

namespace {

bool apartMoreThanAMonth(const ClaimRef &x, const ClaimRef &y)
{
    const qint64 gap = x.timeEnd < y.timeBegin ? x.timeEnd.daysTo(y.timeBegin) : y.timeEnd.daysTo(x.timeBegin);
    return gap > occurrenceWindowDays;
}

// Only the first claims of a date are compared for a written-out pair, so a date cited
// thousands of times stays linear.
constexpr qsizetype pairSearchCap = 64;

// One date of an event: its interval in days and which articles give it. `article` is the one
// article all its claims come from, or a key of this date alone when they come from several:
// two dates are told "across articles" exactly when their keys differ.
struct DateClass
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 article = 0;
};

// Which dates have another one they conflict with: intervals apart (and, for events that recur
// in place, at most a month apart) with a different article key. The dates are sorted by each
// end, so the candidates are a range found by binary search, and "a key other than mine in the
// range" is answered in constant time from the next position holding another key.
class DateIndex
{
public:
    DateIndex(const QList<DateClass> &classes, bool recurs)
        : m_classes(classes)
        , m_recurs(recurs)
    {
        for (int k = 0; k < classes.size(); ++k) {
            m_byEnd.append(k);
            m_byBegin.append(k);
        }
        std::sort(m_byEnd.begin(), m_byEnd.end(), [&](int a, int b) { return classes[a].end < classes[b].end; });
        std::sort(m_byBegin.begin(), m_byBegin.end(),
                  [&](int a, int b) { return classes[a].begin < classes[b].begin; });
        m_nextOtherByEnd = nextOther(m_byEnd);
        m_nextOtherByBegin = nextOther(m_byBegin);
    }

    bool hasPartner(const DateClass &x) const
    {
        // Before x: end < x.begin (and end >= x.begin - window when recurring).
        const qint64 window = occurrenceWindowDays;
        auto endBelow = [&](qint64 v) {
            return std::lower_bound(m_byEnd.cbegin(), m_byEnd.cend(), v, [&](int k, qint64 value) {
                return m_classes[k].end < value;
            }) - m_byEnd.cbegin();
        };
        auto beginAtMost = [&](qint64 v) {
            return std::upper_bound(m_byBegin.cbegin(), m_byBegin.cend(), v, [&](qint64 value, int k) {
                return value < m_classes[k].begin;
            }) - m_byBegin.cbegin();
        };
        const qsizetype beforeFrom = m_recurs ? endBelow(x.begin - window) : 0;
        const qsizetype beforeTo = endBelow(x.begin);
        if (otherIn(m_byEnd, m_nextOtherByEnd, beforeFrom, beforeTo, x.article))
            return true;
        const qsizetype afterFrom = beginAtMost(x.end);
        const qsizetype afterTo = m_recurs ? beginAtMost(x.end + window) : m_byBegin.size();
        return otherIn(m_byBegin, m_nextOtherByBegin, afterFrom, afterTo, x.article);
    }

private:
    QList<qsizetype> nextOther(const QList<int> &order) const
    {
        QList<qsizetype> next(order.size());
        for (qsizetype p = order.size() - 1; p >= 0; --p)
            next[p] = p + 1 < order.size() && m_classes[order[p + 1]].article == m_classes[order[p]].article
                ? next[p + 1]
                : p + 1;
        return next;
    }

    bool otherIn(const QList<int> &order, const QList<qsizetype> &next, qsizetype from, qsizetype to,
                 qint64 article) const
    {
        if (from >= to)
            return false;
        return m_classes[order[from]].article != article || next[from] < to;
    }

    const QList<DateClass> &m_classes;
    bool m_recurs;
    QList<int> m_byEnd, m_byBegin;
    QList<qsizetype> m_nextOtherByEnd, m_nextOtherByBegin;
};

// The article key of claims: their one article, or `several` when they come from more.
qint64 articleKey(const QList<ClaimRef> &claims, const QList<int> &members, qint64 several)
{
    const int first = claims.at(members.first()).article;
    for (int i : members)
        if (claims.at(i).article != first)
            return several;
    return first;
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
        const QList<QList<int>> members = byValue.values();
        // Dates conflict when their intervals are apart, not two occurrences of an event that
        // recurs in place, and across articles: one article giving two dates is a different
        // problem. A pair written out on both sides, across articles, is a high conflict.
        const bool recurs = recursInPlace(claims.at(members.first().first()).c->family);
        QList<DateClass> all, written;
        QList<int> writtenClass;
        bool datesValid = true;
        for (int k = 0; k < members.size(); ++k) {
            const ClaimRef &x = claims.at(members[k].first());
            datesValid = datesValid && x.timeBegin.isValid() && x.timeEnd.isValid();
            const DateClass date{x.timeBegin.toJulianDay(), x.timeEnd.toJulianDay(), 0};
            all.append(date);
            all.last().article = articleKey(claims, members[k], -2 - qint64(k));
            QList<int> explicitMembers;
            for (int i : members[k].mid(0, pairSearchCap))
                if (!claims.at(i).time->value.relative)
                    explicitMembers.append(i);
            if (!explicitMembers.isEmpty()) {
                written.append(date);
                written.last().article = articleKey(claims, explicitMembers, -2 - qint64(k));
                writtenClass.append(k);
            }
        }
        QStringList involved;
        bool explicitPair = false;
        if (datesValid) {
            const DateIndex index(all, recurs);
            for (int k = 0; k < members.size(); ++k)
                if (index.hasPartner(all[k]))
                    involved.append(values[k]);
            const DateIndex writtenIndex(written, recurs);
            for (const DateClass &d : std::as_const(written))
                explicitPair = explicitPair || writtenIndex.hasPartner(d);
        } else {
            // A date without a calendar day (never made by the recognisers): every pair.
            for (int a = 0; a < members.size(); ++a) {
                for (int b = a + 1; b < members.size(); ++b) {
                    const ClaimRef &x = claims.at(members[a].first());
                    const ClaimRef &y = claims.at(members[b].first());
                    if (intervalsOverlap(x.timeBegin, x.timeEnd, y.timeBegin, y.timeEnd)
                        || (recurs && apartMoreThanAMonth(x, y)) || all[a].article == all[b].article)
                        continue;
                    for (int v : {a, b})
                        if (!involved.contains(values[v]))
                            involved.append(values[v]);
                    for (int i : members[a].mid(0, pairSearchCap))
                        for (int j : members[b].mid(0, pairSearchCap))
                            explicitPair = explicitPair
                                || (claims.at(i).article != claims.at(j).article && !claims.at(i).time->value.relative
                                    && !claims.at(j).time->value.relative);
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
