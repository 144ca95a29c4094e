#include "Checkers.h"
#include "FindingText.h"
#include "MeasureMatch.h"

#include "lang/Language.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fc {

namespace {

// One measured claim as the check sees it: its article, entity keys and the interval it allows.
struct Ref
{
    int article = -1;
    const Article *doc = nullptr;
    const MeasuredClaim *m = nullptr;
    QStringList entities;
    QStringList places;
    double low = 0;
    double high = 0;
    QString block;         // kind, unit and counted noun: only claims of one block are compared
    QString family;        // the event family of a claim that already carries this value, if any
    bool revision = false; // its sentence updates a figure ("bertambah menjadi", "revised to")
    MatchKeys keys;
};

QList<int> keysOf(const QStringList &lemmas, QHash<QString, int> &ids)
{
    QList<int> out;
    out.reserve(lemmas.size());
    for (const QString &l : lemmas) {
        auto it = ids.constFind(l);
        if (it == ids.cend())
            it = ids.insert(l, int(ids.size()));
        out.append(*it);
    }
    return out;
}

QString numberText(double v)
{
    return QLocale::c().toString(v, 'g', 12);
}

void interval(const Article &doc, const MeasuredClaim &m, double *low, double *high)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (m.kind == ValueKind::Date) {
        QDate b, e;
        timeInterval(doc.times.at(m.time).value, &b, &e);
        *low = double(b.toJulianDay());
        *high = double(e.toJulianDay());
        return;
    }
    if (m.quantity < 0) {
        *low = m.low;
        *high = m.high;
        return;
    }
    const Quantity &q = doc.quantities.at(m.quantity);
    switch (q.approximation) {
    // "sekitar 10.000" is compared as the figure it states, as QuantityConflictChecker does.
    case Approximation::About: *low = *high = q.value; return;
    case Approximation::AtLeast:
        *low = q.value;
        *high = inf;
        return;
    case Approximation::MoreThan:
        *low = std::nextafter(q.value, inf);
        *high = inf;
        return;
    case Approximation::AtMost:
        *low = -inf;
        *high = q.value;
        return;
    case Approximation::LessThan:
        *low = -inf;
        *high = std::nextafter(q.value, -inf);
        return;
    case Approximation::Almost:
        *low = std::min(q.low, q.value) * 0.9;
        *high = q.value;
        return;
    case Approximation::Range:
        *low = std::min(q.low, q.high);
        *high = std::max(q.low, q.high);
        return;
    case Approximation::Exact: break;
    }
    *low = q.low;
    *high = std::isfinite(q.high) ? std::max(q.low, q.high) : q.high;
}

QString valueOf(const Ref &r)
{
    const MeasuredClaim &m = *r.m;
    if (m.kind == ValueKind::Date || m.kind == ValueKind::Time)
        return m.iso;
    return numberText(m.value);
}

QString periodOf(const Ref &r)
{
    if (r.m->period >= 0)
        return r.doc->times.at(r.m->period).value.iso();
    return r.m->periodText;
}

// A figure without a period is taken as current: it is no account of a figure whose period
// ended more than a year before the other article was published ("68 persen pada pemilihan
// 2020" against this year's turnout). Without publication dates nothing is excluded.
bool staleAgainst(const Ref &dated, const Ref &undated)
{
    const QDate published = undated.doc->meta.published;
    if (dated.m->period < 0 || undated.m->period >= 0 || !published.isValid())
        return false;
    QDate b, e;
    timeInterval(dated.doc->times.at(dated.m->period).value, &b, &e);
    return e.daysTo(published) > 366;
}

bool periodsCompatible(const Ref &a, const Ref &b)
{
    if (staleAgainst(a, b) || staleAgainst(b, a))
        return false;
    if (a.m->period >= 0 && b.m->period >= 0) {
        QDate b1, e1, b2, e2;
        timeInterval(a.doc->times.at(a.m->period).value, &b1, &e1);
        timeInterval(b.doc->times.at(b.m->period).value, &b2, &e2);
        return intervalsOverlap(b1, e1, b2, e2);
    }
    if (!a.m->periodText.isEmpty() && !b.m->periodText.isEmpty())
        return a.m->periodText == b.m->periodText;
    return true;
}

MatchSide sideOf(const Ref &r)
{
    MatchSide s;
    s.doc = r.doc->id;
    s.kind = valueKindCode(r.m->kind);
    s.value = valueOf(r);
    s.valueText = r.m->valueText;
    s.unit = r.m->unit;
    s.approximation = r.m->approximation;
    s.measure = r.m->measure;
    s.lemmas = r.m->measureLemmas;
    s.predicate = r.m->predicate;
    s.entities = r.entities;
    s.places = r.places;
    s.period = periodOf(r);
    s.qualifiers = r.m->qualifiers;
    return s;
}

// "inflasi tahunan, Oktober 2025": what is measured and when, in the side's own words.
QString describe(const Ref &r, bool indonesian)
{
    QString what = r.m->measure.isEmpty() ? r.m->valueText : r.m->measure;
    if (r.m->period >= 0)
        what += QLatin1String(", ") + formatDate(r.doc->times.at(r.m->period).value, indonesian);
    else if (!r.m->periodText.isEmpty())
        what += QLatin1String(", ") + r.m->periodText;
    return what;
}

} // namespace

// A value disagreement on the same measured thing, whatever the story: two articles give
// values that cannot both hold for claims whose parts (context and measured lemmas, entities)
// align above measuredMatchThreshold, of one kind and unit (currencies differ: no conflict
// without a rate), the same basis (annual vs monthly, core vs headline, target vs outcome) and
// overlapping reference periods. Values already carried by event claims of one family are left
// to DateConflictChecker and QuantityConflictChecker. A claim is no conflict when a candidate
// nearly as similar as the best agrees with it.
QList<Finding> MeasuredConflictChecker::check(const CheckContext &context) const
{
    const Report &report = context.report();
    QList<Ref> refs;
    QMap<QString, QList<int>> blocks; // block -> refs, in article then position order
    QHash<QString, int> lemmaIds;
    for (int ai = 0; ai < report.articles.size(); ++ai) {
        const Article &doc = report.articles.at(ai);
        QHash<int, QString> timeFamily, quantityFamily;
        QList<Span> revisions;
        for (const Claim &c : doc.claims) {
            if (c.revision)
                revisions.append(c.span);
            if (c.time >= 0)
                timeFamily.insert(c.time, c.family);
            if (c.quantity >= 0)
                quantityFamily.insert(c.quantity, c.family);
        }
        for (const MeasuredClaim &m : doc.measured) {
            if (m.expected || !m.body)
                continue;
            Ref r;
            r.article = ai;
            r.doc = &doc;
            r.m = &m;
            for (int mi : m.entityMentions) {
                const QString key = CheckContext::entityKey(doc, mi);
                if (!r.entities.contains(key))
                    r.entities.append(key);
            }
            for (int mi : m.placeMentions)
                r.places.append(CheckContext::entityKey(doc, mi));
            r.entities.sort();
            interval(doc, m, &r.low, &r.high);
            r.block = valueKindCode(m.kind) + QLatin1Char('|') + m.unit;
            if (m.kind == ValueKind::Quantity && m.quantity >= 0 && !doc.quantities.at(m.quantity).noun.isEmpty())
                r.block += QLatin1Char('|') + m.measureLemmas.value(0);
            r.revision = revisions.contains(m.span);
            r.keys.context = keysOf(m.context, lemmaIds);
            r.keys.measure = keysOf(m.measureLemmas, lemmaIds);
            r.family = m.time >= 0 ? timeFamily.value(m.time)
                : m.quantity >= 0  ? quantityFamily.value(m.quantity)
                                   : QString();
            blocks[r.block].append(int(refs.size()));
            refs.append(r);
        }
    }

    // Candidates of every claim per other article: (score, ref) above the threshold.
    QList<QMap<int, QList<std::pair<double, int>>>> candidates(refs.size());
    for (const QList<int> &block : std::as_const(blocks)) {
        for (int i : block) {
            const Ref &a = refs.at(i);
            for (int j : block) {
                const Ref &b = refs.at(j);
                if (b.article == a.article || a.m->qualifiers != b.m->qualifiers || !periodsCompatible(a, b))
                    continue;
                const double score = measuredSimilarity(a.keys, a.entities, b.keys, b.entities);
                if (score >= measuredMatchThreshold)
                    candidates[i][b.article].append({score, j});
            }
            // Like for like: an undated figure is compared with the other article's undated
            // ones when it has any ("73,1 persen" rather than "68 persen pada pemilihan 2020"),
            // a dated one with the dated ones.
            for (auto &list : candidates[i]) {
                const bool dated = a.m->period >= 0;
                const bool any = std::any_of(list.cbegin(), list.cend(), [&](const auto &c) {
                    return (refs.at(c.second).m->period >= 0) == dated;
                });
                if (any)
                    list.removeIf([&](const auto &c) { return (refs.at(c.second).m->period >= 0) != dated; });
            }
        }
    }
    auto bestOf = [&](int i, int article, double *best) {
        int bestIndex = -1;
        *best = -1;
        for (const auto &[score, j] : candidates.at(i).value(article))
            if (score > *best) {
                *best = score;
                bestIndex = j;
            }
        return bestIndex;
    };
    // Some candidate nearly as similar as the best one agrees with the claim.
    auto agreesIn = [&](int i, int article) {
        double best = -1;
        bestOf(i, article, &best);
        const Ref &a = refs.at(i);
        for (const auto &[score, j] : candidates.at(i).value(article))
            if (score >= best - measuredMatchMargin && refs.at(j).low <= a.high && a.low <= refs.at(j).high)
                return true;
        return false;
    };

    // The claim is among the near-best candidates of `other` in its article.
    auto nearBest = [&](int other, int article, int claim) {
        double best = -1;
        bestOf(other, article, &best);
        for (const auto &[score, j] : candidates.at(other).value(article))
            if (j == claim && score >= best - measuredMatchMargin)
                return true;
        return false;
    };

    QList<Finding> findings;
    for (const QList<int> &block : std::as_const(blocks)) {
        for (int i : block) {
            const Ref &a = refs.at(i);
            for (auto it = candidates.at(i).cbegin(); it != candidates.at(i).cend(); ++it) {
                if (it.key() < a.article)
                    continue; // each pair of articles once, from the earlier one's claims
                double best = -1;
                const int bestIndex = bestOf(i, it.key(), &best);
                // Neither claim may have an agreeing counterpart in the other's article: "12
                // orang meninggal dan 4 orang hilang" against "12 orang meninggal" is no conflict
                // about the 4 missing.
                if (bestIndex < 0 || agreesIn(i, it.key()) || agreesIn(bestIndex, a.article)
                    || !nearBest(bestIndex, a.article, i))
                    continue;
                const Ref &b = refs.at(bestIndex);
                if (a.revision || b.revision)
                    continue; // an update, not a contradiction: RevisionChecker reports it
                if (!a.family.isEmpty() && a.family == b.family)
                    continue; // an event of one family: the date and figure checks judge it
                Finding f;
                const bool date = a.m->kind == ValueKind::Date || a.m->kind == ValueKind::Time;
                f.kind = date ? QStringLiteral("date_conflict") : QStringLiteral("quantity_conflict");
                f.severity = Severity::Medium;
                f.evidence.append(evidenceAt(*a.doc, a.m->valueSpan, valueOf(a)));
                f.evidence.append(evidenceAt(*b.doc, b.m->valueSpan, valueOf(b)));
                QStringList values{valueOf(a), valueOf(b)};
                values.removeDuplicates();
                values.sort();
                f.values = values;
                const bool aContract = isContractLanguage(a.doc->meta.language);
                const bool bContract = isContractLanguage(b.doc->meta.language);
                const Ref &en = bContract && !aContract ? b : a;
                const Ref &id = !bContract && aContract ? b : a;
                const QString list = a.m->valueText + QLatin1String(" vs ") + b.m->valueText;
                const auto s =
                    findingSummary(date ? FindingTextId::MeasuredDateConflict : FindingTextId::MeasuredConflict,
                                   {describe(en, false), list}, {describe(id, true), list});
                f.summary = s.en;
                f.summaryId = s.id;
                FindingMatch match;
                match.score = std::round(best * 1000.0) / 1000.0;
                match.sides = {sideOf(a), sideOf(b)};
                f.match = match;
                f.key = f.kind + QLatin1String("|measured|") + a.block + QLatin1Char('|')
                    + a.m->measureLemmas.join(QLatin1Char(' ')) + QLatin1Char('|') + values.join(QLatin1Char('|'));
                findings.append(f);
            }
        }
    }
    return findings;
}

} // namespace fc
