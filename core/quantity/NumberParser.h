#pragma once

#include "quantity/NumberRuleSet.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace fc {

struct ParsedNumber
{
    double value = 0;
    double high = 0;      // equals value unless vague
    bool vague = false;   // "puluhan", "thousands"
    bool words = false;   // written in words
    bool grouped = false; // written with thousands separators ("11.000")
    qsizetype end = 0;    // one past the last character used
};

// Reads numerals and number words the way one language writes them.
class NumberParser
{
public:
    explicit NumberParser(const NumberRuleSet &rules);

    const NumberRuleSet &rules() const { return m_rules; }

    // A numeral starting exactly at pos ("11.000", "2,5" in Indonesian; "11,000", "2.5" in English).
    // Fails when the digits run on in another notation ("2.5" in Indonesian text).
    std::optional<ParsedNumber> numeralAt(QStringView text, qsizetype pos) const;
    // Number words starting at pos ("dua puluh lima", "twenty-five", "puluhan ribu").
    std::optional<ParsedNumber> wordsAt(QStringView text, qsizetype pos) const;
    // A whole string as a number, digits or words: what a {NUM} group captured.
    std::optional<double> parse(QStringView text) const;
    // A scale word at pos ("juta", "million"): its factor and end.
    std::optional<std::pair<double, qsizetype>> scaleAt(QStringView text, qsizetype pos) const;

    // A regular expression alternation for a phrase of number words (no capture groups).
    QString wordsPattern() const;

private:
    const NumberWord *word(const QString &lower) const;
    // Whether the word (as written) may be one of the rules' number words or hundred joiners,
    // from its length and an ASCII first letter alone: most words of a text are neither, and
    // are then not lower-cased and looked up.
    bool mayBeNumberWord(QStringView word) const;

    const NumberRuleSet &m_rules;
    QHash<QString, qsizetype> m_index;
    std::array<bool, 128> m_asciiFirst{}; // lower-case ASCII first letters of words and joiners
    qsizetype m_longest = 0;              // the longest word or joiner
};

const NumberParser &numberParser(const QString &language); // "id" or "en"

} // namespace fc
