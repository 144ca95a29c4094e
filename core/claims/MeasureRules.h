#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace fc {

// The words a language uses around a value: what is never part of the measured thing, what
// links a thing to its value ("sebesar", "reached"), what changes the basis of a figure
// ("tahunan", "core", "target"), how to reduce a word to its lemma and into the shared keys
// (Indonesian lemmas; English words go through the bilingual lexicon). Each language fills
// one in core/lang/<code>/MeasureWords.cpp, beside the example table that tests it.
struct MeasureRules
{
    QSet<QString> stopwords; // lower case: function words, pronouns, fillers
    QSet<QString> linkers; // between a thing and its value: never the thing itself
    // A word that makes a figure another figure: "tahunan" -> "annual", "inti" -> "core".
    // Two claims with different basis keys are two claims, never a conflict.
    QHash<QString, QString> qualifiers;
    // Reporting verbs: a date right after one is when it was said ("said on Monday"), not a claim.
    QSet<QString> reporting;
    // Right before a figure, the value a change started from ("naik dari 68 persen menjadi"):
    // a baseline, another figure than the one it changed to.
    QSet<QString> baselineMarkers;
    QSet<QString> expected; // forecast, plan and target words: "akan", "diperkirakan", "will"
    QSet<QString> periodWords; // words of a reference period written without a date: "kuartal", "lalu"
    QStringList pointUnits; // after a number: a change in percentage points ("poin persentase")
    QStringList ordinalPrefixes; // "ke-" in "ke-43"
    QStringList ordinalSuffixes; // "st", "nd", "rd", "th" in "43rd"
    // Lower-case lemma of a word, and the shared key of a lemma (the lexicon's Indonesian
    // lemma for an English word; an Indonesian lemma is its own key).
    std::function<QString(const QString &lowerWord)> lemma;
    std::function<bool(const QString &lowerWord)> isVerb;
};

// The rules of a language code; the default language's for an unknown code.
const MeasureRules &measureRulesFor(const QString &language);

} // namespace fc
