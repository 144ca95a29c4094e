#include "QuantityRecogniser.h"

#include "lang/Language.h"
#include "lang/LanguageIdentifier.h"
#include "quantity/NumberParser.h"
#include "text/StringPool.h"
#include "text/TextSlice.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fc {

namespace {

// NumberRuleSet::openedRangeJoiners of every language, in registry order.
const QList<const char *> &openedRangeJoiners()
{
    static const QList<const char *> joiners = [] {
        QList<const char *> all;
        for (const LanguageRules *l : allLanguages())
            all << l->numberRules().openedRangeJoiners;
        return all;
    }();
    return joiners;
}

constexpr double infinity = std::numeric_limits<double>::infinity();

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x00A0) || c == QChar(0x202F);
}

qsizetype skipBlanks(QStringView text, qsizetype i)
{
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return i;
}

qsizetype skipBlanksBack(QStringView text, qsizetype i)
{
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    return i;
}

qsizetype wordEnd(QStringView text, qsizetype i)
{
    // Letters, and hyphens inside a word ("kira-kira", "twenty-five").
    while (i < text.size()
           && (text[i].isLetter() || (text[i] == u'-' && i + 1 < text.size() && text[i + 1].isLetter())))
        ++i;
    return i;
}

// Does `phrase` (lowercase) occur at pos as whole words? Returns its end, or -1.
template<typename Phrase> qsizetype phraseAt(QStringView text, qsizetype pos, Phrase phrase)
{
    if (pos + phrase.size() > text.size())
        return -1;
    if (text.mid(pos, phrase.size()).compare(phrase, Qt::CaseInsensitive) != 0)
        return -1;
    const qsizetype end = pos + phrase.size();
    if (QChar(phrase.back()).isLetter() && end < text.size() && text[end].isLetterOrNumber())
        return -1;
    return end;
}

// The rules' words are UTF-8 literals, nearly all ASCII. f(word) gets an ASCII word as a
// Latin-1 view (the same characters, so the same comparisons) and any other as a QString:
// converting every rule word at every number cost more than the comparisons themselves.
template<typename F> auto withRuleWord(const char *utf8, F f)
{
    const QLatin1StringView latin(utf8);
    if (!latin.isEmpty() && std::all_of(latin.begin(), latin.end(), [](char c) { return uchar(c) < 0x80; }))
        return f(latin);
    return f(QString::fromUtf8(utf8));
}

qsizetype phraseAt(QStringView text, qsizetype pos, const char *utf8)
{
    return withRuleWord(utf8, [&](const auto &phrase) { return phraseAt(text, pos, phrase); });
}

// The longest of `phrases` that ends exactly at `end` as whole words: its start, or -1.
template<typename List, typename Text>
qsizetype phraseBefore(QStringView text, qsizetype end, const List &phrases, Text textOf, int *which,
                       bool caseSensitive)
{
    qsizetype best = -1;
    const auto cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    // A phrase whose last character is not the one before `end` cannot end there: compared
    // first, from the rule's bytes, before the phrase is read at all (this runs at every digit
    // that follows a letter or a digit, nearly always for nothing).
    const char16_t before = end > 0 && end <= text.size() ? text[end - 1].unicode() : 0;
    const char16_t beforeFolded = QChar::toCaseFolded(before);
    for (int k = 0; k < int(phrases.size()); ++k) {
        const char *const utf8 = textOf(phrases[k]);
        if (const size_t n = qstrlen(utf8); n > 0 && before != 0) {
            const char16_t last = uchar(utf8[n - 1]);
            if (last < 0x80 && (caseSensitive ? last != before : QChar::toCaseFolded(last) != beforeFolded))
                continue;
            // Ends in a character beyond ASCII ("€"): never the same character as an ASCII one
            // (without case: a few fold to ASCII letters, so those go the long way).
            if (last >= 0x80 && caseSensitive && before < 0x80)
                continue;
        }
        const bool found = withRuleWord(utf8, [&](const auto &p) {
            const qsizetype start = end - p.size();
            if (start < 0 || (best >= 0 && start >= best))
                return false;
            if (text.mid(start, p.size()).compare(p, cs) != 0)
                return false;
            if (QChar(p.front()).isLetterOrNumber() && start > 0 && text[start - 1].isLetterOrNumber())
                return false;
            best = start;
            return true;
        });
        if (found)
            *which = k;
    }
    return best;
}

const char *unitPrefixText(const UnitWord &u)
{
    return u.word;
}

bool inList(const QList<const char *> &list, QStringView word)
{
    const auto same = [&](const char *w) {
        return withRuleWord(w, [&](const auto &rule) { return word.compare(rule, Qt::CaseInsensitive) == 0; });
    };
    return std::any_of(list.begin(), list.end(), same);
}

// Spans to keep out of (times, page furniture), asked "does anything overlap s?" once per
// number: sorted by start with the running maximum of their ends, so each question is a binary
// search rather than a pass over every date of a long article.
class SpanSet
{
public:
    explicit SpanSet(QList<Span> spans)
    {
        std::sort(spans.begin(), spans.end());
        m_starts.reserve(spans.size());
        m_maxEnds.reserve(spans.size());
        qsizetype maxEnd = -1;
        for (const Span &x : std::as_const(spans)) {
            if (x.isEmpty())
                continue;
            maxEnd = std::max(maxEnd, x.end);
            m_starts.push_back(x.start);
            m_maxEnds.push_back(maxEnd);
        }
    }

    bool overlaps(Span s) const
    {
        // Some x with x.start < s.end and x.end > s.start.
        const auto it = std::lower_bound(m_starts.cbegin(), m_starts.cend(), s.end);
        if (it == m_starts.cbegin())
            return false;
        return m_maxEnds.at(std::size_t(it - m_starts.cbegin()) - 1) > s.start;
    }

private:
    std::vector<qsizetype> m_starts;
    std::vector<qsizetype> m_maxEnds;
};

bool overlapsAny(const SpanSet &spans, Span s)
{
    return spans.overlaps(s);
}

struct Reader
{
    QStringView text;
    const NumberParser &parser;
    const NumberRuleSet &rules;

    // A number at pos, numerals followed by an optional scale word ("1,5 miliar").
    std::optional<ParsedNumber> numberAt(qsizetype pos) const
    {
        if (pos >= text.size())
            return std::nullopt;
        if (text[pos].isDigit()) {
            if (pos > 0 && text[pos - 1].isLetterOrNumber() && !unitPrefixEndsAt(pos))
                return std::nullopt;
            if (pos > 1 && (text[pos - 1] == u'.' || text[pos - 1] == u',') && text[pos - 2].isDigit())
                return std::nullopt;
            auto n = parser.numeralAt(text, pos);
            if (!n)
                return std::nullopt;
            const qsizetype s = skipBlanks(text, n->end);
            if (auto scale = parser.scaleAt(text, s)) {
                n->value *= scale->first;
                n->high *= scale->first;
                n->end = scale->second;
                n->grouped = true; // "2 juta" is no year
            }
            return n;
        }
        if (text[pos].isLetter())
            return parser.wordsAt(text, pos);
        return std::nullopt;
    }

    // "Rp1,5 miliar": a unit written against the number. A single letter is not one: "M16" and
    // "A4" are names; the magnitude "M 5,8" is written apart.
    bool unitPrefixEndsAt(qsizetype pos) const
    {
        int which = -1;
        return phraseBefore(text, pos, rules.unitPrefixes, unitPrefixText, &which, true) >= 0
            && qstrlen(rules.unitPrefixes[which].word) > 1;
    }

    QString previousWord(qsizetype pos) const
    {
        qsizetype e = skipBlanksBack(text, pos);
        if (e > 0 && text[e - 1] == u'.')
            --e;
        qsizetype s = e;
        while (s > 0 && text[s - 1].isLetter())
            --s;
        return text.mid(s, e - s).toString().toLower();
    }

    // The unit word at pos (longest match): its canonical code and end.
    std::optional<std::pair<QString, qsizetype>> unitAt(qsizetype pos) const
    {
        std::optional<std::pair<QString, qsizetype>> best;
        for (const auto &u : rules.units) {
            const qsizetype e = phraseAt(text, pos, u.word);
            if (e > 0 && (!best || e > best->second))
                best = std::make_pair(QString::fromUtf8(u.unit), e);
        }
        return best;
    }
};

// Where the noun of a partitive's whole starts ("dari sembilan fraksi" -> "fraksi"), or -1.
qsizetype partitiveNoun(const Reader &r, qsizetype pos, double part)
{
    const QStringView text = r.text;
    for (const char *p : r.rules.partitives) {
        const qsizetype e = phraseAt(text, pos, p);
        if (e < 0)
            continue;
        qsizetype s = skipBlanks(text, e);
        for (const char *d : r.rules.partitiveDeterminers) {
            const qsizetype de = phraseAt(text, s, d);
            if (de > 0) {
                s = skipBlanks(text, de);
                break;
            }
        }
        const auto whole = r.numberAt(s);
        if (!whole || whole->value <= part)
            return -1;
        return skipBlanks(text, whole->end);
    }
    return -1;
}

std::optional<Quantity> readQuantity(const Reader &r, qsizetype pos, const ParsedNumber &first, const SpanSet &skip)
{
    const QStringView text = r.text;
    const NumberRuleSet &rules = r.rules;
    Quantity q;
    q.span = {pos, first.end};
    q.value = first.value;
    q.low = first.value;
    q.high = first.high;
    if (first.vague)
        q.approximation = Approximation::Range;
    bool hasScaleOrGroup = first.grouped || first.words;

    // Parts of names and labels: "F-16", "ke-2", "G20", "Pasal 51", "19/6".
    if (pos > 1 && text[pos - 1] == u'-' && text[pos - 2].isLetter())
        return std::nullopt;
    if ((pos > 0 && (text[pos - 1] == u'/' || text[pos - 1] == u':'))
        || (first.end < text.size() && (text[first.end] == u'/' || text[first.end] == u':')
            && first.end + 1 < text.size() && text[first.end + 1].isDigit()))
        return std::nullopt;
    const QString before = r.previousWord(pos);
    // A label word before the number ("at 7", "Pasal 51") makes it a label, unless a unit follows:
    // "held its rate at 6 percent" is an amount.
    if (inList(rules.notCounted, before) && !r.unitAt(skipBlanks(text, q.span.end)))
        return std::nullopt;
    if (first.words && inList(rules.wordNumberBlockers, before))
        return std::nullopt;

    // A range: "12 hingga 15", "12-15", "12 to 15".
    qsizetype i = skipBlanks(text, q.span.end);
    for (const char *j : rules.rangeJoiners) {
        const qsizetype je = phraseAt(text, i, j);
        if (je < 0)
            continue;
        const qsizetype s = skipBlanks(text, je);
        auto second = r.numberAt(s);
        if (second && second->words == first.words && second->value > first.value
            && !overlapsAny(skip, {s, second->end})) {
            q.low = first.value;
            q.high = second->high;
            q.approximation = Approximation::Range;
            q.span.end = second->end;
            hasScaleOrGroup = hasScaleOrGroup || second->grouped;
            break;
        }
    }
    // "antara 12 dan 15", "between 12 and 15".
    if (q.approximation != Approximation::Range && inList(rules.rangeOpeners, before)) {
        // Every language's joiners, as one list served every article before the words moved
        // into the language records.
        for (const char *j : openedRangeJoiners()) {
            const qsizetype je = phraseAt(text, i, j);
            if (je < 0)
                continue;
            auto second = r.numberAt(skipBlanks(text, je));
            if (second && second->value > first.value) {
                q.low = first.value;
                q.high = second->high;
                q.approximation = Approximation::Range;
                q.span.end = second->end;
                q.span.start = skipBlanksBack(text, pos) - before.size();
            }
        }
    }

    // A unit written before the number: "Rp 1,5 miliar", "US$2 million", "magnitudo 5,8".
    const qsizetype back = skipBlanksBack(text, q.span.start);
    int currency = -1;
    const qsizetype cur = phraseBefore(text, back, rules.unitPrefixes, unitPrefixText, &currency, true);
    const qsizetype curDot = back > 0 && text[back - 1] == u'.'
        ? phraseBefore(text, back - 1, rules.unitPrefixes, unitPrefixText, &currency, true)
        : -1;
    // What made it a quantity, for its rule name (docs/rule-names.md).
    const char *rule = "plain";
    if (cur >= 0 || curDot >= 0) {
        q.span.start = cur >= 0 ? cur : curDot;
        q.unit = QString::fromUtf8(rules.unitPrefixes[currency].unit);
        hasScaleOrGroup = true;
        rule = "unit-before";
    }

    // Unit, or else the counted noun (an amount with a unit before it counts no noun).
    i = skipBlanks(text, q.span.end);
    const bool prefixed = !q.unit.isEmpty();
    // A unit joined by a hyphen: "6.0-magnitude", "10-km".
    const qsizetype hyphenated = i < text.size() && text[i] == u'-' && i == q.span.end ? i + 1 : -1;
    if (i < text.size() && text[i] == u'%' && q.span.end == i) {
        q.unit = QStringLiteral("%");
        q.span.end = i + 1;
        rule = "percent";
    } else if (auto unit = r.unitAt(i)) {
        if (!prefixed || unit->first == q.unit) {
            q.unit = unit->first;
            q.span.end = unit->second;
            rule = "unit";
        }
    } else if (auto joined = hyphenated > 0 ? r.unitAt(hyphenated) : std::nullopt; joined && !prefixed) {
        q.unit = joined->first;
        q.span.end = joined->second;
        rule = "unit";
    } else if (!prefixed) {
        qsizetype w = i;
        const qsizetype partitive = partitiveNoun(r, i, q.value);
        if (partitive > 0)
            w = partitive;
        for (;;) {
            const qsizetype e = wordEnd(text, w);
            if (e == w)
                break;
            const QStringView word = text.mid(w, e - w);
            if (inList(rules.fillers, word)) {
                w = skipBlanks(text, e);
                continue;
            }
            if (!inList(rules.notNouns, word) && !r.parser.wordsAt(text, w)
                && !(rules.isEventWord && rules.isEventWord(word.toString().toLower()))) {
                q.noun = word.toString().toLower();
                q.span.end = e;
                rule = partitive > 0 ? "partitive" : "counted-noun";
            }
            break;
        }
    }

    // Approximation words before: "sekitar", "lebih dari", "at least".
    int which = -1;
    if (q.approximation != Approximation::Range) {
        const qsizetype ab = skipBlanksBack(text, q.span.start);
        const auto affixText = [](const Affix &a) { return a.text; };
        const qsizetype as = phraseBefore(text, ab, rules.approximations, affixText, &which, false);
        if (as >= 0 && !overlapsAny(skip, {as, ab})) {
            q.span.start = as;
            q.approximation = Approximation(rules.approximations[which].code);
        }
    }

    // A bare four-digit number between 1900 and 2100 is a year, not an amount.
    const bool yearLike = q.value == std::floor(q.value) && q.value >= 1900 && q.value <= 2100 && first.end - pos == 4;
    if (yearLike && !hasScaleOrGroup && q.unit.isEmpty())
        return std::nullopt;
    // Number words count only with something counted: "salah satu", "one of" are not amounts.
    if (first.words && q.noun.isEmpty() && q.unit.isEmpty() && q.approximation == Approximation::Exact)
        return std::nullopt;

    const double v = q.value;
    switch (q.approximation) {
    case Approximation::Exact:
        q.low = v;
        q.high = first.high;
        break;
    case Approximation::About:
        q.low = v * 0.9;
        q.high = v * 1.1;
        break;
    case Approximation::Almost:
        q.low = v * 0.9;
        q.high = v;
        break;
    case Approximation::AtLeast:
    case Approximation::MoreThan:
        q.low = v;
        q.high = infinity;
        break;
    case Approximation::AtMost:
    case Approximation::LessThan:
        q.low = 0;
        q.high = v;
        break;
    case Approximation::Range: break;
    }
    q.text = text.mid(q.span.start, q.span.length()).toString();
    q.rule = rules.language + QLatin1String(".quantity.") + QLatin1String(rule);
    return q;
}

} // namespace

QList<Quantity> findQuantities(const QString &text, const QString &language, const QList<Span> &skipSpans)
{
    const SpanSet skip(skipSpans);
    const NumberParser &parser = numberParser(language);
    const Reader r{text, parser, parser.rules()};
    QList<Quantity> found;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const bool wordStart = c.isLetter() && (i == 0 || !text[i - 1].isLetterOrNumber());
        if (!c.isDigit() && !wordStart) {
            ++i;
            continue;
        }
        auto n = r.numberAt(i);
        if (!n) {
            i = c.isDigit() ? i + 1 : wordEnd(text, i);
            if (!r.unitPrefixEndsAt(i)) {
                while (i < text.size() && text[i].isDigit())
                    ++i; // "G20", "A4": part of a name
            }
            continue;
        }
        if (overlapsAny(skip, {i, n->end})) {
            i = n->end;
            continue;
        }
        if (auto q = readQuantity(r, i, *n, skip)) {
            if (found.isEmpty() || !found.last().span.overlaps(q->span)) {
                i = q->span.end;
                // Kept as the analysis keeps it (a slice of the text, a shared rule name): the
                // copies are freed now and reused, not later as holes among the results.
                shareWithText(q->text, text, q->span.start, q->span.length());
                q->rule = sharedName(q->rule);
                found.append(std::move(*q));
                continue;
            }
        }
        i = n->end;
    }
    return found;
}

namespace {

// "P8Y" -> 8 years: the count and the unit of a duration.
bool durationParts(const QString &iso, double *count, QString *unit)
{
    if (iso.size() < 3 || !iso.startsWith(QLatin1Char('P')))
        return false;
    bool ok = false;
    *count = iso.mid(1, iso.size() - 2).toDouble(&ok);
    switch (iso.back().unicode()) {
    case 'Y': *unit = QStringLiteral("year"); break;
    case 'M': *unit = QStringLiteral("month"); break;
    case 'W': *unit = QStringLiteral("week"); break;
    case 'D': *unit = QStringLiteral("day"); break;
    default: return false;
    }
    return ok;
}

bool isPrisonTerm(QStringView text, const TimeExpression &t, const NumberRuleSet &rules)
{
    const qsizetype after = skipBlanks(text, t.span.end);
    for (const char *cue : rules.termCuesAfter)
        if (phraseAt(text, after, cue) > 0)
            return true;
    int which = -1;
    const auto cueText = [](const char *c) { return c; };
    return phraseBefore(text, skipBlanksBack(text, t.span.start), rules.termCuesBefore, cueText, &which, false) >= 0;
}

// Prison terms become figures: the sentence's length is what articles disagree on, and a
// duration is no point on the timeline. Their DATE mentions go; QUANTITY mentions replace them.
QList<Quantity> takePrisonTerms(Article &article, const NumberRuleSet &rules)
{
    QList<Quantity> terms;
    QList<TimeExpression> kept;
    QSet<std::pair<qsizetype, qsizetype>> termSpans;
    for (const TimeExpression &t : std::as_const(article.times)) {
        Quantity q;
        if (!t.isDuration || !durationParts(t.durationIso, &q.value, &q.unit)
            || !isPrisonTerm(article.text, t, rules)) {
            kept.append(t);
            continue;
        }
        q.span = t.span;
        // The term is the figure; its lead word belongs to the sentence. Every language's
        // leads (NumberRuleSet::durationLeads), as one list served every article before the
        // words moved into the language records.
        for (const LanguageRules *l : allLanguages())
            for (const char *word : l->numberRules().durationLeads) {
                const QLatin1String lead(word);
                if (t.text.startsWith(lead, Qt::CaseInsensitive))
                    q.span.start = skipBlanks(article.text, q.span.start + lead.size());
            }
        q.text = article.text.mid(q.span.start, q.span.length());
        q.low = q.high = q.value;
        q.rule = rules.language + QLatin1String(".quantity.prison-term");
        terms.append(q);
        termSpans.insert({t.span.start, t.span.end});
    }
    // One pass over the mentions for all terms (one per term made a long article quadratic).
    if (!termSpans.isEmpty())
        article.mentions.removeIf([&](const Mention &m) {
            return m.type == MentionType::Date && termSpans.contains({m.span.start, m.span.end});
        });
    article.times = kept;
    return terms;
}

} // namespace

void recogniseQuantities(Article &article)
{
    article.mentions.removeIf([](const Mention &m) { return m.type == MentionType::Quantity; });
    const QList<Quantity> terms = takePrisonTerms(article, numberParser(articleLanguage(article)).rules());
    QList<Span> skip;
    for (const auto &t : article.times)
        skip.append(t.span);
    for (const auto &q : terms)
        skip.append(q.span);
    for (const auto &p : article.paragraphs) {
        if (!p.body)
            skip.append(p.span);
    }
    article.quantities = findQuantities(article.text, articleLanguage(article), skip);
    if (!terms.isEmpty()) {
        article.quantities.append(terms);
        std::sort(article.quantities.begin(), article.quantities.end(),
                  [](const Quantity &a, const Quantity &b) { return a.span < b.span; });
    }
    for (const auto &q : article.quantities) {
        Mention m;
        m.span = q.span;
        m.type = MentionType::Quantity;
        m.text = q.text;
        m.value = q.value; // always finite: the open end of "lebih dari" lives in q.high only
        m.rule = q.rule;
        article.mentions.append(m);
    }
}

} // namespace fc
