#include "Language.h"

using namespace Qt::StringLiterals;

namespace fc::lang::en {

// The English nouns a finding's summary names events and counted things by (the
// predicate keys and noun classes of core/claims/PredicateCatalog.cpp).
const SummaryNouns &summaryNouns()
{
    static const SummaryNouns nouns{
        {
            {u"sign"_s, u"signing"_s},
            {u"ratify"_s, u"ratification"_s},
            {u"invade"_s, u"invasion"_s},
            {u"deploy"_s, u"deployment"_s},
            {u"present"_s, u"presence"_s},
            {u"die"_s, u"deaths"_s},
            {u"kill"_s, u"killing"_s},
            {u"injure"_s, u"injuries"_s},
            {u"damage"_s, u"damage"_s},
            {u"attack"_s, u"attack"_s},
            {u"flood"_s, u"flood"_s},
            {u"evacuate"_s, u"evacuation"_s},
            {u"missing"_s, u"missing persons"_s},
            {u"arrest"_s, u"arrest"_s},
            {u"declare"_s, u"declaration"_s},
            {u"meet"_s, u"meeting"_s},
            {u"rise"_s, u"water level"_s},
            {u"quake"_s, u"earthquake"_s},
            {u"find"_s, u"finding"_s},
            {u"burn"_s, u"fire"_s},
            {u"explode"_s, u"explosion"_s},
            {u"landslide"_s, u"landslide"_s},
            {u"crash"_s, u"crash"_s},
            {u"shoot"_s, u"shooting"_s},
            {u"kidnap"_s, u"kidnapping"_s},
            {u"sink"_s, u"sinking"_s},
            {u"collapse"_s, u"collapse"_s},
            {u"inaugurate"_s, u"inauguration"_s},
            {u"elect"_s, u"election"_s},
            {u"win"_s, u"victory"_s},
            {u"sentence"_s, u"sentencing"_s},
            {u"demand"_s, u"prosecution demand"_s},
            {u"investigate"_s, u"investigation"_s},
            {u"enact"_s, u"passing of the law"_s},
            {u"approve"_s, u"approval"_s},
            {u"resign"_s, u"resignation"_s},
            {u"erupt"_s, u"eruption"_s},
            {u"visit"_s, u"visit"_s},
            {u"launch"_s, u"launch"_s},
            {u"protest"_s, u"protest"_s},
        },
        {
            {u"troops"_s, u"troops"_s},
            {u"person"_s, u"people"_s},
            {u"house"_s, u"houses"_s},
            {u"metre"_s, u"metres"_s},
            {u"centimetre"_s, u"centimetres"_s},
            {u"kilometre"_s, u"kilometres"_s},
            {u"hectare"_s, u"hectares"_s},
            {u"village"_s, u"villages"_s},
            {u"district"_s, u"districts"_s},
            {u"building"_s, u"buildings"_s},
            {u"vehicle"_s, u"vehicles"_s},
            {u"weapon"_s, u"weapons"_s},
            {u"tonne"_s, u"tonnes"_s},
            {u"magnitude"_s, u"magnitude"_s},
            {u"faction"_s, u"factions"_s},
            {u"term_years"_s, u"years in prison"_s},
            {u"term_months"_s, u"months in prison"_s},
            {u"term_weeks"_s, u"weeks in prison"_s},
            {u"term_days"_s, u"days in prison"_s},
        },
    };
    return nouns;
}

} // namespace fc::lang::en
