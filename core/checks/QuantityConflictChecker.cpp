#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

// Only the first claims of a value class are compared, so a figure cited thousands of times
// stays linear.
constexpr qsizetype pairSearchCap = 64;

// The best two of a set of (score, article) candidates with different articles: enough to
// answer "is there a candidate from another article than X, and how good" exactly.
struct BestTwo
{
    qint64 score[2] = {0, 0};
    qint64 article[2] = {0, 0};
    int count = 0;

    // better(a, b): a beats b.
    template<typename Better> void offer(qint64 s, qint64 art, Better better)
    {
        if (count == 0) {
            score[0] = s;
            article[0] = art;
            count = 1;
        } else if (art == article[0]) {
            if (better(s, score[0]))
                score[0] = s;
        } else if (better(s, score[0])) {
            score[1] = score[0];
            article[1] = article[0];
            score[0] = s;
            article[0] = art;
            count = 2;
        } else if (count == 1 || better(s, score[1])) {
            score[1] = s;
            article[1] = art;
            count = 2;
        }
    }
};

bool greater(qint64 a, qint64 b)
{
    return a > b;
}

bool less(qint64 a, qint64 b)
{
    return a < b;
}

// One value class of a figure group, summarised so that whether two classes hold a
// conflicting pair of claims is answered in constant time. A pair of claims conflicts when
// they come from different articles and neither revises the other. Two revision claims always
// revise one another (one is published no earlier than the other, or a date is missing), so
// a conflicting pair has a plain claim; a plain claim and a revision conflict only when both
// publication dates are known and the revision is the earlier one.
struct ValueClass
{
    double low = 0;
    double high = 0;
    int plainCount = 0;
    qint64 plainArticle = 0;  // the one article of the plain claims, or a key of this class alone
    BestTwo plainLatest;      // plain claims: latest publication day per article
    BestTwo revisionEarliest; // revision claims: earliest publication day per article
};

// A plain claim of `plain` published after a revision of `revision`, from another article.
bool plainAfterRevision(const ValueClass &plain, const ValueClass &revision)
{
    const BestTwo &p = plain.plainLatest;
    const BestTwo &r = revision.revisionEarliest;
    if (p.count == 0 || r.count == 0)
        return false;
    if (p.article[0] != r.article[0])
        return r.score[0] < p.score[0];
    return (r.count == 2 && r.score[1] < p.score[0]) || (p.count == 2 && r.score[0] < p.score[1]);
}

bool holdConflictingPair(const ValueClass &a, const ValueClass &b)
{
    if (a.plainCount > 0 && b.plainCount > 0 && a.plainArticle != b.plainArticle)
        return true;
    return plainAfterRevision(a, b) || plainAfterRevision(b, a);
}

bool overlap(const ValueClass &a, const ValueClass &b)
{
    return a.low <= b.high && b.low <= a.high;
}

ValueClass summarise(const QList<ClaimRef> &claims, const QList<int> &members, int classIndex)
{
    ValueClass v;
    const ClaimRef &first = claims.at(members.first());
    v.low = first.low;
    v.high = first.high;
    bool oneArticle = true;
    for (int i : members.mid(0, pairSearchCap)) {
        const ClaimRef &m = claims.at(i);
        const QDate published = m.doc->meta.published;
        if (m.c->revision) {
            if (published.isValid())
                v.revisionEarliest.offer(published.toJulianDay(), m.article, less);
            continue;
        }
        if (v.plainCount++ == 0)
            v.plainArticle = m.article;
        else if (m.article != v.plainArticle)
            oneArticle = false;
        if (published.isValid())
            v.plainLatest.offer(published.toJulianDay(), m.article, greater);
    }
    if (!oneArticle)
        v.plainArticle = -2 - qint64(classIndex); // differs from every article and every class
    return v;
}

// The classes in conflict with at least one other, in the order a scan of all pairs (a < b,
// by class index) first meets them; for each, the lowest-indexed class it conflicts with.
// Plain claims are matched through prefix and suffix tables over the classes sorted by their
// interval ends (n log n); only revision claims, rare in practice, are matched by a scan.
QList<int> conflictingClasses(const QList<ValueClass> &classes)
{
    const int n = int(classes.size());
    // Plain classes by upper end: those entirely below a value are a prefix.
    QList<int> byHigh, byLow;
    QList<int> withRevision;
    for (int k = 0; k < n; ++k) {
        if (classes[k].plainCount > 0) {
            byHigh.append(k);
            byLow.append(k);
        }
        if (classes[k].revisionEarliest.count > 0)
            withRevision.append(k);
    }
    std::sort(byHigh.begin(), byHigh.end(), [&](int a, int b) { return classes[a].high < classes[b].high; });
    std::sort(byLow.begin(), byLow.end(), [&](int a, int b) { return classes[a].low < classes[b].low; });
    // Lowest class index with its article key, and the lowest from another article.
    QList<BestTwo> prefix(byHigh.size()), suffix(byLow.size());
    for (qsizetype p = 0; p < byHigh.size(); ++p) {
        if (p > 0)
            prefix[p] = prefix[p - 1];
        prefix[p].offer(byHigh[p], classes[byHigh[p]].plainArticle, less);
    }
    for (qsizetype p = byLow.size() - 1; p >= 0; --p) {
        if (p + 1 < byLow.size())
            suffix[p] = suffix[p + 1];
        suffix[p].offer(byLow[p], classes[byLow[p]].plainArticle, less);
    }
    auto lowestOtherArticle = [](const BestTwo &t, qint64 article) -> int {
        for (int s = 0; s < t.count; ++s)
            if (t.article[s] != article)
                return int(t.score[s]);
        return -1;
    };

    QList<int> partner(n, -1);
    for (int x = 0; x < n; ++x) {
        const ValueClass &cx = classes[x];
        int best = -1;
        auto consider = [&best](int k) {
            if (k >= 0 && (best < 0 || k < best))
                best = k;
        };
        if (cx.plainCount > 0) {
            const auto below = std::lower_bound(byHigh.cbegin(), byHigh.cend(), cx.low,
                                                [&](int k, double v) { return classes[k].high < v; });
            if (below != byHigh.cbegin())
                consider(lowestOtherArticle(prefix[below - byHigh.cbegin() - 1], cx.plainArticle));
            const auto above = std::upper_bound(byLow.cbegin(), byLow.cend(), cx.high,
                                                [&](double v, int k) { return v < classes[k].low; });
            if (above != byLow.cend())
                consider(lowestOtherArticle(suffix[above - byLow.cbegin()], cx.plainArticle));
            for (int k : std::as_const(withRevision)) {
                if (best >= 0 && k >= best)
                    break;
                if (!overlap(cx, classes[k]) && holdConflictingPair(cx, classes[k])) {
                    consider(k);
                    break;
                }
            }
        }
        if (cx.revisionEarliest.count > 0) {
            for (int k = 0; k < n && (best < 0 || k < best); ++k) {
                if (k != x && !overlap(cx, classes[k]) && holdConflictingPair(cx, classes[k])) {
                    consider(k);
                    break;
                }
            }
        }
        partner[x] = best;
    }
    // A pair scan meets class x first in the pair (min(x, p), max(x, p)) with p its
    // lowest-indexed partner; within one pair the lower class comes first.
    QList<int> sides;
    for (int x = 0; x < n; ++x)
        if (partner[x] >= 0)
            sides.append(x);
    auto firstMet = [&](int x) {
        const int p = partner[x];
        return std::make_tuple(std::min(x, p), std::max(x, p), x < p ? 0 : 1);
    };
    std::sort(sides.begin(), sides.end(), [&](int a, int b) { return firstMet(a) < firstMet(b); });
    return sides;
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
        const QList<QList<int>> members = byValue.values();
        QList<ValueClass> classes;
        classes.reserve(members.size());
        for (int k = 0; k < members.size(); ++k)
            classes.append(summarise(claims, members[k], k));
        QList<int> sides = conflictingClasses(classes); // value classes in conflict
        if (sides.isEmpty())
            continue;
        std::sort(sides.begin(), sides.end(), [&](int a, int b) {
            return claims.at(members[a].first()).quantity->value < claims.at(members[b].first()).quantity->value;
        });
        Finding f;
        f.kind = kind();
        QStringList parts, values;
        QHash<QString, int> sideOfSource;
        bool disjoint = true; // every figure named, and no source on two sides
        for (int s : std::as_const(sides)) {
            const QList<int> &side = members[s];
            const ClaimRef &r = claims.at(side.first());
            QStringList names;
            QSet<QString> seenNames;
            for (int i : side) {
                const ClaimRef &m = claims.at(i);
                f.evidence.append(quantityEvidence(m));
                if (m.source.isEmpty()) {
                    disjoint = false;
                } else {
                    if (sideOfSource.value(m.source, s) != s)
                        disjoint = false;
                    sideOfSource.insert(m.source, s);
                    const QString name = context.sourceName(m);
                    if (!seenNames.contains(name)) {
                        seenNames.insert(name);
                        names.append(name);
                    }
                }
            }
            values.append(figureValue(r));
            parts.append(names.isEmpty() ? figureText(r)
                                         : figureText(r) + QLatin1String(" (") + names.join(QLatin1String(", "))
                                 + QLatin1Char(')'));
        }
        const ClaimRef &first = claims.at(group.first());
        f.severity = disjoint ? Severity::Medium : Severity::High;
        const QString list = parts.join(QLatin1String(" vs "));
        const auto s =
            findingSummary(disjoint ? FindingTextId::QuantityConflictSources : FindingTextId::QuantityConflict,
                           {predicateNoun(first.c->predicate, false), nounClassName(first.nounClass, false), list},
                           {predicateNoun(first.c->predicate, true), nounClassName(first.nounClass, true), list});
        f.summary = s.en;
        f.summaryId = s.id;
        values.removeDuplicates();
        values.sort();
        f.values = values;
        f.key = f.kind + QLatin1Char('|') + first.c->family + QLatin1Char('|') + first.nounClass + QLatin1Char('|')
            + values.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
