#include "TaggerFeatures.h"

#include "entities/KnowledgeBase.h"
#include "entities/NameRules.h"

namespace fc {

namespace {

// Feature templates: the first thing hashed, so equal words in different roles differ.
enum Template : quint32 {
    Bias = 1,
    Lower,
    Shape,
    Prefix,
    Suffix,
    PrevLower,
    NextLower,
    Prev2Lower,
    Next2Lower,
    PrevShape,
    NextShape,
    PrevBigram,
    NextBigram,
    SentenceStart,
    KbHit,
    Cue,
    PrevCue,
    NextCue,
    Acronym,
    Length,
    ShapeLower,
    PrevLowerShape,
    Word,
    Around,
    RunHead,
    RunTail,
    RunBefore,
    RunAfter,
    RunLength,
};

// A feature's hash: its template, then up to three parts (word hashes, codes) mixed in. Each
// word is hashed once per sentence (wordHash), not once per feature it is in.
struct Hasher
{
    quint32 h;
    explicit Hasher(quint32 t)
        : h(t * 0x9e3779b1u)
    {
    }
    Hasher &add(quint32 v)
    {
        // murmur3's mixing of one block: every bit of v and of the hash so far reaches every
        // bit of the result, so (a, b) and (b, a) differ.
        v *= 0xcc9e2d51u;
        v = (v << 15) | (v >> 17);
        v *= 0x1b873593u;
        h ^= v;
        h = (h << 13) | (h >> 19);
        h = h * 5 + 0xe6546b64u;
        return *this;
    }
};

// FNV-1a over the UTF-16 code units of a word.
quint32 wordHash(QStringView s)
{
    quint32 h = 2166136261u;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

TextCasing sentenceCasing(const QList<NameToken> &tokens)
{
    int words = 0;
    int capitalised = 0;
    for (const NameToken &t : tokens) {
        if (!t.word || t.digit)
            continue;
        ++words;
        capitalised += t.capitalised;
    }
    if (capitalised == 0)
        return Caseless;
    if (words >= 4 && capitalised * 10 >= words * 9)
        return TitleCase;
    return Normal;
}

namespace {

// "Xxxx" -> "Xx", "ABC" -> "X", "G20" -> "Xd", "PDI-P" -> "X-X": character classes, repeats
// collapsed, at most six of them; hashed as 32-bit code.
quint32 shapeCode(const NameToken &t)
{
    quint32 code = 0;
    int n = 0;
    char last = 0;
    for (const QChar c : t.text) {
        char k = c.isUpper() ? 'X' : c.isLower() ? 'x' : c.isDigit() ? 'd' : c.isLetter() ? 'l' : '-';
        if (k == last)
            continue;
        last = k;
        if (++n > 6)
            break;
        code = code * 8 + quint32(k == 'X' ? 1 : k == 'x' ? 2 : k == 'd' ? 3 : k == 'l' ? 4 : 5);
    }
    return code;
}

// The cue sets a word may belong to, in the order of their bits (part of the model: the bits
// are hashed into features).
QList<const QSet<QString> *> cueSets(const NameRules &r)
{
    return {&r.orgHeads,
            &r.orgTails,
            &r.locHeads,
            &r.locTails,
            &r.roleHeads,
            &r.roleWords,
            &r.roleTailsLc,
            &r.honorifics,
            &r.particles,
            &r.connectors,
            &r.placePrepositions,
            &r.sourceBefore,
            &r.sourceBeforeWithDari,
            &r.sourceAfter,
            &r.notNames,
            &r.notPersonWords};
}

quint32 cueBits(const NameToken &t, const TaggerContext &context)
{
    if (!t.word || !context.rules)
        return 0;
    if (context.cues)
        return context.cues->value(t.lower);
    quint32 bits = 0;
    const QList<const QSet<QString> *> sets = cueSets(*context.rules);
    for (qsizetype k = 0; k < sets.size(); ++k) {
        if (sets.at(k)->contains(t.lower))
            bits |= 1u << k;
    }
    return bits;
}

bool startsSentence(const QList<NameToken> &tokens, qsizetype i)
{
    if (i == 0)
        return true;
    const QString &p = tokens.at(i - 1).text;
    return p == u"." || p == u"!" || p == u"?" || p == u"\"" || p == u"\u201C" || p == u":" || p == u"("
        || p == u"\u2013" || p == u"\u2014";
}

} // namespace

QHash<QString, quint32> cueTable(const NameRules &rules)
{
    QHash<QString, quint32> table;
    const QList<const QSet<QString> *> sets = cueSets(rules);
    for (qsizetype k = 0; k < sets.size(); ++k) {
        for (const QString &w : *sets.at(k))
            table[w] |= 1u << k;
    }
    return table;
}

void extractFeatures(const QList<NameToken> &tokens, const TaggerContext &context, SentenceFeatures *out)
{
    const qsizetype n = tokens.size();
    out->hashes.clear();
    out->offsets.clear();
    // Written through a pointer into room for the most features a token can have (fixed ones,
    // affixes, 16 cue bits three times, the run's), then cut to what was written.
    constexpr qsizetype MaxPerToken = 32 + 3 * 16;
    out->hashes.resize(n * MaxPerToken);
    quint32 *const first = out->hashes.data();
    quint32 *next = first;
    out->offsets.reserve(n + 1);
    const TextCasing casing = sentenceCasing(tokens);

    // Per token: shape, cue bits, the hashes of its word and lower-cased word, and the
    // knowledge base's longest name covering it. Tokens -2, -1, n and n + 1 stand for "none".
    QList<quint32> shapes(n), cues(n), kb(n, 0), lowerBuf(n + 4), words(n);
    quint32 *lower = lowerBuf.data() + 2;
    const quint32 noneHash = wordHash(u"<none>");
    lower[-2] = lower[-1] = lower[n] = lower[n + 1] = noneHash;
    for (qsizetype i = 0; i < n; ++i) {
        shapes[i] = shapeCode(tokens.at(i));
        cues[i] = cueBits(tokens.at(i), context);
        lower[i] = wordHash(tokens.at(i).lower);
        words[i] = wordHash(tokens.at(i).text);
    }
    if (context.kb) {
        const int maxWords = context.kb->maxAliasWords();
        for (qsizetype i = 0; i < n; ++i) {
            // In ordinary text a name starts with a capital: lower-case words skip the lookup
            // (it builds a key string), as the rules' own knowledge-base match does.
            if (!tokens.at(i).word || (casing != Caseless && !tokens.at(i).capitalised)
                || !context.kb->startsName(tokens.at(i).text))
                continue;
            QString phrase;
            for (qsizetype j = i; j < n && j < i + maxWords; ++j) {
                if (!tokens.at(j).word)
                    break;
                if (j > i)
                    phrase.append(u' ');
                phrase.append(tokens.at(j).text);
                if (const KbEntry *e = context.kb->find(phrase)) {
                    const quint32 type = quint32(e->type) + 1;
                    for (qsizetype k = i; k <= j; ++k)
                        kb[k] = (type << 2) | (k == i ? 1u : 2u);
                }
            }
        }
    }

    // The capitalised run each token is in (ordinary casing only): its first and last token.
    // A name's type shows at its edges ("PT ... Tbk", "... TV", "band ...", "di ..."), and these
    // let every word of the run see them, so the run is read as one name of one type.
    QList<qsizetype> runFirst(n, -1), runLast(n, -1);
    if (casing == Normal) {
        for (qsizetype i = 0; i < n;) {
            if (!tokens.at(i).word || !tokens.at(i).capitalised) {
                ++i;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && tokens.at(j).word && tokens.at(j).capitalised)
                ++j;
            for (qsizetype k = i; k < j; ++k) {
                runFirst[k] = i;
                runLast[k] = j - 1;
            }
            i = j;
        }
    }

    for (qsizetype i = 0; i < n; ++i) {
        out->offsets.append(next - first);
        const NameToken &t = tokens.at(i);
        // Hash 0 marks an empty slot of the model's table: no feature has it.
        auto push = [&](const Hasher &h) { *next++ = h.h ? h.h : 1; };
        const quint32 shape = shapes[i] * 4 + casing;
        push(Hasher(Bias).add(casing));
        push(Hasher(Lower).add(lower[i]));
        push(Hasher(Word).add(words[i]));
        push(Hasher(Around).add(lower[i - 1]).add(lower[i + 1]));
        push(Hasher(Shape).add(shape));
        push(Hasher(ShapeLower).add(shape).add(lower[i]));
        if (t.word && !t.digit) {
            // Affixes of two to four letters: a language's prefixes and suffixes (ke-, -an, -nya) and
            // the endings of its names (-to, -wan), learnt from the data, not listed here.
            const qsizetype len = t.lower.size();
            for (qsizetype k = 2; k <= 4 && k < len; ++k) {
                push(Hasher(Prefix).add(quint32(k)).add(wordHash(QStringView(t.lower).left(k))));
                push(Hasher(Suffix).add(quint32(k)).add(wordHash(QStringView(t.lower).right(k))));
            }
        }
        push(Hasher(Length).add(quint32(std::min<qsizetype>(t.text.size(), 12))));
        push(Hasher(PrevLower).add(lower[i - 1]));
        push(Hasher(NextLower).add(lower[i + 1]));
        push(Hasher(Prev2Lower).add(lower[i - 2]));
        push(Hasher(Next2Lower).add(lower[i + 2]));
        push(Hasher(PrevShape).add(i > 0 ? shapes[i - 1] * 4 + casing : 0).add(shape));
        push(Hasher(NextShape).add(i + 1 < n ? shapes[i + 1] * 4 + casing : 0).add(shape));
        push(Hasher(PrevBigram).add(lower[i - 1]).add(lower[i]));
        push(Hasher(NextBigram).add(lower[i]).add(lower[i + 1]));
        push(Hasher(PrevLowerShape).add(lower[i - 1]).add(shape));
        if (startsSentence(tokens, i))
            push(Hasher(SentenceStart).add(shape));
        // The knowledge base: the type of the name covering the token and where in it.
        push(Hasher(KbHit).add(kb[i]).add(casing));
        push(Hasher(KbHit).add(kb[i]).add(i > 0 ? kb[i - 1] : 0).add(i + 1 < n ? kb[i + 1] : 0));
        for (quint32 bits = cues[i], k = 0; bits; bits >>= 1, ++k) {
            if (bits & 1)
                push(Hasher(Cue).add(k));
        }
        for (quint32 bits = i > 0 ? cues[i - 1] : 0, k = 0; bits; bits >>= 1, ++k) {
            if (bits & 1)
                push(Hasher(PrevCue).add(k).add(shape));
        }
        for (quint32 bits = i + 1 < n ? cues[i + 1] : 0, k = 0; bits; bits >>= 1, ++k) {
            if (bits & 1)
                push(Hasher(NextCue).add(k));
        }
        if (t.allCaps && t.text.size() >= 2 && t.text.size() <= 6)
            push(Hasher(Acronym).add(casing));
        if (const qsizetype f = runFirst[i]; f >= 0) {
            const qsizetype l = runLast[i];
            const quint32 where = i == f ? (i == l ? 0 : 1) : (i == l ? 2 : 3);
            push(Hasher(RunHead).add(where).add(lower[f]));
            push(Hasher(RunTail).add(where).add(lower[l]));
            push(Hasher(RunBefore).add(where).add(lower[f - 1]));
            push(Hasher(RunAfter).add(where).add(lower[l + 1]));
            push(Hasher(RunLength).add(where).add(quint32(std::min<qsizetype>(l - f + 1, 5))));
        }
    }
    out->offsets.append(next - first);
    out->hashes.resize(next - first);
}

} // namespace fc
