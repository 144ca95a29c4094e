#include "ClaimExtractor.h"

#include "PredicateCatalog.h"
#include "SentenceWords.h"
#include "lang/Language.h"
#include "model/SpanIndex.h"
#include "text/StringPool.h"
#include "text/TextSlice.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace fc {

namespace {

bool isEntityType(MentionType t)
{
    return t == MentionType::Person || t == MentionType::Organisation || t == MentionType::Location;
}

// A word that is part of a name ("Badan Penanggulangan Bencana") is not an event word.
bool insideName(const Article &article, const QList<int> &sentenceMentions, const Span &span)
{
    for (int mi : sentenceMentions) {
        const Mention &m = article.mentions.at(mi);
        if (m.span.contains(span)
            && (isEntityType(m.type) || m.type == MentionType::Title || m.type == MentionType::Source))
            return true;
    }
    return false;
}

qsizetype gapBetween(const Span &a, const Span &b)
{
    if (a.end <= b.start)
        return b.start - a.end;
    if (b.end <= a.start)
        return a.start - b.end;
    return 0;
}

struct Anchor
{
    int word = -1;
    QString key; // empty for a reporting verb
};

// Words that open a subordinate clause (ClaimCues::subordinators): a date before "setelah
// pertemuan" belongs to the event of the main clause, not to the meeting. Every language's, as
// one list served every article before the words moved into the language records.
bool isSubordinator(const QString &lower)
{
    static const QSet<QString> words = [] {
        QSet<QString> all;
        for (const LanguageRules *l : allLanguages())
            for (const QString &w : l->claimCues().subordinators)
                all.insert(w);
        return all;
    }();
    return words.contains(lower);
}

bool insideEntityMention(const Article &article, const QList<int> &sentenceMentions, const Span &span)
{
    for (int mi : sentenceMentions) {
        const Mention &m = article.mentions.at(mi);
        if ((isEntityType(m.type) || m.type == MentionType::Title) && m.span.contains(span))
            return true;
    }
    return false;
}

// How many clause boundaries lie between two words: punctuation that starts a new clause and
// subordinating words. A name set off by commas ("Presiden Korea Utara, Kim Jong Un, pada Juni")
// is an apposition, not a clause. A subordinator right before the date ("sejak Juni") is its
// preposition.
int boundariesBetween(const Article &article, const QList<int> &sentenceMentions, const SentenceWords &words, int from,
                      int to, int dateWord)
{
    if (from > to)
        std::swap(from, to);
    int count = 0;
    for (int k = from; k < to; ++k) {
        if (k > from && isSubordinator(words.at(k).lower) && !(k < dateWord && dateWord - k <= 2))
            ++count;
        if (words.at(k + 1).clause == words.at(k).clause)
            continue;
        // A whole clause made of one name, closed before `to`: skip it with both its commas.
        const int clause = words.at(k + 1).clause;
        int last = k + 1;
        bool name = true;
        while (last <= to && words.at(last).clause == clause) {
            name = name && insideEntityMention(article, sentenceMentions, words.at(last).span);
            ++last;
        }
        if (name && last <= to) {
            k = last - 1;
            continue;
        }
        ++count;
    }
    return count;
}

int wordAt(const SentenceWords &words, qsizetype pos)
{
    for (int i = 0; i < words.size(); ++i)
        if (words.at(i).span.end > pos)
            return i;
    return words.size() - 1;
}

// Times are attached to the nearest event word of their clause; dates usually follow their
// verb ("menandatangani ... pada Juni 2024"), so one that precedes it counts as farther. A date
// nearer to a reporting verb is when something was said, not when it happened.
int nearestAnchorForTime(const QList<Anchor> &anchors, const SentenceWords &words, const Span &span,
                         const Article &article, const QList<int> &sentenceMentions)
{
    constexpr qsizetype perBoundary = 1000;
    const int first = wordAt(words, span.start);
    const int last = wordAt(words, span.end - 1);
    int best = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (int i = 0; i < anchors.size(); ++i) {
        const Span &w = words.at(anchors[i].word).span;
        const qsizetype gap = gapBetween(w, span);
        qsizetype distance = w.end <= span.start ? gap : gap * 2 + 1;
        const int anchorWord = anchors[i].word;
        distance += perBoundary
            * boundariesBetween(article, sentenceMentions, words, anchorWord, anchorWord < first ? first : last, first);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

// Figures usually come before their event word ("12 orang meninggal", "2,000 houses were
// flooded"), so an event word before the figure counts as farther.
// Only event words whose family can count the noun are considered ("15 orang" is not the
// figure of "banjir"); a figure no event word fits stays unattached.
int nearestAnchor(const QList<Anchor> &anchors, const SentenceWords &words, const Span &span, const QString &nounClass,
                  bool bare)
{
    int best = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (int i = 0; i < anchors.size(); ++i) {
        if (anchors[i].key.isEmpty())
            continue;
        const QString family = predicateFamily(anchors[i].key);
        // A bare number ("revised to 15") counts only what its event word implies (people).
        if (bare ? impliedNounClass(family).isEmpty() : !nounFitsFamily(nounClass, family))
            continue;
        const Span &w = words.at(anchors[i].word).span;
        const qsizetype gap = gapBetween(w, span);
        const qsizetype distance = w.start >= span.end ? gap : gap * 3 + 2;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

struct SourceGuess
{
    int mention = -1;
    bool pronoun = false;
    bool cue = false;
};

// Who says so: a SOURCE mention, or a name right after "kata"/"menurut"/"according to", or
// right before "mengatakan"/"said"; a pronoun there points back to the previous source.
SourceGuess findSource(const Article &article, const QList<int> &sentenceMentions, const SentenceWords &words,
                       const ClaimCues &cues)
{
    SourceGuess guess;
    for (int mi : sentenceMentions) {
        const Mention &m = article.mentions.at(mi);
        if (m.type != MentionType::Source)
            continue;
        guess.cue = true;
        // Prefer the name inside the SOURCE mention when the recogniser marked it too.
        for (int inner : sentenceMentions) {
            const Mention &n = article.mentions.at(inner);
            if (isEntityType(n.type) && m.span.contains(n.span)) {
                guess.mention = inner;
                return guess;
            }
        }
        guess.mention = mi;
        return guess;
    }
    auto mentionStartingNear = [&](qsizetype pos, qsizetype maxGap) {
        for (int mi : sentenceMentions) {
            const Mention &m = article.mentions.at(mi);
            if (isEntityType(m.type) && m.span.start >= pos && m.span.start - pos <= maxGap)
                return mi;
        }
        return -1;
    };
    auto mentionEndingNear = [&](qsizetype pos, qsizetype maxGap) {
        int found = -1;
        for (int mi : sentenceMentions) {
            const Mention &m = article.mentions.at(mi);
            if (isEntityType(m.type) && m.span.end <= pos && pos - m.span.end <= maxGap)
                found = mi; // the last one before the verb
        }
        return found;
    };
    for (const QString &cue : cues.sourceFollows) {
        for (int at : words.find(cue)) {
            const int last = at + int(cue.count(QLatin1Char(' ')));
            const qsizetype end = words.at(last).span.end;
            const int mi = mentionStartingNear(end, 3);
            if (mi >= 0) {
                guess.mention = mi;
                guess.cue = true;
                return guess;
            }
            if (last + 1 < words.size() && cues.pronouns.contains(words.at(last + 1).lower)) {
                guess.pronoun = true;
                guess.cue = true;
            }
        }
    }
    for (const QString &cue : cues.sourcePrecedes) {
        for (int at : words.find(cue)) {
            // Skip a few function words between the name and the verb ("juga", "telah", "belum").
            const qsizetype start = words.at(at).span.start;
            const qsizetype lookBack = at >= 3 ? start - words.at(at - 3).span.start : start;
            const int mi = mentionEndingNear(start, std::min<qsizetype>(lookBack, 24));
            if (mi >= 0) {
                guess.mention = mi;
                guess.cue = true;
                return guess;
            }
            if (at > 0 && cues.pronouns.contains(words.at(at - 1).lower)) {
                guess.pronoun = true;
                guess.cue = true;
            }
        }
    }
    return guess;
}

// The event word a cue speaks about: the first event word after it in its clause, else the
// last one before it ("tuduhan bahwa Pyongyang mengirim pasukan untuk mendukung invasi": the
// sending is alleged, not the invasion, and not the ratification the sentence opens with).
int cueTarget(const QList<Anchor> &anchors, const SentenceWords &words, int cueWord, int cueLast)
{
    const int clause = words.at(cueWord).clause;
    int before = -1;
    for (int i = 0; i < anchors.size(); ++i) {
        const Anchor &a = anchors.at(i);
        if (a.key.isEmpty() || words.at(a.word).clause != clause)
            continue;
        if (a.word > cueLast)
            return i;
        if (a.word < cueWord)
            before = i;
    }
    return before;
}

bool cueApplies(const QList<Anchor> &anchors, const SentenceWords &words, const QStringList &phrases,
                const QString &key)
{
    for (const QString &p : phrases) {
        for (int at : words.find(p)) {
            const int t = cueTarget(anchors, words, at, at + int(p.count(QLatin1Char(' '))));
            if (t >= 0 && anchors.at(t).key == key)
                return true;
        }
    }
    return false;
}

bool negatedConfirm(const QList<Anchor> &anchors, const SentenceWords &words, const ClaimCues &cues, const QString &key)
{
    for (const QString &neg : cues.negators) {
        for (int at : words.find(neg)) {
            const int last = at + int(neg.count(QLatin1Char(' ')));
            for (int k = last + 1; k <= last + 4 && k < words.size(); ++k) {
                if (!cues.confirm.contains(words.at(k).lower) || words.at(k).clause != words.at(at).clause)
                    continue;
                const int t = cueTarget(anchors, words, k, k);
                if (t >= 0 && anchors.at(t).key == key)
                    return true;
            }
        }
    }
    return false;
}

bool plainConfirm(const SentenceWords &words, const ClaimCues &cues, int beforeWord)
{
    for (int k = 0; k < beforeWord && k < words.size(); ++k) {
        if (!cues.confirm.contains(words.at(k).lower))
            continue;
        bool negated = false;
        for (int j = std::max(0, k - 4); j < k; ++j)
            negated = negated || cues.negators.contains(words.at(j).lower);
        if (!negated)
            return true;
    }
    return false;
}

Modality modalityFor(const QList<Anchor> &anchors, const SentenceWords &words, const ClaimCues &cues, int anchor,
                     bool attributed)
{
    const int triggerWord = anchors.at(anchor).word;
    const QString &key = anchors.at(anchor).key;
    const int clause = words.at(triggerWord).clause;
    if (cueApplies(anchors, words, cues.denied, key))
        return Modality::Denied;
    if (negatedConfirm(anchors, words, cues, key) || cueApplies(anchors, words, cues.unconfirmed, key))
        return Modality::Unconfirmed;
    if (cueApplies(anchors, words, cues.alleged, key))
        return Modality::Alleged;
    for (const QString &p : cues.expected)
        for (int at : words.find(p))
            if (words.at(at).clause == clause && std::abs(triggerWord - at) <= 4)
                return Modality::Expected;
    return attributed ? Modality::Attributed : Modality::Stated;
}

bool hasAny(const SentenceWords &words, const QStringList &phrases)
{
    for (const QString &p : phrases)
        if (!words.find(p).isEmpty())
            return true;
    return false;
}

QList<Span> sentenceSpans(const Article &article)
{
    QList<Span> spans;
    if (!article.sentences.isEmpty()) {
        for (const Sentence &s : article.sentences)
            spans.append(s.span);
        return spans;
    }
    // Without segmentation, a line or a full stop followed by a space ends a sentence.
    qsizetype start = 0;
    const QString &t = article.text;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const bool end = i == t.size() || t.at(i) == QLatin1Char('\n')
            || ((t.at(i) == QLatin1Char('.') || t.at(i) == QLatin1Char('!') || t.at(i) == QLatin1Char('?'))
                && (i + 1 == t.size() || t.at(i + 1).isSpace()));
        if (!end)
            continue;
        const qsizetype stop = i < t.size() && t.at(i) != QLatin1Char('\n') ? i + 1 : i;
        if (stop > start && !QStringView(t).mid(start, stop - start).trimmed().isEmpty())
            spans.append(Span{start, stop});
        start = i + 1;
    }
    return spans;
}

bool isBody(const Article &article, int sentenceIndex)
{
    if (sentenceIndex < 0 || sentenceIndex >= article.sentences.size())
        return true;
    const int p = article.sentences.at(sentenceIndex).paragraph;
    return p < 0 || p >= article.paragraphs.size() || article.paragraphs.at(p).body;
}

} // namespace

bool extractClaims(Article &article, const std::function<bool()> &cancelled)
{
    article.claims.clear();
    const ClaimCues &cues = languageRulesOrDefault(article.meta.language).claimCues();
    const QList<Span> sentences = sentenceSpans(article);
    const SpanIndex mentionIndex(article.mentions);
    const SpanIndex timeIndex(article.times);
    const SpanIndex quantityIndex(article.quantities);
    QString lastSourceEntity;
    int lastSourceMention = -1;
    // The claims of one sentence share their words and participants: kept as one copy each,
    // made as the claim is kept, so the duplicates are freed and reused at once.
    StringPool pool;
    // A word's predicate key depends on the word alone, and finding it (root candidates of
    // every affix reading, then table lookups) was a tenth of a long article's analysis:
    // each distinct word is looked up once per article.
    QHash<QString, QString> predicateKeys;
    // The event phrases, split once and found through their first word: one lookup per word
    // of a sentence instead of one pass over the sentence per phrase.
    QList<QStringList> phraseParts;
    QMultiHash<QString, int> phrasesByFirstWord;
    for (const auto &[phrase, key] : cues.eventPhrases) {
        phraseParts.append(phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        if (!phraseParts.last().isEmpty())
            phrasesByFirstWord.insert(phraseParts.last().first(), int(phraseParts.size() - 1));
    }
    QList<std::pair<int, int>> phraseHits; // (phrase, first word), reused by every sentence

    for (int si = 0; si < sentences.size(); ++si) {
        if (cancelled && cancelled())
            return false;
        const Span sentence = sentences.at(si);
        const SentenceWords words(article.text, sentence);
        if (words.isEmpty())
            continue;

        const QList<int> sentenceMentions = mentionIndex.inside(sentence);

        QMap<int, QString> phraseKeys; // words of an event phrase -> its key on the first, none after
        phraseHits.clear();
        for (int w = 0; w < words.size(); ++w) {
            for (auto it = phrasesByFirstWord.constFind(words.at(w).lower);
                 it != phrasesByFirstWord.cend() && it.key() == words.at(w).lower; ++it) {
                const QStringList &parts = phraseParts.at(*it);
                bool match = w + int(parts.size()) <= words.size();
                for (int k = 1; k < parts.size() && match; ++k)
                    match = words.at(w + k).lower == parts.at(k);
                if (match)
                    phraseHits.append({*it, w});
            }
        }
        // Applied phrase by phrase in the cues' order, each at its places left to right: a later
        // phrase overlapping an earlier one overwrites its keys, as it always did.
        std::sort(phraseHits.begin(), phraseHits.end());
        for (const auto &[p, at] : std::as_const(phraseHits)) {
            const auto &[phrase, key] = cues.eventPhrases.at(p);
            const int length = int(phrase.count(QLatin1Char(' '))) + 1;
            for (int k = 0; k < length; ++k)
                phraseKeys.insert(at + k, k == 0 ? key : QString());
        }
        QList<Anchor> anchors;
        for (int w = 0; w < words.size(); ++w) {
            const QString &lower = words.at(w).lower;
            if (const auto it = phraseKeys.constFind(w); it != phraseKeys.cend()) {
                if (!it->isEmpty())
                    anchors.append({w, *it});
                continue;
            }
            if (cues.sourcePrecedes.contains(lower) || cues.sourceFollows.contains(lower)) {
                anchors.append({w, QString()});
                continue;
            }
            if (words.at(w).hasDigit || insideName(article, sentenceMentions, words.at(w).span))
                continue;
            auto cached = predicateKeys.constFind(words.at(w).text);
            if (cached == predicateKeys.cend())
                cached =
                    predicateKeys.insert(words.at(w).text, predicateKeyAny(words.at(w).text, article.meta.language));
            const QString &key = *cached;
            if (!key.isEmpty())
                anchors.append({w, key});
        }
        const bool anyEvent =
            std::any_of(anchors.cbegin(), anchors.cend(), [](const Anchor &a) { return !a.key.isEmpty(); });

        SourceGuess source = findSource(article, sentenceMentions, words, cues);
        QString sourceEntity;
        int sourceMention = source.mention;
        if (source.mention >= 0) {
            sourceEntity = article.mentions.at(source.mention).entityId;
            lastSourceEntity = sourceEntity;
            lastSourceMention = source.mention;
        } else if (source.pronoun) {
            sourceEntity = lastSourceEntity;
            sourceMention = lastSourceMention;
        }
        if (!anyEvent)
            continue;

        // Each time and quantity belongs to one event word of the sentence.
        QMap<int, int> timeOfAnchor;
        QMap<int, qsizetype> timeDistance;
        for (int ti : timeIndex.inside(sentence)) {
            const TimeExpression &te = article.times.at(ti);
            if (te.isDuration || !te.value.isValid())
                continue;
            const int a = nearestAnchorForTime(anchors, words, te.span, article, sentenceMentions);
            if (a < 0 || anchors.at(a).key.isEmpty())
                continue;
            const qsizetype d = gapBetween(words.at(anchors.at(a).word).span, te.span);
            if (!timeOfAnchor.contains(a) || d < timeDistance.value(a)) {
                timeOfAnchor.insert(a, ti);
                timeDistance.insert(a, d);
            }
        }
        QMap<int, int> quantityOfAnchor;
        QMap<int, qsizetype> quantityDistance;
        constexpr qsizetype unknownPenalty = 100000;
        for (int qi : quantityIndex.inside(sentence)) {
            const Quantity &q = article.quantities.at(qi);
            // Measure from the end of the counted noun when it follows the number.
            Span span = q.span;
            if (!q.noun.isEmpty()) {
                // Right after the number or one character on: look only there (a search of the
                // rest of the article for a noun that is not there made long articles quadratic).
                const QStringView near = QStringView(article.text).mid(span.end, q.noun.size() + 1);
                const qsizetype at = near.indexOf(q.noun, 0, Qt::CaseInsensitive);
                if (at >= 0 && span.end + at + q.noun.size() <= sentence.end)
                    span.end = span.end + at + q.noun.size();
            }
            const QString nounClass = quantityNounClass(q, article.meta.language);
            const bool bare = q.noun.trimmed().isEmpty() && q.unit.trimmed().isEmpty();
            const int a = nearestAnchor(anchors, words, span, nounClass, bare);
            if (a < 0)
                continue;
            // A figure whose counted thing is known beats one that counts something else
            // ("dalam satu jam ketinggiannya mencapai 2,5 meter": the metres, not the hour).
            const bool known = !nounClass.isEmpty() || bare;
            const qsizetype d = gapBetween(words.at(anchors.at(a).word).span, span) + (known ? 0 : unknownPenalty);
            if (!quantityOfAnchor.contains(a) || d < quantityDistance.value(a)) {
                quantityOfAnchor.insert(a, qi);
                quantityDistance.insert(a, d);
            }
        }

        // One claim per predicate key in the sentence, at its first event word.
        QStringList seen;
        for (int a = 0; a < anchors.size(); ++a) {
            const QString &key = anchors.at(a).key;
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.append(key);
            Claim claim;
            claim.span = sentence;
            claim.predicate = key;
            claim.family = predicateFamily(key);
            const auto &tw = words.at(anchors.at(a).word);
            claim.trigger = tw.text;
            claim.triggerSpan = tw.span;
            // The text's own characters when they are the same: the word's copy is freed with
            // its sentence instead of living on as a hole among the kept claims.
            shareWithText(claim.trigger, article.text, tw.span.start, tw.span.length());
            for (int b = a; b < anchors.size(); ++b) {
                if (anchors.at(b).key != key)
                    continue;
                if (claim.time < 0 && timeOfAnchor.contains(b))
                    claim.time = timeOfAnchor.value(b);
                if (claim.quantity < 0 && quantityOfAnchor.contains(b))
                    claim.quantity = quantityOfAnchor.value(b);
            }
            for (int mi : sentenceMentions) {
                const Mention &m = article.mentions.at(mi);
                if (!isEntityType(m.type) || mi == source.mention)
                    continue;
                const bool before = m.span.end <= claim.triggerSpan.start;
                (before ? claim.agentMentions : claim.patientMentions).append(mi);
                if (!m.entityId.isEmpty())
                    (before ? claim.agents : claim.patients).append(m.entityId);
                if (m.type == MentionType::Location) {
                    claim.placeMentions.append(mi);
                    if (!m.entityId.isEmpty())
                        claim.places.append(m.entityId);
                }
            }
            claim.sourceMention = sourceMention;
            claim.sourceEntity = sourceEntity;
            if (sourceMention >= 0)
                claim.sourceText = article.mentions.at(sourceMention).text;
            claim.modality = modalityFor(anchors, words, cues, a, source.cue);
            claim.confirmed = plainConfirm(words, cues, anchors.at(a).word);
            claim.revision = hasAny(words, cues.revision);
            claim.body = isBody(article, article.sentences.isEmpty() ? -1 : si);
            pool.share(claim.predicate);
            pool.share(claim.family);
            pool.share(claim.agents);
            pool.share(claim.patients);
            pool.share(claim.places);
            pool.share(claim.agentMentions);
            pool.share(claim.patientMentions);
            pool.share(claim.placeMentions);
            article.claims.append(std::move(claim));
        }
    }
    return true;
}

} // namespace fc
