#include "NameRules.h"

namespace fc {

const NameRules &indonesianNameRules(); // core/lang/id
const NameRules &englishNameRules();    // core/lang/en

const NameRules &nameRules(const QString &language)
{
    // Day and month names and function words of either language are never names: bylines
    // and datelines of Indonesian outlets are often in English ("Tuesday, 12-11-2024").
    static const NameRules id = [] {
        NameRules r = indonesianNameRules();
        r.notNames.unite(englishNameRules().notNames);
        return r;
    }();
    static const NameRules en = [] {
        NameRules r = englishNameRules();
        r.notNames.unite(indonesianNameRules().notNames);
        return r;
    }();
    if (language == QLatin1String("id"))
        return id;
    if (language == QLatin1String("en"))
        return en;
    // Unknown language: both sets, since news text mixes them ("Presiden Rusia ... said").
    static const NameRules both = [] {
        NameRules r = indonesianNameRules();
        const NameRules &e = englishNameRules();
        r.orgHeads.unite(e.orgHeads);
        r.orgTails.unite(e.orgTails);
        r.locHeads.unite(e.locHeads);
        r.locTails.unite(e.locTails);
        r.roleHeads.unite(e.roleHeads);
        r.roleWords.unite(e.roleWords);
        r.roleTailsLc.unite(e.roleTailsLc);
        r.honorifics.unite(e.honorifics);
        r.particles.unite(e.particles);
        r.connectors.unite(e.connectors);
        r.placePrepositions.unite(e.placePrepositions);
        r.sourceBefore.unite(e.sourceBefore);
        r.sourceBeforeWithDari.unite(e.sourceBeforeWithDari);
        r.sourceAfter.unite(e.sourceAfter);
        r.notNames.unite(e.notNames);
        return r;
    }();
    return both;
}

} // namespace fc
