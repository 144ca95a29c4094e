#include "NameRules.h"

#include "lang/Language.h"

#include <algorithm>
#include <vector>

namespace fc {

namespace {

// The words that shape names across a sentence (compass and list words, document heads, source
// cues, demonym endings) were one table for every language before each language's record held
// its own: every language still gets them all, which keeps the recognised names as they were
// measured (a split would need the evaluation rerun).
void addStructureWords(NameRules &r, const NameRules &other)
{
    r.compassWords.unite(other.compassWords);
    r.centreWords.unite(other.centreWords);
    r.positionWords.unite(other.positionWords);
    r.documentHeads.unite(other.documentHeads);
    r.listWords.unite(other.listWords);
    r.andWords.unite(other.andWords);
    r.ofWords.unite(other.ofWords);
    r.ofRoleTails.unite(other.ofRoleTails);
    r.sourceBeforePairs.insert(other.sourceBeforePairs);
    r.sourceLeadIns.unite(other.sourceLeadIns);
    r.sourceAgentWords.unite(other.sourceAgentWords);
    r.demonymEndings.append(other.demonymEndings);
    r.compassDemonymEndings.append(other.compassDemonymEndings);
}

// What every language's rules carry from the others: day and month names and function words of
// any language are never names (bylines and datelines of Indonesian outlets are often in
// English: "Tuesday, 12-11-2024"), and holidays and regions are named across languages
// ("Natal (Christmas)").
void addOthersNeverNames(NameRules &r, const NameRules &other)
{
    r.notNames.unite(other.notNames);
    r.holidays.unite(other.holidays);
    r.regionWords.insert(other.regionWords);
    r.regionForms.append(other.regionForms);
    r.maxHolidayWords = std::max(r.maxHolidayWords, other.maxHolidayWords);
    addStructureWords(r, other);
}

// Unknown language: every set, since news text mixes them ("Presiden Rusia ... said").
void addAll(NameRules &r, const NameRules &e)
{
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
    addStructureWords(r, e);
}

struct MergedNameRules
{
    std::vector<NameRules> perLanguage; // allLanguages() order
    NameRules all;
};

const MergedNameRules &merged()
{
    static const MergedNameRules m = [] {
        MergedNameRules out;
        const QList<const LanguageRules *> &languages = allLanguages();
        for (const LanguageRules *l : languages) {
            NameRules r = l->nameRules();
            for (const LanguageRules *other : languagesPreferring(l->code))
                if (other != l)
                    addOthersNeverNames(r, other->nameRules());
            out.perLanguage.push_back(std::move(r));
        }
        out.all = languages.constFirst()->nameRules();
        for (qsizetype i = 1; i < languages.size(); ++i)
            addAll(out.all, languages.at(i)->nameRules());
        for (NameRules &r : out.perLanguage)
            r.holidayFirstWords = holidayFirstWords(r.holidays);
        out.all.holidayFirstWords = holidayFirstWords(out.all.holidays);
        return out;
    }();
    return m;
}

} // namespace

QSet<QString> holidayFirstWords(const QSet<QString> &holidays)
{
    QSet<QString> first;
    for (const QString &h : holidays)
        first.insert(h.section(u' ', 0, 0).section(u'\'', 0, 0));
    return first;
}

const NameRules &nameRules(const QString &language)
{
    const MergedNameRules &m = merged();
    const LanguageRules *l = languageRules(language);
    return l ? m.perLanguage.at(size_t(allLanguages().indexOf(l))) : m.all;
}

} // namespace fc
