#include "CheckContext.h"

#include "claims/PredicateCatalog.h"
#include "lang/Language.h"
#include "text/StringPool.h"

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>
#include <limits>
#include <numeric>

namespace fc {

namespace {

class UnionFind
{
public:
    explicit UnionFind(qsizetype n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<int> m_parent;
};

// NumberRuleSet::reachedFigureWords of every language, as one list served every article before
// the words moved into the language records.
bool reachedFigure(const QString &text)
{
    const QString lower = text.simplified().toLower();
    for (const LanguageRules *l : allLanguages())
        for (const char *word : l->numberRules().reachedFigureWords)
            if (lower.startsWith(QLatin1String(word)))
                return true;
    return false;
}

void quantityInterval(const Quantity &q, double *low, double *high)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    // "sekitar 10.000" is compared as the figure it states: newsroom rounding is still a
    // different figure from "11.000". Bounds and ranges are intervals.
    switch (q.approximation) {
    case Approximation::Exact:
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
        // "naik hingga 3 meter", "rose up to 3 metres": the level reached, a figure, not a cap.
        if (reachedFigure(q.text)) {
            *low = *high = q.value;
            return;
        }
        *low = -inf;
        *high = q.value;
        return;
    case Approximation::LessThan:
        *low = -inf;
        *high = std::nextafter(q.value, -inf);
        return;
    case Approximation::Almost:
        *low = std::min(q.low, q.value);
        *high = q.value;
        return;
    case Approximation::Range:
        *low = std::min(q.low, q.high);
        *high = std::max(q.low, q.high);
        return;
    }
    *low = q.low;
    *high = q.high;
}

} // namespace

void timeInterval(const TimeValue &value, QDate *begin, QDate *end)
{
    QDate b = value.begin;
    QDate e = value.end.isValid() && value.end > value.begin ? value.end : value.begin;
    switch (value.granularity) {
    case Granularity::Year:
        b = QDate(b.year(), 1, 1);
        e = QDate(e.year(), 12, 31);
        break;
    case Granularity::Month:
        b = QDate(b.year(), b.month(), 1);
        e = QDate(e.year(), e.month(), e.daysInMonth());
        break;
    case Granularity::Week: e = std::max(e, b.addDays(6)); break;
    case Granularity::Day:
    case Granularity::Minute: break;
    }
    *begin = b;
    *end = e;
}

bool intervalsOverlap(const QDate &b1, const QDate &e1, const QDate &b2, const QDate &e2)
{
    return b1 <= e2 && b2 <= e1;
}

QString CheckContext::entityKey(const Article &article, int mention)
{
    const Mention &m = article.mentions.at(mention);
    if (!m.entityId.isEmpty())
        return m.entityId;
    const QString name = m.canonical.isEmpty() ? m.text : m.canonical;
    return QStringLiteral("name:") + name.simplified().toLower();
}

QString CheckContext::entityName(const QString &key) const
{
    return m_entityNames.value(key, key.startsWith(u"name:") ? key.mid(5) : key);
}

QString CheckContext::sourceName(const ClaimRef &claim) const
{
    if (!claim.source.isEmpty()) {
        const auto it = m_entityNames.constFind(claim.source);
        if (it != m_entityNames.cend())
            return *it;
    }
    const int mention = claim.c->sourceMention;
    if (mention >= 0 && mention < claim.doc->mentions.size())
        return claim.doc->mentions.at(mention).text;
    return {};
}

QString CheckContext::fingerprint(const Article &article)
{
    // The UTF-8 of the text, hashed a piece at a time: converting a long text whole reserved
    // three bytes a character, the top of one 20 MB article's checks (tests/bench/README.md,
    // eighth pass). A piece never ends between the two halves of a surrogate pair, so the bytes
    // hashed are the whole text's UTF-8, and the fingerprint is the same.
    constexpr qsizetype piece = 64 * 1024;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringView text(article.text);
    for (qsizetype at = 0; at < text.size();) {
        qsizetype n = std::min(piece, text.size() - at);
        if (at + n < text.size() && text.at(at + n - 1).isHighSurrogate())
            --n;
        hash.addData(text.mid(at, n).toUtf8());
        at += n;
    }
    return QString::fromLatin1(hash.result().toHex().left(10));
}

CheckContext::CheckContext(const Report &report)
    : m_report(report)
{
    for (const Entity &e : report.entities)
        m_entityNames.insert(e.id, e.name);
    // Sized once: grown by appending, one long article's list held up to twice its claims
    // while the checks run, the peak of its analysis (tests/bench/README.md, fifth pass).
    qsizetype bodyClaims = 0;
    for (const Article &a : report.articles)
        bodyClaims += std::count_if(a.claims.cbegin(), a.claims.cend(), [](const Claim &c) { return c.body; });
    m_claims.reserve(bodyClaims);
    // The claims of one sentence name the same participants: their entity lists and keys are
    // kept as one shared copy each, made and freed claim by claim (a third of the context's
    // memory on one long article, tests/bench/README.md, eighth pass).
    StringPool pool;
    for (int ai = 0; ai < report.articles.size(); ++ai) {
        const Article &a = report.articles.at(ai);
        for (int ci = 0; ci < a.claims.size(); ++ci) {
            const Claim &c = a.claims.at(ci);
            if (!c.body)
                continue;
            ClaimRef r;
            r.article = ai;
            r.claim = ci;
            r.doc = &a;
            r.c = &c;
            for (const QList<int> *list : {&c.agentMentions, &c.patientMentions})
                for (int mi : *list)
                    if (mi >= 0 && mi < a.mentions.size())
                        r.entities.append(entityKey(a, mi));
            for (const QString &id : c.agents + c.patients)
                r.entities.append(id);
            std::sort(r.entities.begin(), r.entities.end());
            r.entities.erase(std::unique(r.entities.begin(), r.entities.end()), r.entities.end());
            if (c.time >= 0 && c.time < a.times.size()) {
                const TimeExpression &t = a.times.at(c.time);
                if (t.value.isValid() && t.value.anchored && !t.isDuration) {
                    r.time = &t;
                    timeInterval(t.value, &r.timeBegin, &r.timeEnd);
                }
            }
            if (c.quantity >= 0 && c.quantity < a.quantities.size()) {
                const Quantity &q = a.quantities.at(c.quantity);
                r.nounClass = quantityNounClass(q, a.meta.language);
                if (r.nounClass.isEmpty() && q.noun.trimmed().isEmpty() && q.unit.trimmed().isEmpty())
                    r.nounClass = impliedNounClass(c.family);
                if (!r.nounClass.isEmpty()) {
                    r.quantity = &q;
                    quantityInterval(q, &r.low, &r.high);
                }
            }
            if (c.sourceMention >= 0 && c.sourceMention < a.mentions.size()) {
                r.source = entityKey(a, c.sourceMention);
            } else if (!c.sourceEntity.isEmpty()) {
                r.source = c.sourceEntity;
            }
            pool.share(r.entities);
            pool.share(r.nounClass);
            pool.share(r.source);
            m_claims.append(std::move(r));
        }
    }

    // Events: same predicate family and a shared participant.
    UnionFind uf(m_claims.size());
    QHash<QString, int> firstWithKey;
    for (int i = 0; i < m_claims.size(); ++i) {
        const ClaimRef &r = m_claims.at(i);
        for (const QString &e : r.entities) {
            const QString block = r.c->family + QLatin1Char('|') + e;
            auto it = firstWithKey.constFind(block);
            if (it == firstWithKey.cend())
                firstWithKey.insert(block, i);
            else
                uf.unite(i, *it);
        }
    }
    QMap<int, QList<int>> byRoot;
    for (int i = 0; i < m_claims.size(); ++i)
        byRoot[uf.find(i)].append(i);
    for (auto it = byRoot.cbegin(); it != byRoot.cend(); ++it)
        m_events.append(*it);

    // Figures: one story per analysis, so a counted thing of an event family is one figure.
    // For events that recur in place, a figure dated more than a month before the family's
    // latest date belongs to an earlier occurrence ("in 2021, a 6.2 quake killed 100").
    QHash<QString, QDate> latestOfFamily;
    for (const ClaimRef &r : std::as_const(m_claims)) {
        if (r.time && r.timeEnd.isValid() && recursInPlace(r.c->family)) {
            QDate &latest = latestOfFamily[r.c->family];
            if (!latest.isValid() || r.timeEnd > latest)
                latest = r.timeEnd;
        }
    }
    QMap<QString, QList<int>> figures;
    for (int i = 0; i < m_claims.size(); ++i) {
        const ClaimRef &r = m_claims.at(i);
        if (!r.quantity)
            continue;
        const QDate latest = latestOfFamily.value(r.c->family);
        if (r.time && latest.isValid() && r.timeEnd.isValid() && r.timeEnd.daysTo(latest) > occurrenceWindowDays)
            continue;
        figures[r.c->family + QLatin1Char('|') + r.nounClass].append(i);
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        m_figureGroups.append(*it);
}

} // namespace fc
