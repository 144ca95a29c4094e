// The registry: one line per language. The first is the default for text whose language is
// unknown (the workbench's first material is Indonesian news).
#include "Language.h"
#include "en/Language.h"
#include "id/Language.h"

namespace fc {

const QList<const LanguageRules *> &allLanguages()
{
    static const QList<const LanguageRules *> all{
        &lang::id::language(),
        &lang::en::language(),
    };
    return all;
}

} // namespace fc
