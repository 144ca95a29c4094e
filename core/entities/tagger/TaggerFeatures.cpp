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
};

// FNV-1a over 32-bit units: the template, numbers, then UTF-16 code units.
struct Hasher
{
    quint32 h = 2166136261u;
    explicit Hasher(quint32 t) { add(t); }
    Hasher &add(quint32 v)
    {
        for (int b = 0; b < 4; ++b) {
            h ^= (v >> (8 * b)) & 0xff;
            h *= 16777619u;
        }
        return *this;
    }
    Hasher &add(QStringView s)
    {
        for (const QChar c : s) {
            h ^= c.unicode() & 0xff;
            h *= 16777619u;
            h ^= c.unicode() >> 8;
            h *= 16777619u;
        }
        return add(0xfffeu); // end of the word: "ab"+"c" is no "a"+"bc"
    }
};

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
    out->hashes.reserve(n * 32);
    out->offsets.reserve(n + 1);
    const TextCasing casing = sentenceCasing(tokens);
    static const NameToken none = [] {
        NameToken t;
        t.text = QStringLiteral("<none>");
        t.lower = t.text;
        return t;
    }();
    auto at = [&](qsizetype i) -> const NameToken & { return i >= 0 && i < n ? tokens.at(i) : none; };

    // Per token: shape and cue bits, and the knowledge base's longest name covering it.
    QList<quint32> shapes(n), cues(n), kb(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        shapes[i] = shapeCode(tokens.at(i));
        cues[i] = cueBits(tokens.at(i), context);
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

    for (qsizetype i = 0; i < n; ++i) {
        out->offsets.append(out->hashes.size());
        const NameToken &t = tokens.at(i);
        auto push = [&](const Hasher &h) { out->hashes.append(h.h); };
        const quint32 shape = shapes[i] * 4 + casing;
        push(Hasher(Bias).add(casing));
        push(Hasher(Lower).add(t.lower));
        push(Hasher(Word).add(t.text));
        push(Hasher(Around).add(at(i - 1).lower).add(at(i + 1).lower));
        push(Hasher(Shape).add(shape));
        push(Hasher(ShapeLower).add(shape).add(t.lower));
        if (t.word && !t.digit) {
            // Affixes of two to four letters: a language's prefixes and suffixes (ke-, -an, -nya) and
            // the endings of its names (-to, -wan), learnt from the data, not listed here.
            const qsizetype len = t.lower.size();
            for (qsizetype k = 2; k <= 4 && k < len; ++k) {
                push(Hasher(Prefix).add(quint32(k)).add(QStringView(t.lower).left(k)));
                push(Hasher(Suffix).add(quint32(k)).add(QStringView(t.lower).right(k)));
            }
        }
        push(Hasher(Length).add(quint32(std::min<qsizetype>(t.text.size(), 12))));
        push(Hasher(PrevLower).add(at(i - 1).lower));
        push(Hasher(NextLower).add(at(i + 1).lower));
        push(Hasher(Prev2Lower).add(at(i - 2).lower));
        push(Hasher(Next2Lower).add(at(i + 2).lower));
        push(Hasher(PrevShape).add(i > 0 ? shapes[i - 1] * 4 + casing : 0).add(shape));
        push(Hasher(NextShape).add(i + 1 < n ? shapes[i + 1] * 4 + casing : 0).add(shape));
        push(Hasher(PrevBigram).add(at(i - 1).lower).add(t.lower));
        push(Hasher(NextBigram).add(t.lower).add(at(i + 1).lower));
        push(Hasher(PrevLowerShape).add(at(i - 1).lower).add(shape));
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
    }
    out->offsets.append(out->hashes.size());
}

} // namespace fc
