#pragma once

#include "model/Quantity.h"

#include <QList>
#include <QString>

#include <functional>

namespace fc {

// How one number word combines with the words before it. "dua puluh lima" = 2, x10, +5;
// "two hundred five" = 2, x100, +5; "tiga ribu" = 3, scale 1000.
enum class NumberWordKind {
    Unit,       // a value added to the running group: "dua", "sebelas", "twenty"
    Teen,       // "belas": the last unit + 10
    TimesLast,  // "puluh", "ratus": the last unit times the factor
    TimesGroup, // "hundred": the running group times the factor
    Scale,      // "ribu", "juta", "thousand": closes the group, times the factor
    Vague,      // "puluhan", "ribuan", "dozens": an interval [value, high]
    Article,    // "a" in "a hundred": 1, only before a multiplier
};

struct NumberWord
{
    const char *word;
    NumberWordKind kind;
    double value;
    double high = 0; // Vague only
};

struct Affix
{
    const char *text;
    int code; // Approximation, or an index into a code table
};

struct UnitWord
{
    const char *word;
    const char *unit; // canonical: "%", "m", "km", "ha", "IDR", "USD", "h" ...
};

// Everything language-specific about numbers and counted things.
struct NumberRuleSet
{
    QString language;
    QChar thousands;                        // '.' in Indonesian, ',' in English
    QChar decimal;                          // ',' in Indonesian, '.' in English
    QList<NumberWord> words;                // lowercase
    QList<const char *> hundredJoiners;     // "and" in "one hundred and five": a number word follows
    QList<Affix> approximations;            // before the number, lowercase, code = Approximation
    QList<const char *> rangeJoiners;       // "hingga" in "12 hingga 15"
    QList<const char *> rangeOpeners;       // "antara" in "antara 12 dan 15" (joiner "dan")
    QList<const char *> openedRangeJoiners; // "dan" after an opener: "antara 12 dan 15"
    // Written before the number, case-sensitive: currencies ("Rp", "US$") and earthquake
    // magnitudes ("magnitudo 5,8", "M 5,8"). Such an amount counts no noun.
    QList<UnitWord> unitPrefixes;
    QList<UnitWord> units;                  // after the number (and its scale), lowercase match
    QList<const char *> notCounted;         // words before a number that make it a label: "pasal", "nomor"
    QList<const char *> fillers;            // skipped between number and noun: "more", "lagi"
    QList<const char *> notNouns;           // words that are not the counted noun: "yang", "of"
    QList<const char *> wordNumberBlockers; // "salah" in "salah satu": not a count
    // "delapan dari sembilan fraksi", "seven of its nine factions": the part counts the noun
    // of the whole. Lowercase; determiners may stand between the word and the whole.
    QList<const char *> partitives;
    QList<const char *> partitiveDeterminers;
    // Event words ("mengguncang", "quake") are what a figure is about, never what it counts,
    // unless they double as a counted noun ("pengungsi").
    std::function<bool(const QString &lowerWord)> isEventWord;
    // A length of time next to these is a prison term, a figure of the sentence rather than a
    // stretch of the calendar: "8 tahun penjara", "divonis 8 tahun", "jailed for 10 years".
    QList<const char *> termCuesAfter;  // lowercase, right after the duration
    QList<const char *> termCuesBefore; // lowercase, right before it
    // A duration the time rules read with its lead word ("selama 8 tahun", "for 10 years"):
    // the word belongs to the sentence, the term is the figure. Lowercase, with the space after.
    QList<const char *> durationLeads;
    // "naik hingga 3 meter", "rose up to 3 metres": an at-most word that states the level
    // reached, a figure rather than a cap. Lowercase, with the space after the word.
    QList<const char *> reachedFigureWords;
};

const NumberRuleSet &indonesianNumberRules(); // core/lang/id/NumberRules.cpp
const NumberRuleSet &englishNumberRules();    // core/lang/en/NumberRules.cpp
// Approximation words, units and the counted noun's context: core/lang/*/QuantityRules.cpp.
void addIndonesianQuantityRules(NumberRuleSet &rules);
void addEnglishQuantityRules(NumberRuleSet &rules);

} // namespace fc
