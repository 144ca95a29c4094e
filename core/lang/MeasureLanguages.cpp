// Which language's words a measured claim is read with: the language's record in the registry
// (core/lang/Language.h); text in an unregistered language is read with the default's words.
#include "claims/MeasureRules.h"
#include "lang/Language.h"

namespace fc {

const MeasureRules &measureRulesFor(const QString &language)
{
    return languageRulesOrDefault(language).measureRules();
}

} // namespace fc
