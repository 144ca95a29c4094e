#include "Checkers.h"
#include "FindingText.h"
#include "MeasureMatch.h"

#include "lang/Language.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace fc {

namespace {

// Evidence of one place in one article, as runChecks merges a finding's evidence.
QString evidenceKey(const Evidence &e)
{
    return e.doc + QLatin1Char('|') + QString::number(e.span.start) + QLatin1Char('|') + QString::number(e.span.end);
}

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

// Kind, unit and counted noun: only claims of one block are compared.
QString blockOf(const Article &doc, const MeasuredClaim &m)
{
    QString block = valueKindCode(m.kind) + QLatin1Char('|') + m.unit;
    if (m.kind == ValueKind::Quantity && m.quantity >= 0 && !doc.quantities.at(m.quantity).noun.isEmpty())
        block += QLatin1Char('|') + m.measureLemmas.value(0);
    return block;
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

// Two claims can be one measured thing: the same basis and overlapping periods.
bool comparable(const Ref &a, const Ref &b)
{
    return a.m->qualifiers == b.m->qualifiers && periodsCompatible(a, b);
}

// Two prototypes of one article that every claim scores alike and finds alike comparable:
// the same context and measure lemmas, entities, qualifiers and period (comparable() and
// measuredSimilarity() read nothing else of a prototype).
bool samePrototype(const Ref &a, const Ref &b)
{
    if (a.article != b.article || a.keys.context != b.keys.context || a.keys.measure != b.keys.measure
        || a.entities != b.entities || a.m->qualifiers != b.m->qualifiers || a.m->periodText != b.m->periodText
        || (a.m->period >= 0) != (b.m->period >= 0))
        return false;
    if (a.m->period < 0)
        return true;
    QDate b1, e1, b2, e2;
    timeInterval(a.doc->times.at(a.m->period).value, &b1, &e1);
    timeInterval(b.doc->times.at(b.m->period).value, &b2, &e2);
    return b1 == b2 && e1 == e2;
}

// A hash of what samePrototype compares, to find earlier candidates without a pass over all.
size_t prototypeKey(const Ref &r)
{
    return qHashMulti(0, r.article, r.keys.context, r.keys.measure, r.entities, r.m->qualifiers, r.m->periodText,
                      r.m->period >= 0);
}

// One measured thing: its prototype (first claim) and every claim that joined it, with how
// well each aligns with the prototype.
struct Member
{
    int ref = -1;
    double score = 0;
};

struct Thing
{
    int prototype = -1;
    QList<Member> members;
};

// Only the first claims of a value class are paired when looking for a conflicting pair, so a
// figure cited thousands of times stays linear (as QuantityConflictChecker does).
constexpr qsizetype pairSearchCap = 64;

// Claims of one thing that give one value interval, in report order.
struct ValueClass
{
    double low = 0;
    double high = 0;
    QList<int> refs;
};

// Two claims that cannot both hold and come from different articles, neither revising a
// figure (RevisionChecker reports updates) nor both carried by event claims of one family
// (DateConflictChecker and QuantityConflictChecker judge those), for periods that overlap
// (both were compared with the thing's prototype, not with each other).
bool conflictingPair(const Ref &a, const Ref &b)
{
    return a.article != b.article && !a.revision && !b.revision && (a.family.isEmpty() || a.family != b.family)
        && periodsCompatible(a, b);
}

bool overlap(const ValueClass &x, const ValueClass &y)
{
    return x.low <= y.high && y.low <= x.high;
}

bool agree(const Ref &a, const Ref &b)
{
    return a.low <= b.high && b.low <= a.high;
}

// The claims of one thing by article, and pair tests as a comparison of every pair of claims
// would make them, restricted to the thing's claims.
struct ThingArticles
{
    const QList<Ref> &refs;
    QHash<int, QList<int>> claims; // article -> claims of the thing

    double score(const Ref &a, const Ref &b) const
    {
        if (!comparable(a, b))
            return -1;
        return measuredSimilarity(a.keys, a.entities, b.keys, b.entities);
    }

    // Claim i's candidates among the claims of `article`: (score, claim) above the threshold,
    // like for like (an undated figure against the article's undated ones when it has any,
    // "73,1 persen" rather than "68 persen pada pemilihan 2020"; a dated one the dated ones).
    QList<std::pair<double, int>> candidates(int i, int article) const
    {
        const Ref &a = refs.at(i);
        QList<std::pair<double, int>> list;
        for (int j : claims.value(article)) {
            const double s = score(a, refs.at(j));
            if (s >= measuredMatchThreshold)
                list.append({s, j});
        }
        const bool dated = a.m->period >= 0;
        const bool any = std::any_of(list.cbegin(), list.cend(),
                                     [&](const auto &c) { return (refs.at(c.second).m->period >= 0) == dated; });
        if (any)
            list.removeIf([&](const auto &c) { return (refs.at(c.second).m->period >= 0) != dated; });
        return list;
    }

    // j is among i's near-best candidates in j's article, and none of those agrees with i.
    bool nearBestDisagreeing(int i, int j) const
    {
        const QList<std::pair<double, int>> list = candidates(i, refs.at(j).article);
        double top = -1;
        for (const auto &c : list)
            top = std::max(top, c.first);
        bool found = false;
        for (const auto &[score, k] : list) {
            if (score < top - measuredMatchMargin)
                continue;
            if (agree(refs.at(i), refs.at(k)))
                return false;
            found = found || k == j;
        }
        return found;
    }

    // Claims i and j disagree as each other's near-best counterpart, neither article giving
    // a near-best claim that agrees ("12 orang meninggal dan 4 orang hilang" against "12
    // orang meninggal" is no conflict about the 4 missing).
    bool conflict(int i, int j) const
    {
        return conflictingPair(refs.at(i), refs.at(j)) && nearBestDisagreeing(i, j) && nearBestDisagreeing(j, i);
    }
};

// Some claim of x and some claim of y (the first pairSearchCap of each) are in conflict.
bool holdConflictingPair(const ThingArticles &articles, const ValueClass &x, const ValueClass &y)
{
    if (overlap(x, y))
        return false;
    for (int i : x.refs.mid(0, pairSearchCap))
        for (int j : y.refs.mid(0, pairSearchCap))
            if (articles.conflict(i, j))
                return true;
    return false;
}

// The finding of one measured thing: every value class in conflict with another, each with
// the evidence of every claim that gives it. A claim counts only when it is among its
// article's nearest to the prototype ("12 orang meninggal dan 4 orang hilang": the 4 missing
// is another figure of the sentence), and only when some pair of its claims conflicts.
std::optional<Finding> thingFinding(const QList<Ref> &refs, const Thing &thing)
{
    QHash<int, double> bestOfArticle;
    for (const Member &m : thing.members) {
        const int article = refs.at(m.ref).article;
        bestOfArticle[article] = std::max(bestOfArticle.value(article, -1), m.score);
    }
    QList<ValueClass> classes;
    QHash<QString, int> classOf; // "low|high" -> class
    for (const Member &m : thing.members) {
        const Ref &r = refs.at(m.ref);
        if (m.score < bestOfArticle.value(r.article) - measuredMatchMargin)
            continue;
        const QString key = numberText(r.low) + QLatin1Char('|') + numberText(r.high);
        auto it = classOf.constFind(key);
        if (it == classOf.cend()) {
            it = classOf.insert(key, int(classes.size()));
            classes.append(ValueClass{r.low, r.high, {}});
        }
        classes[*it].refs.append(m.ref);
    }
    if (classes.size() < 2)
        return std::nullopt;
    ThingArticles articles{refs, {}};
    for (const ValueClass &c : std::as_const(classes))
        for (int k : c.refs)
            articles.claims[refs.at(k).article].append(k);
    // Value classes are few (the distinct figures given for one thing): all pairs are compared.
    QList<bool> inConflict(classes.size(), false);
    for (qsizetype x = 0; x < classes.size(); ++x)
        for (qsizetype y = x + 1; y < classes.size(); ++y)
            if ((!inConflict.at(x) || !inConflict.at(y)) && holdConflictingPair(articles, classes.at(x), classes.at(y)))
                inConflict[x] = inConflict[y] = true;
    QList<int> sides; // conflicting classes, in the order the report first gives them
    for (qsizetype x = 0; x < classes.size(); ++x)
        if (inConflict.at(x))
            sides.append(int(x));
    if (sides.size() < 2)
        return std::nullopt;

    // The finding's two sides: the first claim of the first value, and the claim of the second
    // value most like it.
    const Ref &a = refs.at(classes.at(sides.at(0)).refs.first());
    int bi = -1;
    double bScore = -1;
    for (int j : classes.at(sides.at(1)).refs) {
        const Ref &c = refs.at(j);
        const double score = measuredSimilarity(a.keys, a.entities, c.keys, c.entities);
        if (score > bScore && c.article != a.article) {
            bScore = score;
            bi = j;
        }
    }
    const Ref &b = refs.at(bi >= 0 ? bi : classes.at(sides.at(1)).refs.first());
    const Ref &p = refs.at(thing.prototype);
    Finding f;
    const bool date = p.m->kind == ValueKind::Date || p.m->kind == ValueKind::Time;
    f.kind = date ? QStringLiteral("date_conflict") : QStringLiteral("quantity_conflict");
    f.severity = Severity::Medium;
    QStringList values, texts;
    QSet<QString> seen;
    for (int s : std::as_const(sides)) {
        const ValueClass &c = classes.at(s);
        values.append(valueOf(refs.at(c.refs.first())));
        // Each value as written: the two sides' own words, then each other value's first.
        texts.append(s == sides.at(0)       ? a.m->valueText
                         : s == sides.at(1) ? b.m->valueText
                                            : refs.at(c.refs.first()).m->valueText);
        for (int i : c.refs) {
            const Ref &r = refs.at(i);
            const Evidence e = evidenceAt(*r.doc, r.m->valueSpan, valueOf(r));
            if (!seen.contains(evidenceKey(e))) {
                seen.insert(evidenceKey(e));
                f.evidence.append(e);
            }
        }
    }
    values.removeDuplicates();
    values.sort();
    f.values = values;
    const bool aContract = isContractLanguage(a.doc->meta.language);
    const bool bContract = isContractLanguage(b.doc->meta.language);
    const Ref &en = bContract && !aContract ? b : a;
    const Ref &id = !bContract && aContract ? b : a;
    const QString list = texts.join(QLatin1String(" vs "));
    const auto s = findingSummary(date ? FindingTextId::MeasuredDateConflict : FindingTextId::MeasuredConflict,
                                  {describe(en, false), list}, {describe(id, true), list});
    f.summary = s.en;
    f.summaryId = s.id;
    FindingMatch match;
    match.score = std::round(std::max(bScore, 0.0) * 1000.0) / 1000.0;
    match.sides = {sideOf(a), sideOf(b)};
    f.match = match;
    f.key = f.kind + QLatin1String("|measured|") + p.block + QLatin1Char('|')
        + p.m->measureLemmas.join(QLatin1Char(' ')) + QLatin1Char('|') + values.join(QLatin1Char('|'));
    return f;
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
    // Only blocks with claims of two articles or more can hold a conflict (a claim never joins
    // a thing its own article started): the others' claims get no ref at all. One long article
    // alone made a ref of every claim, about half the checks' memory (tests/bench/README.md,
    // eighth pass). The refs are then sized once, as CheckContext's claims.
    struct BlockClaims
    {
        int article = -1; // the one article of the block's claims, or severalArticles
        qsizetype claims = 0;
    };
    constexpr int severalArticles = -1;
    QHash<QString, BlockClaims> claimsOfBlock;
    for (int ai = 0; ai < report.articles.size(); ++ai) {
        for (const MeasuredClaim &m : report.articles.at(ai).measured) {
            if (m.expected || !m.body)
                continue;
            BlockClaims &b = claimsOfBlock[blockOf(report.articles.at(ai), m)];
            b.article = b.claims == 0 || b.article == ai ? ai : severalArticles;
            ++b.claims;
        }
    }
    qsizetype compared = 0;
    for (const BlockClaims &b : std::as_const(claimsOfBlock))
        if (b.article == severalArticles)
            compared += b.claims;
    refs.reserve(compared);
    // What a ref derives from its claim's lists is derived once per list: the article's string
    // pool (pipeline/Analyzer.cpp) gives the measured claims of one sentence one shared list of
    // mentions and of context lemmas, so their refs share the entity keys and lemma ids too
    // instead of a list each: 2.3 MB less heap while the checks run on a 2 MB article
    // (tests/bench/README.md, seventh pass). Keyed by the shared list's buffer, which lives as
    // long as the report; lists that are not shared (a project read back) are each their own key.
    using ListId = std::pair<const void *, qsizetype>;
    const auto listId = [](const auto &list) { return ListId(list.constData(), list.size()); };
    QHash<ListId, QList<int>> lemmaKeysOf;
    const auto lemmaKeys = [&](const QStringList &lemmas) {
        if (lemmas.isEmpty())
            return keysOf(lemmas, lemmaIds);
        auto it = lemmaKeysOf.constFind(listId(lemmas));
        if (it == lemmaKeysOf.cend())
            it = lemmaKeysOf.insert(listId(lemmas), keysOf(lemmas, lemmaIds));
        return *it;
    };
    for (int ai = 0; ai < report.articles.size(); ++ai) {
        const Article &doc = report.articles.at(ai);
        QHash<int, QString> timeFamily, quantityFamily;
        QHash<ListId, QStringList> entitiesOf, placesOf; // of this article's mention lists
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
            // The block's name as the table holds it: one shared string per block.
            const auto block = claimsOfBlock.constFind(blockOf(doc, m));
            if (block->article != severalArticles)
                continue;
            Ref r;
            r.article = ai;
            r.doc = &doc;
            r.m = &m;
            if (!m.entityMentions.isEmpty()) {
                auto it = entitiesOf.constFind(listId(m.entityMentions));
                if (it == entitiesOf.cend()) {
                    QStringList entities;
                    for (int mi : m.entityMentions) {
                        const QString key = CheckContext::entityKey(doc, mi);
                        if (!entities.contains(key))
                            entities.append(key);
                    }
                    entities.sort();
                    it = entitiesOf.insert(listId(m.entityMentions), entities);
                }
                r.entities = *it;
            }
            if (!m.placeMentions.isEmpty()) {
                auto it = placesOf.constFind(listId(m.placeMentions));
                if (it == placesOf.cend()) {
                    QStringList places;
                    for (int mi : m.placeMentions)
                        places.append(CheckContext::entityKey(doc, mi));
                    it = placesOf.insert(listId(m.placeMentions), places);
                }
                r.places = *it;
            }
            interval(doc, m, &r.low, &r.high);
            r.block = block.key();
            r.revision = revisions.contains(m.span);
            r.keys.context = lemmaKeys(m.context);
            r.keys.measure = lemmaKeys(m.measureLemmas);
            r.family = m.time >= 0 ? timeFamily.value(m.time)
                : m.quantity >= 0  ? quantityFamily.value(m.quantity)
                                   : QString();
            blocks[r.block].append(int(refs.size()));
            refs.append(r);
        }
    }

    // Each block's claims gather into measured things: a claim joins the thing whose first
    // claim (its prototype) it aligns with best, or starts a new one. Alignment needs two
    // shared context lemmas, so things are found through an index of their prototype's pairs
    // of context lemmas: a claim is scored against the few things that can align, never against
    // every other claim, and a word every claim shares does not make every thing a candidate.
    // A report of thousands of articles on one subject has a handful of things, not millions of
    // pairs of claims (issue 18: 10,000 articles ran out of memory).
    QList<Finding> findings;
    for (const QList<int> &block : std::as_const(blocks)) {
        QList<Thing> things;
        // prototype's pair of context lemmas -> the prototype's article -> things. Grouped by
        // article because a claim never joins a thing its own article started: one article
        // repeating a figure in the same words must not make each claim visit every thing
        // before it (quadratic; tst_cost_adversarial's weekday row).
        // A block's claims come in article order, so each pair's list is grouped by article in
        // that order: a list, not a hash (iterating a small QHash walks all its empty slots,
        // 5% of a long article's analysis).
        QHash<quint64, QList<std::pair<int, QList<int>>>> thingsOfPair;
        QHash<size_t, QList<int>> prototypesOf; // prototypeKey -> prototypes
        auto pairsOf = [](const QList<int> &lemmas) {
            QList<quint64> pairs;
            for (qsizetype x = 0; x < lemmas.size(); ++x)
                for (qsizetype y = x + 1; y < lemmas.size(); ++y) {
                    const auto [lo, hi] = std::minmax(lemmas.at(x), lemmas.at(y));
                    pairs.append((quint64(quint32(lo)) << 32) | quint32(hi));
                }
            return pairs;
        };
        for (int i : block) {
            const Ref &a = refs.at(i);
            const QList<quint64> pairs = pairsOf(a.keys.context);
            QSet<int> candidates;
            for (quint64 pair : pairs) {
                const auto byArticle = thingsOfPair.constFind(pair);
                if (byArticle == thingsOfPair.cend())
                    continue;
                for (const auto &[article, ofArticle] : *byArticle)
                    if (article != a.article)
                        for (int t : ofArticle)
                            candidates.insert(t);
            }
            QList<int> ordered(candidates.cbegin(), candidates.cend());
            std::sort(ordered.begin(), ordered.end());
            // Like for like: an undated figure joins a thing of undated figures when one aligns
            // ("73,1 persen" rather than "68 persen pada pemilihan 2020"), a dated one a dated one.
            int bestOf[2] = {-1, -1}; // [same datedness as the prototype]
            double scoreOf[2] = {-1, -1};
            for (int t : std::as_const(ordered)) {
                const Ref &p = refs.at(things.at(t).prototype);
                // Two figures of one article are two things ("2 km northwest of Mamuju, at a
                // depth of 4 km"): a claim never joins a thing its own article started.
                if (p.article == a.article || !comparable(p, a))
                    continue;
                const double score = measuredSimilarity(p.keys, p.entities, a.keys, a.entities);
                const int like = (p.m->period >= 0) == (a.m->period >= 0) ? 1 : 0;
                if (score >= measuredMatchThreshold && score > scoreOf[like]) {
                    bestOf[like] = t;
                    scoreOf[like] = score;
                }
            }
            const int like = bestOf[1] >= 0 ? 1 : 0;
            int best = bestOf[like];
            double bestScore = scoreOf[like];
            if (best < 0) {
                best = int(things.size());
                bestScore = 1;
                things.append(Thing{i, {}});
                // A prototype like an earlier one of its article in everything a claim is scored
                // and matched on never wins a claim (ties go to the earlier thing), so it is left
                // out of the index: two articles each repeating one figure in the same words no
                // longer score every claim of one against every repeat of the other.
                QList<int> &sameKey = prototypesOf[prototypeKey(a)]; // the indexed ones only
                const bool repeat = std::any_of(sameKey.cbegin(), sameKey.cend(),
                                                [&](int earlier) { return samePrototype(refs.at(earlier), a); });
                if (!repeat) {
                    sameKey.append(i);
                    for (quint64 pair : pairs) {
                        auto &byArticle = thingsOfPair[pair];
                        if (byArticle.isEmpty() || byArticle.constLast().first != a.article)
                            byArticle.emplaceBack(a.article, QList<int>());
                        byArticle.last().second.append(best);
                    }
                }
            }
            things[best].members.append({i, bestScore});
        }
        for (const Thing &thing : std::as_const(things))
            if (auto f = thingFinding(refs, thing))
                findings.append(*f);
    }
    return findings;
}

} // namespace fc
