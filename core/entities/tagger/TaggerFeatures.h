#pragma once

#include "entities/NameTokens.h"

#include <QHash>
#include <QList>
#include <QtGlobal>

namespace fc {

class KnowledgeBase;
struct NameRules;

// What the tagger knows besides the words: the knowledge base (its names and their types) and
// the language's cue words the rules use (titles, organisation and place heads, source verbs).
struct TaggerContext
{
    const KnowledgeBase *kb = nullptr;
    const NameRules *rules = nullptr;
    // The cue sets of `rules` as one word -> bits table (cueTable()), so a word costs one
    // lookup, not one per set; optional, the same bits either way.
    const QHash<QString, quint32> *cues = nullptr;
};

// Every cue word of the rules with the bits of the sets it is in.
QHash<QString, quint32> cueTable(const NameRules &rules);

// The features of every token of one sentence, as 32-bit hashes: token i's are
// hashes[offsets[i]] .. hashes[offsets[i + 1] - 1]. Hashing the parts of a feature (its
// template, then the characters of the words in it) builds no strings, so extraction costs
// no allocation per token beyond the two lists. The same function serves training and
// tagging, so both always see the same features.
struct SentenceFeatures
{
    QList<quint32> hashes;
    QList<qsizetype> offsets;
};

// How a sentence is written: ordinary casing, all lower case (some comments and wire feeds), or
// every word capitalised (headlines). Capitals mean little in the last two.
enum TextCasing : quint32 { Normal = 0, Caseless = 1, TitleCase = 2 };
TextCasing sentenceCasing(const QList<NameToken> &tokens);

void extractFeatures(const QList<NameToken> &tokens, const TaggerContext &context, SentenceFeatures *out);

} // namespace fc
