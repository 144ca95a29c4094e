#pragma once

// One record per language: everything the language-neutral steps need to know about a
// language, so that they never name one. Each core/lang/<code>/Language.cpp fills one in and
// core/lang/Languages.cpp lists it (see core/lang/README.md).

#include "claims/LanguageRules.h"
#include "claims/MeasureRules.h"
#include "entities/NameRules.h"
#include "quantity/NumberRuleSet.h"
#include "time/TimeRuleSet.h"

#include <QList>
#include <QString>

namespace fc {

// Two texts come in two fixed languages whatever languages are registered: the knowledge base's
// names (KbEntry::name, the international one, and KbEntry::nameId, the local one; Entity::nameEn
// and Entity::nameId after resolution) and a finding's summaries (Finding::summary, the report
// contract's, and Finding::summaryId, the local reader's; checks/FindingText.h). A language
// record says which of the two slots its text fills, if either: the steps ask the registry
// rather than compare codes.
enum class FixedTextSlot { None, Contract, Local };

struct LanguageRules
{
    QString code;              // ISO 639-1, as in ArticleMeta::language: "id"
    QString stopwordsResource; // function words, one a line: what the language guesser counts

    // Dates and times (the set carries its QLocale for month and weekday names), numbers and
    // the quantity words folded into them, names, titles, claim and predicate words, measure
    // words. Functions, not values: the tables are built on first use.
    const TimeRuleSet &(*timeRules)() = nullptr;
    const NumberRuleSet &(*numberRules)() = nullptr;
    const NameRules &(*nameRules)() = nullptr;
    QString (*titleRole)(const QString &title, qsizetype *roleLength) = nullptr;
    QString (*predicateKey)(const QString &word) = nullptr;
    QString (*countedNounClass)(const QString &noun) = nullptr;
    const ClaimCues &(*claimCues)() = nullptr;
    const MeasureRules &(*measureRules)() = nullptr;
    // The nouns of its finding summaries; null for a language that writes no fixed summary.
    const SummaryNouns &(*summaryNouns)() = nullptr;

    // Which of the fixed two-language texts above is written in this language.
    FixedTextSlot fixedTextSlot = FixedTextSlot::None;

    // The trained name tagger's model file (under resources/models or $FACTCHECK_NER_MODELS);
    // empty when the language has none and the rules alone find names.
    QString taggerModel;
};

// Every registered language, in order of preference: the first is the default for text whose
// language is unknown, and the order in which the others are tried as a fallback.
const QList<const LanguageRules *> &allLanguages();

// The record for a code, or nullptr for a language nobody registered.
const LanguageRules *languageRules(const QString &code);

// The record for a code, else the default (first registered) language.
const LanguageRules &languageRulesOrDefault(const QString &code);

// The code of the language that fills a fixed text slot, or empty when no registered language does.
QString fixedTextLanguage(FixedTextSlot slot);

// Whether text in the language `code` fills the contract's slot (the knowledge base's
// international name, the contract's summary); any other language, or an unknown one, reads
// the local slot.
bool isContractLanguage(const QString &code);

// The language's own record first (the default for an unknown code), then every other one in
// registry order: for lookups that try the article's language and then the rest.
QList<const LanguageRules *> languagesPreferring(const QString &code);

} // namespace fc
