// English cue words around names. Tested by core/lang/en/examples/names.tsv.
#include "entities/NameRules.h"

#include <QString>

#include <algorithm>

namespace fc {

using namespace Qt::StringLiterals;

const NameRules &englishNameRules()
{
    static const NameRules rules = [] {
        NameRules r;
        r.orgHeads = {u"ministry"_s,  u"department"_s,   u"agency"_s,       u"bank"_s,      u"university"_s,
                      u"council"_s,   u"commission"_s,   u"office"_s,       u"house"_s,     u"court"_s,
                      u"institute"_s, u"organisation"_s, u"organization"_s, u"committee"_s, u"federation"_s,
                      u"union"_s,     u"party"_s,        u"association"_s,  u"pt"_s};
        r.orgTails = {u"agency"_s,       u"ministry"_s,    u"party"_s,       u"times"_s,     u"post"_s,
                      u"news"_s,         u"corp"_s,        u"corporation"_s, u"inc"_s,       u"ltd"_s,
                      u"group"_s,        u"council"_s,     u"commission"_s,  u"committee"_s, u"university"_s,
                      u"institute"_s,    u"association"_s, u"bank"_s,        u"army"_s,      u"navy"_s,
                      u"police"_s,       u"forces"_s,      u"department"_s,  u"office"_s,    u"court"_s,
                      u"assembly"_s,     u"parliament"_s,  u"foundation"_s,  u"company"_s,   u"service"_s,
                      u"fund"_s,         u"exchange"_s,    u"commission"_s,  u"ministry"_s,  u"organization"_s,
                      u"organisation"_s, u"technology"_s,  u"rights"_s,      u"union"_s};
        r.locHeads = {u"mount"_s, u"lake"_s, u"gulf"_s, u"port"_s, u"cape"_s, u"province"_s};
        r.locTails = {u"river"_s,   u"regency"_s,  u"province"_s, u"district"_s, u"city"_s,      u"island"_s,
                      u"islands"_s, u"mountain"_s, u"sea"_s,      u"strait"_s,   u"peninsula"_s, u"region"_s,
                      u"oblast"_s,  u"village"_s,  u"street"_s,   u"county"_s,   u"state"_s,     u"valley"_s,
                      u"bay"_s,     u"stadium"_s,  u"station"_s,  u"airport"_s,  u"harbour"_s,   u"square"_s,
                      u"palace"_s,  u"shoal"_s};
        r.roleHeads = {u"president"_s,
                       u"vice"_s,
                       u"prime"_s,
                       u"minister"_s,
                       u"secretary"_s,
                       u"foreign"_s,
                       u"defence"_s,
                       u"defense"_s,
                       u"chancellor"_s,
                       u"governor"_s,
                       u"mayor"_s,
                       u"regent"_s,
                       u"head"_s,
                       u"chief"_s,
                       u"director"_s,
                       u"spokesperson"_s,
                       u"spokesman"_s,
                       u"spokeswoman"_s,
                       u"leader"_s,
                       u"king"_s,
                       u"queen"_s,
                       u"commander"_s,
                       u"secretary-general"_s,
                       u"coach"_s,
                       u"judge"_s,
                       u"researcher"_s,
                       u"shuttler"_s,
                       u"crown"_s,
                       u"speaker"_s,
                       u"ambassador"_s,
                       u"chairman"_s,
                       u"chair"_s,
                       u"senator"_s,
                       u"prince"_s,
                       u"princess"_s,
                       u"emir"_s,
                       u"sheikh"_s};
        r.roleWords = {u"minister"_s, u"secretary"_s, u"general"_s, u"of"_s,     u"state"_s,     u"foreign"_s,
                       u"affairs"_s,  u"defence"_s,   u"defense"_s, u"leader"_s, u"president"_s, u"executive"_s,
                       u"deputy"_s,   u"prime"_s,     u"chief"_s,   u"prince"_s, u"princess"_s};
        r.roleTailsLc = {u"regent"_s,    u"chief"_s,     u"head"_s,     u"mayor"_s,  u"governor"_s, u"spokesperson"_s,
                         u"spokesman"_s, u"president"_s, u"minister"_s, u"leader"_s, u"secretary"_s};
        r.honorifics = {u"mr"_s,   u"mrs"_s,  u"ms"_s,  u"miss"_s, u"dr"_s,   u"prof"_s, u"sir"_s, u"dame"_s,
                        u"lord"_s, u"lady"_s, u"gen"_s, u"col"_s,  u"capt"_s, u"sen"_s,  u"rep"_s, u"gov"_s};
        r.particles = {u"bin"_s, u"binti"_s, u"van"_s, u"von"_s, u"de"_s, u"der"_s, u"den"_s,
                       u"da"_s,  u"dos"_s,   u"del"_s, u"al"_s,  u"el"_s, u"la"_s,  u"le"_s};
        r.connectors = {u"of"_s, u"for"_s, u"and"_s, u"&"_s};
        r.placePrepositions = {u"in"_s,     u"at"_s,   u"to"_s,      u"from"_s,   u"near"_s,
                               u"across"_s, u"into"_s, u"towards"_s, u"outside"_s};
        r.sourceBefore = {u"according"_s, u"citing"_s, u"told"_s, u"said"_s};
        r.sourceBeforeWithDari = {u"quoted"_s, u"reported"_s};
        r.sourceAfter = {u"said"_s,   u"says"_s,      u"told"_s,      u"reported"_s, u"reports"_s,
                         u"stated"_s, u"confirmed"_s, u"announced"_s, u"added"_s,    u"claimed"_s};
        r.notNames = {
            u"monday"_s,  u"tuesday"_s,   u"wednesday"_s, u"thursday"_s, u"friday"_s,    u"saturday"_s, u"sunday"_s,
            u"january"_s, u"february"_s,  u"march"_s,     u"april"_s,    u"may"_s,       u"june"_s,     u"july"_s,
            u"august"_s,  u"september"_s, u"october"_s,   u"november"_s, u"december"_s,  u"the"_s,      u"a"_s,
            u"an"_s,      u"he"_s,        u"she"_s,       u"it"_s,       u"they"_s,      u"we"_s,       u"i"_s,
            u"you"_s,     u"his"_s,       u"her"_s,       u"their"_s,    u"its"_s,       u"this"_s,     u"that"_s,
            u"these"_s,   u"those"_s,     u"but"_s,       u"and"_s,      u"or"_s,        u"in"_s,       u"on"_s,
            u"at"_s,      u"as"_s,        u"after"_s,     u"before"_s,   u"since"_s,     u"while"_s,    u"when"_s,
            u"if"_s,      u"one"_s,       u"two"_s,       u"three"_s,    u"more"_s,      u"about"_s,    u"according"_s,
            u"however"_s, u"meanwhile"_s, u"earlier"_s,   u"later"_s,    u"officials"_s, u"search"_s,   u"local"_s,
            u"west"_s,    u"east"_s,      u"north"_s,     u"south"_s,    u"western"_s,   u"eastern"_s,  u"am"_s,
            u"pm"_s,      u"there"_s,     u"what"_s,      u"who"_s,      u"why"_s,       u"how"_s,      u"where"_s,
            u"some"_s,    u"many"_s,      u"most"_s,      u"all"_s,      u"both"_s,      u"for"_s,      u"from"_s,
            u"to"_s,      u"with"_s,      u"by"_s,        u"of"_s,       u"no"_s,        u"not"_s,      u"also"_s,
            u"read"_s,    u"photo"_s,     u"death"_s,     u"floods"_s,   u"flood"_s,     u"troops"_s,   u"under"_s,
            u"during"_s,  u"then"_s,      u"now"_s,       u"our"_s,      u"my"_s};
        r.headlineLowercase = {u"of"_s,   u"for"_s,   u"with"_s, u"from"_s, u"after"_s,  u"over"_s,  u"into"_s,
                               u"amid"_s, u"about"_s, u"than"_s, u"that"_s, u"before"_s, u"under"_s, u"and"_s,
                               u"the"_s,  u"to"_s,    u"in"_s,   u"on"_s,   u"at"_s,     u"as"_s,    u"by"_s};
        r.notPersonWords = {u"act"_s, u"ring"_s, u"fire"_s};
        r.holidays = {u"christmas"_s,      u"christmas eve"_s,    u"christmas day"_s,
                      u"easter"_s,         u"good friday"_s,      u"eid"_s,
                      u"eid al-fitr"_s,    u"eid al fitr"_s,      u"eid al-adha"_s,
                      u"eid al adha"_s,    u"eid ul-fitr"_s,      u"ramadan"_s,
                      u"new year"_s,       u"new year's eve"_s,   u"new year's day"_s,
                      u"lunar new year"_s, u"chinese new year"_s, u"thanksgiving"_s,
                      u"diwali"_s,         u"hanukkah"_s,         u"independence day"_s,
                      u"labour day"_s,     u"labor day"_s,        u"vesak"_s,
                      u"halloween"_s,      u"passover"_s};
        // "Sea of Japan", "Gulf of Thailand", "Bay of Bengal", "Strait of Hormuz".
        r.placeOfHeads = {u"sea"_s,    u"gulf"_s,    u"bay"_s,      u"strait"_s, u"straits"_s, u"isle"_s,
                          u"island"_s, u"islands"_s, u"lake"_s,     u"cape"_s,   u"port"_s,    u"mount"_s,
                          u"bight"_s,  u"city"_s,    u"republic"_s, u"kingdom"_s};
        r.compassWords = {u"north"_s, u"south"_s, u"east"_s, u"west"_s};
        r.positionWords = {u"north"_s,    u"south"_s,   u"east"_s,    u"west"_s,  u"central"_s, u"northern"_s,
                           u"southern"_s, u"eastern"_s, u"western"_s, u"upper"_s, u"lower"_s};
        r.documentHeads = {u"treaty"_s, u"agreement"_s, u"operation"_s};
        r.listWords = {u"and"_s, u"or"_s};
        r.andWords = {u"and"_s};
        r.ofWords = {u"of"_s};
        r.ofRoleTails = {u"head"_s, u"chief"_s};  // "head of the Garut disaster mitigation agency"
        r.titleOrgLinks = {u"of the"_s, u"of"_s}; // "Minister of the Interior"
        r.sourceBeforePairs = {{u"according"_s, u"to"_s}};
        r.sourceAgentWords = {u"by"_s};
        r.demonymEndings = {u"ese"_s, u"ian"_s, u"ean"_s, u"ish"_s};
        r.compassDemonymEndings = {u"can"_s};
        r.regionWords = {{u"regency"_s, u"regency"_s}, {u"city"_s, u"city"_s}, {u"islands"_s, QString()}};
        r.regionForms = {u"%1 regency"_s, u"%1 islands regency"_s, u"%1 city"_s};
        for (const QString &h : std::as_const(r.holidays))
            r.maxHolidayWords = std::max(r.maxHolidayWords, int(h.count(u' ')) + 1);
        return r;
    }();
    return rules;
}

} // namespace fc
