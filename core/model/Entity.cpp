#include "Entity.h"

#include "lang/Language.h"

namespace fc {

// nameEn and nameId are the knowledge base's two fixed names: the registry says which language
// writes each (FixedTextSlot), so a language with neither gets the canonical name.
QString Entity::nameIn(const QString &language) const
{
    if (language.isEmpty())
        return name;
    if (language == fixedTextLanguage(FixedTextSlot::Contract) && !nameEn.isEmpty())
        return nameEn;
    if (language == fixedTextLanguage(FixedTextSlot::Local) && !nameId.isEmpty())
        return nameId;
    return name;
}

} // namespace fc
