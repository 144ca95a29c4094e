#include "Language.h"

namespace fc {

const LanguageRules *languageRules(const QString &code)
{
    for (const LanguageRules *l : allLanguages())
        if (l->code == code)
            return l;
    return nullptr;
}

const LanguageRules &languageRulesOrDefault(const QString &code)
{
    const LanguageRules *l = languageRules(code);
    return l ? *l : *allLanguages().constFirst();
}

QList<const LanguageRules *> languagesPreferring(const QString &code)
{
    const LanguageRules &first = languageRulesOrDefault(code);
    QList<const LanguageRules *> out{&first};
    for (const LanguageRules *l : allLanguages())
        if (l != &first)
            out.append(l);
    return out;
}

} // namespace fc
