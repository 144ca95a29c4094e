#include "Language.h"

#include "EnglishPredicates.h"
#include "EnglishTitles.h"
#include "MeasureWords.h"
#include "lang/id/MeasureWords.h"

namespace fc {
const NameRules &englishNameRules(); // EnNameRules.cpp
}

namespace fc::lang::en {

namespace {

QString titleRoleOf(const QString &title, qsizetype *roleLength)
{
    return titleRole(title, roleLength);
}

// Measured claims meet in one key space, the Indonesian lemmas: an English word is translated
// through the bilingual lexicon and the translation reduced by the Indonesian morphology, so
// "prices" and "harganya" are one key.
const MeasureRules &measureRulesInSharedKeys()
{
    static const MeasureRules english = [] {
        MeasureRules r = measureRules();
        const auto translate = r.lemma;
        const auto indonesianLemma = lang::id::measureRules().lemma;
        // Only a word the lexicon translated (or reduced) goes on to the Indonesian lemma:
        // an English word it does not know is left as it is.
        r.lemma = [translate, indonesianLemma](const QString &lower) {
            const QString t = translate(lower);
            return t == lower ? t : indonesianLemma(t);
        };
        return r;
    }();
    return english;
}

} // namespace

const LanguageRules &language()
{
    static const LanguageRules rules = [] {
        LanguageRules r;
        r.code = QStringLiteral("en");
        r.stopwordsResource = QStringLiteral(":/factcheck/lang/en/stopwords.txt");
        r.timeRules = &englishTimeRules;
        r.numberRules = &englishNumberRules;
        r.nameRules = &englishNameRules;
        r.titleRole = &titleRoleOf;
        r.predicateKey = &predicateKey;
        r.countedNounClass = &countedNounClass;
        r.claimCues = &claimCues;
        r.summaryNouns = &summaryNouns;
        r.measureRules = &measureRulesInSharedKeys;
        r.fixedTextSlot = FixedTextSlot::Contract;    // the KB's international names, the contract's summaries
        r.taggerModel = QStringLiteral("en-ner.bin"); // none bundled yet; $FACTCHECK_NER_MODELS may hold one
        return r;
    }();
    return rules;
}

} // namespace fc::lang::en
