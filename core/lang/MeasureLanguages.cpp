// Which language's words a measured claim is read with: the registry of core/lang/*/MeasureWords.
// Claims meet in one key space, the Indonesian lemmas: an English word is translated through
// the bilingual lexicon and the translation reduced by the Indonesian morphology, so "prices"
// and "harganya" are one key.
#include "claims/MeasureRules.h"
#include "lang/en/MeasureWords.h"
#include "lang/id/MeasureWords.h"

namespace fc {

const MeasureRules &measureRulesFor(const QString &language)
{
    static const MeasureRules english = [] {
        MeasureRules r = lang::en::measureRules();
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
    return language == u"en" ? english : lang::id::measureRules();
}

} // namespace fc
