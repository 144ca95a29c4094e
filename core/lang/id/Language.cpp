#include "Language.h"

#include "MeasureWords.h"
#include "Predicates.h"
#include "Titles.h"

namespace fc {
const NameRules &indonesianNameRules(); // IdNameRules.cpp
}

namespace fc::lang::id {

namespace {

QString titleRoleOf(const QString &title, qsizetype *roleLength)
{
    return titleRole(title, roleLength);
}

} // namespace

const LanguageRules &language()
{
    static const LanguageRules rules = [] {
        LanguageRules r;
        r.code = QStringLiteral("id");
        r.stopwordsResource = QStringLiteral(":/factcheck/lang/id/stopwords.txt");
        r.timeRules = &indonesianTimeRules;
        r.numberRules = &indonesianNumberRules;
        r.nameRules = &indonesianNameRules;
        r.titleRole = &titleRoleOf;
        r.predicateKey = &predicateKey;
        r.countedNounClass = &countedNounClass;
        r.claimCues = &claimCues;
        r.summaryNouns = &summaryNouns;
        r.measureRules = &measureRules;
        r.fixedTextSlot = FixedTextSlot::Local; // the KB's local names (nameId), summary_id
        r.taggerModel = QStringLiteral("id-ner.bin");
        return r;
    }();
    return rules;
}

} // namespace fc::lang::id
