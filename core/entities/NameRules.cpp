#include "NameRules.h"

namespace fc {

const NameRules &indonesianNameRules(); // core/lang/id
const NameRules &englishNameRules();    // core/lang/en

const NameRules &nameRules(const QString &language)
{
    if (language == QLatin1String("id"))
        return indonesianNameRules();
    if (language == QLatin1String("en"))
        return englishNameRules();
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
