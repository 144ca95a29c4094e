// English numerals: comma for thousands, dot for decimals ("11,000", "2.5"), number words.
// Examples that test these rules: examples/quantities.tsv.
#include "quantity/NumberRuleSet.h"

namespace fc {

namespace {

NumberRuleSet build()
{
    using K = NumberWordKind;
    NumberRuleSet r;
    r.language = QStringLiteral("en");
    r.thousands = QLatin1Char(',');
    r.decimal = QLatin1Char('.');
    r.words = {
        {"zero", K::Unit, 0},
        {"one", K::Unit, 1},
        {"two", K::Unit, 2},
        {"three", K::Unit, 3},
        {"four", K::Unit, 4},
        {"five", K::Unit, 5},
        {"six", K::Unit, 6},
        {"seven", K::Unit, 7},
        {"eight", K::Unit, 8},
        {"nine", K::Unit, 9},
        {"ten", K::Unit, 10},
        {"eleven", K::Unit, 11},
        {"twelve", K::Unit, 12},
        {"thirteen", K::Unit, 13},
        {"fourteen", K::Unit, 14},
        {"fifteen", K::Unit, 15},
        {"sixteen", K::Unit, 16},
        {"seventeen", K::Unit, 17},
        {"eighteen", K::Unit, 18},
        {"nineteen", K::Unit, 19},
        {"twenty", K::Unit, 20},
        {"thirty", K::Unit, 30},
        {"forty", K::Unit, 40},
        {"fifty", K::Unit, 50},
        {"sixty", K::Unit, 60},
        {"seventy", K::Unit, 70},
        {"eighty", K::Unit, 80},
        {"ninety", K::Unit, 90},
        {"hundred", K::TimesGroup, 100},
        {"dozen", K::TimesGroup, 12},
        {"thousand", K::Scale, 1e3},
        {"million", K::Scale, 1e6},
        {"billion", K::Scale, 1e9},
        {"trillion", K::Scale, 1e12},
        {"a", K::Article, 1},
        {"dozens", K::Vague, 24, 99},
        {"hundreds", K::Vague, 200, 999},
        {"thousands", K::Vague, 2000, 9999},
        {"millions", K::Vague, 2e6, 9.99e6},
    };
    addEnglishQuantityRules(r);
    r.hundredJoiners = {"and"};
    return r;
}

} // namespace

const NumberRuleSet &englishNumberRules()
{
    static const NumberRuleSet rules = build();
    return rules;
}

} // namespace fc
