#include "MeasuredClaims.h"

#include "MeasureRules.h"
#include "SentenceWords.h"
#include "model/SpanIndex.h"
#include "text/StringPool.h"
#include "text/TextSlice.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// How far around a value its context reaches, in words each side, and how many lemmas it keeps.
constexpr int contextReach = 7;
constexpr int contextLimit = 12;
constexpr int measureWords = 3;

bool isEntityType(MentionType t)
{
    return t == MentionType::Person || t == MentionType::Organisation || t == MentionType::Location;
}

// Currencies the quantity recogniser gives as units (ISO 4217 codes).
bool isCurrency(const QString &unit)
{
    return unit.size() == 3 && unit.at(0).isUpper() && unit.at(1).isUpper() && unit.at(2).isUpper();
}

struct ValueItem
{
    MeasuredClaim claim;
    int first = 0; // word indexes the value covers
    int last = 0;
};

int firstWordAtOrAfter(const SentenceWords &words, qsizetype pos)
{
    for (int i = 0; i < words.size(); ++i)
        if (words.at(i).span.end > pos)
            return i;
    return words.size() - 1;
}

int lastWordBefore(const SentenceWords &words, qsizetype pos)
{
    int found = 0;
    for (int i = 0; i < words.size(); ++i)
        if (words.at(i).span.start < pos)
            found = i;
    return found;
}

bool isContent(const MeasureRules &rules, const SentenceWords::Word &w)
{
    return !w.hasDigit && w.lower.size() >= 2 && !rules.stopwords.contains(w.lower) && !rules.linkers.contains(w.lower)
        && w.lower.at(0).isLetter();
}

// Ordinals the recognisers leave alone: "ke-43", "43rd".
bool ordinalValue(const MeasureRules &rules, const QString &lower, double *value)
{
    QString digits;
    for (const QString &p : rules.ordinalPrefixes)
        if (lower.startsWith(p))
            digits = lower.mid(p.size());
    if (digits.isEmpty())
        for (const QString &s : rules.ordinalSuffixes)
            if (lower.endsWith(s) && lower.size() > s.size() && lower.at(0).isDigit())
                digits = lower.chopped(s.size());
    if (digits.isEmpty() || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    bool ok = false;
    *value = digits.toDouble(&ok);
    return ok;
}

// "JAKARTA, Nov 3, 2025 - ...": the dateline's date is the report's, not a claim.
bool inDateline(const QString &text, const Span &sentence, const Span &date)
{
    const QStringView head = QStringView(text).mid(sentence.start, std::min<qsizetype>(80, sentence.length()));
    for (const char16_t *dash : {u" - ", u" \u2013 ", u" \u2014 "}) {
        const qsizetype at = head.indexOf(QStringView(dash));
        if (at >= 0 && date.end <= sentence.start + at)
            return true;
    }
    return false;
}

// "said on Monday", "kata dia, Senin (3/3)": when it was said, not when it happened.
bool afterReportingVerb(const MeasureRules &rules, const SentenceWords &words, const Span &date)
{
    int first = -1;
    for (int i = 0; i < words.size() && first < 0; ++i)
        if (words.at(i).span.end > date.start)
            first = i;
    for (int i = std::max(0, first - 3); i >= 0 && i < first; ++i)
        if (rules.reporting.contains(words.at(i).lower))
            return true;
    return false;
}

bool byValueStart(const MeasuredClaim &a, const MeasuredClaim &b)
{
    return a.valueSpan.start < b.valueSpan.start;
}

// A kept claim's strings and lists shared with the text and with equal earlier ones, its lists
// trimmed, as it is kept rather than after the whole list is built: the claims' working copies
// are then freed while their sentence is read, and the memory is reused by the next one,
// instead of leaving a long article's heap full of holes (about a quarter of the resident peak
// of one 20 MB article, tests/bench/README.md, eighth pass).
void keepCompact(MeasuredClaim &c, const QString &text, StringPool &pool)
{
    shareWithText(c.valueText, text, c.valueSpan.start, c.valueSpan.length());
    shareMeasuredClaimStrings(c, pool);
}

} // namespace

void shareMeasuredClaimStrings(MeasuredClaim &c, StringPool &pool)
{
    pool.share(c.unit);
    pool.share(c.iso);
    pool.share(c.approximation);
    pool.share(c.measure);
    pool.share(c.measureLemmas);
    pool.share(c.context);
    pool.share(c.predicate);
    pool.share(c.qualifiers);
    pool.share(c.periodText);
    pool.share(c.entityMentions);
    pool.share(c.placeMentions);
}

void extractMeasuredClaims(Article &article)
{
    article.measured.clear();
    const MeasureRules &rules = measureRulesFor(article.meta.language);
    QList<Span> sentences;
    QList<bool> body;
    for (const Sentence &s : std::as_const(article.sentences)) {
        sentences.append(s.span);
        const int p = s.paragraph;
        body.append(p < 0 || p >= article.paragraphs.size() || article.paragraphs.at(p).body);
    }
    if (sentences.isEmpty() && !article.text.isEmpty()) {
        sentences.append(Span{0, article.text.size()});
        body.append(true);
    }
    const SpanIndex mentionIndex(article.mentions);
    const SpanIndex timeIndex(article.times);
    const SpanIndex quantityIndex(article.quantities);
    StringPool pool;
    // Most claims are one per time and quantity (ordinal words add a few): reserved at that,
    // the list rarely grows, and growing copied it whole beside a block twice its size. Pages
    // a long article's list reserves but never fills cost nothing; a short one is trimmed.
    article.measured.reserve(article.times.size() + article.quantities.size());

    for (int si = 0; si < sentences.size(); ++si) {
        const Span sentence = sentences.at(si);
        // Every value has a digit (ordinals too: "ke-43", "43rd"), and most sentences have none.
        const QStringView sentenceText = article.textOf(sentence);
        if (!std::any_of(sentenceText.cbegin(), sentenceText.cend(), [](QChar ch) { return ch.isDigit(); })
            && timeIndex.inside(sentence).isEmpty() && quantityIndex.inside(sentence).isEmpty())
            continue;
        const SentenceWords words(article.text, sentence);
        if (words.isEmpty())
            continue;
        QList<bool> valueWord(words.size(), false);
        QList<bool> timeWord(words.size(), false); // words of dates and times (not durations)
        QList<ValueItem> items;
        auto cover = [&](ValueItem &item, const Span &span) {
            item.first = firstWordAtOrAfter(words, span.start);
            item.last = std::max(item.first, lastWordBefore(words, span.end));
            for (int k = item.first; k <= item.last; ++k)
                valueWord[k] = true;
        };
        const QList<int> sentenceTimes = timeIndex.inside(sentence);
        for (int ti : sentenceTimes) {
            const TimeExpression &te = article.times.at(ti);
            ValueItem item;
            MeasuredClaim &c = item.claim;
            c.valueSpan = te.span;
            c.valueText = te.text.simplified();
            c.time = ti;
            c.approximation = QStringLiteral("exact");
            if (te.isDuration) {
                if (te.durationIso.isEmpty())
                    continue;
                c.kind = ValueKind::Duration;
                QString digits, unit;
                for (QChar ch : te.durationIso)
                    (ch.isDigit() || ch == QLatin1Char('.') ? digits : unit).append(ch);
                c.value = c.low = c.high = digits.toDouble();
                c.unit = unit;
                c.iso = te.durationIso;
            } else if (te.clockTime) {
                if (!te.value.time)
                    continue;
                c.kind = ValueKind::Time;
                c.value = c.low = c.high = te.value.time->hour() * 60 + te.value.time->minute();
                c.unit = te.value.zone;
                c.iso = te.value.iso();
            } else {
                if (!te.value.isValid() || !te.value.anchored || inDateline(article.text, sentence, te.span)
                    || afterReportingVerb(rules, words, te.span))
                    continue;
                c.kind = ValueKind::Date;
                c.low = double(te.value.begin.toJulianDay());
                c.high = double((te.value.end.isValid() ? te.value.end : te.value.begin).toJulianDay());
                c.value = c.low;
                c.iso = te.value.iso();
            }
            cover(item, te.span);
            if (!te.isDuration)
                for (int k = item.first; k <= item.last; ++k)
                    timeWord[k] = true;
            items.append(item);
        }
        for (int qi : quantityIndex.inside(sentence)) {
            const Quantity &q = article.quantities.at(qi);
            ValueItem item;
            MeasuredClaim &c = item.claim;
            c.valueSpan = q.span;
            c.valueText = q.text.simplified();
            c.quantity = qi;
            c.value = q.value;
            c.low = q.low;
            c.high = q.high;
            c.approximation = approximationCode(q.approximation);
            c.unit = q.unit;
            if (q.unit == u"%")
                c.kind = ValueKind::Percent;
            else if (isCurrency(q.unit))
                c.kind = ValueKind::Money;
            else
                c.kind = ValueKind::Quantity;
            cover(item, q.span);
            // "naik 0,25 poin persentase": a change in points, not a level in percent.
            // The recogniser may have taken the unit's first word as the counted noun ("0,25 poin").
            const QString from = (q.text + QLatin1Char(' ') + article.text.mid(q.span.end, 40)).toLower().simplified();
            for (const QString &p : rules.pointUnits) {
                const qsizetype at = from.indexOf(p);
                if (at > 0 && at <= q.text.size() + 1 && !from.at(at - 1).isLetter()) {
                    c.kind = ValueKind::Percent;
                    c.unit = QStringLiteral("pp");
                }
            }
            items.append(item);
        }
        for (int w = 0; w < words.size(); ++w) {
            double v = 0;
            if (valueWord[w] || !ordinalValue(rules, words.at(w).lower, &v))
                continue;
            ValueItem item;
            MeasuredClaim &c = item.claim;
            c.kind = ValueKind::Ordinal;
            c.valueSpan = words.at(w).span;
            c.valueText = words.at(w).text;
            c.value = c.low = c.high = v;
            c.approximation = QStringLiteral("exact");
            cover(item, words.at(w).span);
            items.append(item);
        }
        if (items.isEmpty())
            continue;

        // Each word's lemma once per sentence: every value's context reads them all.
        QList<QString> lemmaCache(words.size());
        QList<bool> lemmaDone(words.size(), false);
        auto lemmaAt = [&](int i) -> const QString & {
            if (!lemmaDone[i]) {
                lemmaCache[i] = rules.lemma(words.at(i).lower);
                lemmaDone[i] = true;
            }
            return lemmaCache[i];
        };
        const QList<int> sentenceMentions = mentionIndex.inside(sentence);
        QList<int> periodsOfFigures; // dates that are the period of a figure of their clause
        QList<MeasuredClaim> claims;
        for (ValueItem &item : items) {
            MeasuredClaim &c = item.claim;
            c.span = sentence;
            c.body = body.at(si);
            const int clause = words.at(item.first).clause;
            // Context: content lemmas nearest first; the words beyond another value of the same
            // kind come after all the nearer ones (they more likely describe that value).
            bool stopBefore = false, stopAfter = false;
            QStringList beyond;
            for (int d = 1; d <= words.size(); ++d) {
                for (int side = 0; side < 2; ++side) {
                    const int i = side == 0 ? item.first - d : item.last + d;
                    bool &stop = side == 0 ? stopBefore : stopAfter;
                    if (i < 0 || i >= words.size())
                        continue;
                    if (valueWord[i]) {
                        for (const ValueItem &other : std::as_const(items))
                            if (&other != &item && other.claim.kind == c.kind && i >= other.first && i <= other.last)
                                stop = true;
                        continue;
                    }
                    if (stop || d > contextReach) {
                        const auto &w = words.at(i);
                        if (isContent(rules, w) && !rules.periodWords.contains(w.lower) && beyond.size() < contextLimit)
                            beyond.append(lemmaAt(i));
                        if (stop)
                            continue;
                        if (d > contextReach)
                            continue;
                    }
                    const auto &w = words.at(i);
                    // A basis word belongs to the value when it comes before it in its clause
                    // ("inflasi inti tahunan sebesar") or right after ("0,28 persen secara bulanan").
                    if (rules.qualifiers.contains(w.lower) && ((side == 0 && w.clause == clause) || d <= 2)) {
                        const QString q = rules.qualifiers.value(w.lower);
                        if (!c.qualifiers.contains(q))
                            c.qualifiers.append(q);
                    }
                    if (side == 0 && d == 1 && c.kind != ValueKind::Date && rules.baselineMarkers.contains(w.lower)
                        && !c.qualifiers.contains(QStringLiteral("baseline")))
                        c.qualifiers.append(QStringLiteral("baseline"));
                    if (rules.expected.contains(w.lower) && side == 0 && w.clause == clause)
                        c.expected = true;
                    if (!isContent(rules, w) || rules.periodWords.contains(w.lower))
                        continue;
                    const QString &key = lemmaAt(i);
                    if (!key.isEmpty() && !c.context.contains(key) && c.context.size() < contextLimit)
                        c.context.append(key);
                }
            }
            for (const QString &key : std::as_const(beyond))
                if (!c.context.contains(key) && c.context.size() < contextLimit + 6)
                    c.context.append(key);
            c.qualifiers.sort();
            // What is measured: the counted noun, else the content words before the value in its
            // clause ("pertumbuhan ekonomi ... 5,04 persen"), else those after it.
            QStringList measure;
            if (c.quantity >= 0 && !article.quantities.at(c.quantity).noun.isEmpty()) {
                measure.append(article.quantities.at(c.quantity).noun);
            } else {
                // Walk back over linkers and the period, then keep the leftmost group of words
                // before a preposition: "Harga beras medium [di tingkat eceran] Rp 13.500" is
                // the price of rice, at retail; a leading verb ("mencatat") is not the thing.
                QList<QStringList> groups{{}};
                for (int i = item.first - 1; i >= 0 && item.first - i <= 10; --i) {
                    const auto &w = words.at(i);
                    if (w.clause != clause || (valueWord[i] && !timeWord[i]))
                        break;
                    if (timeWord[i])
                        continue; // the period between a thing and its value: "inflasi pada Oktober 2025 sebesar"
                    if (rules.isVerb(w.lower) && !groups.last().isEmpty())
                        break; // the thing's verb: its subject is another matter
                    if (rules.expected.contains(w.lower))
                        continue; // "diperkirakan mencapai": how sure, not what
                    if (isContent(rules, w) && !rules.periodWords.contains(w.lower)) {
                        groups.last().prepend(w.text);
                    } else if (rules.linkers.contains(w.lower)) {
                        if (!groups.last().isEmpty())
                            groups.append(QStringList());
                    } else if (!groups.last().isEmpty() || groups.size() > 1) {
                        break;
                    }
                }
                for (auto g = groups.crbegin(); g != groups.crend() && measure.isEmpty(); ++g)
                    measure = *g;
                while (measure.size() > 1 && rules.isVerb(measure.first().toLower()))
                    measure.removeFirst();
                while (measure.size() > 1 && rules.isVerb(measure.last().toLower()))
                    measure.removeLast();
                while (measure.size() > measureWords)
                    measure.removeLast();
                for (int i = item.last + 1; measure.isEmpty() && i < words.size() && i - item.last <= 4; ++i) {
                    const auto &w = words.at(i);
                    if (w.clause != clause || valueWord[i])
                        break;
                    if (isContent(rules, w) && !rules.periodWords.contains(w.lower))
                        measure.append(w.text);
                }
            }
            c.measure = measure.join(QLatin1Char(' '));
            for (const QString &m : std::as_const(measure))
                c.measureLemmas.append(rules.lemma(m.toLower()));
            // The verb nearest the value, before it first.
            for (int d = 1; d <= 6 && c.predicate.isEmpty(); ++d) {
                for (int i : {item.first - d, item.last + d}) {
                    if (i >= 0 && i < words.size() && c.predicate.isEmpty() && !valueWord[i]
                        && rules.isVerb(words.at(i).lower))
                        c.predicate = lemmaAt(i);
                }
            }
            // The reference period: the nearest date of the value's clause, else of the clause
            // that opens the sentence before it ("Pada Oktober 2025, inflasi ..."), else period
            // words near the value. A date in another clause belongs to another figure ("71,3
            // persen, naik dari 68 persen pada pemilihan 2020").
            if (c.kind != ValueKind::Date && c.kind != ValueKind::Time) {
                qsizetype best = -1;
                bool sameClause = false;
                for (int ti : sentenceTimes) {
                    const TimeExpression &te = article.times.at(ti);
                    if (te.isDuration || te.clockTime || !te.value.isValid() || ti == c.time)
                        continue;
                    const int timeClause = words.at(firstWordAtOrAfter(words, te.span.start)).clause;
                    const bool opener = timeClause == 0 && te.span.end <= c.valueSpan.start;
                    if (timeClause != clause && !opener)
                        continue;
                    if (sameClause && timeClause != clause)
                        continue;
                    if (timeClause == clause && !sameClause) {
                        sameClause = true;
                        best = -1;
                    }
                    const qsizetype gap = te.span.start >= c.valueSpan.end ? te.span.start - c.valueSpan.end
                                                                           : c.valueSpan.start - te.span.end;
                    if (best < 0 || gap < best) {
                        best = gap;
                        c.period = ti;
                    }
                }
                if (c.period >= 0 && sameClause)
                    periodsOfFigures.append(c.period);
                if (c.period < 0) {
                    QStringList period;
                    for (int i = std::max(0, item.first - 4); i <= std::min(words.size() - 1, item.last + 4); ++i)
                        if (!valueWord[i] && rules.periodWords.contains(words.at(i).lower))
                            period.append(words.at(i).lower);
                    c.periodText = period.join(QLatin1Char(' '));
                }
            }
            for (int mi : sentenceMentions) {
                const Mention &m = article.mentions.at(mi);
                if (!isEntityType(m.type) || m.span.overlaps(c.valueSpan))
                    continue;
                c.entityMentions.append(mi);
                if (m.type == MentionType::Location)
                    c.placeMentions.append(mi);
            }
            claims.append(std::move(c)); // later items read only its kind, which a move keeps
        }
        // "inflasi pada Oktober 2025 sebesar 2,86 persen": October is when the figure holds, not
        // a date claim of its own (two months of two figures are no date conflict).
        // In the order of their values, sorted here: the sentences come in text order and do
        // not overlap, so the whole list is sorted as one stable sort would sort it, without
        // that sort's buffer of half the list (the top of one 20 MB article's analysis,
        // tests/bench/README.md, eighth pass). Equal positions keep their order either way.
        std::stable_sort(claims.begin(), claims.end(), byValueStart);
        for (MeasuredClaim &c : claims)
            if (c.kind != ValueKind::Date || !periodsOfFigures.contains(c.time)) {
                keepCompact(c, article.text, pool);
                article.measured.append(std::move(c));
            }
    }
    if (!std::is_sorted(article.measured.cbegin(), article.measured.cend(), byValueStart))
        std::stable_sort(article.measured.begin(), article.measured.end(), byValueStart);
}

} // namespace fc
