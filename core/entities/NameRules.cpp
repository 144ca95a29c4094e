#include "NameRules.h"

#include <algorithm>

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
        r.holidays.unite(englishNameRules().holidays); // "Natal (Christmas)" in either language
        r.regionWords.insert(englishNameRules().regionWords);
        r.regionForms.append(englishNameRules().regionForms);
        r.maxHolidayWords = std::max(r.maxHolidayWords, englishNameRules().maxHolidayWords);
        return r;
    }();
    static const NameRules en = [] {
        NameRules r = englishNameRules();
        r.notNames.unite(indonesianNameRules().notNames);
        r.holidays.unite(indonesianNameRules().holidays);
        r.regionWords.insert(indonesianNameRules().regionWords);
        r.regionForms.append(indonesianNameRules().regionForms);
        r.maxHolidayWords = std::max(r.maxHolidayWords, indonesianNameRules().maxHolidayWords);
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
        r.holidays.unite(e.holidays);
        r.placeOfHeads.unite(e.placeOfHeads);
        r.nameLikeRoles.unite(e.nameLikeRoles);
        r.headlineLowercase.unite(e.headlineLowercase);
        r.notPersonWords.unite(e.notPersonWords);
        r.regionWords.insert(e.regionWords);
        r.regionForms.append(e.regionForms);
        r.maxHolidayWords = std::max(r.maxHolidayWords, e.maxHolidayWords);
        return r;
    }();
    return both;
}

} // namespace fc
