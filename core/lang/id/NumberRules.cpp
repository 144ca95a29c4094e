// Indonesian numerals: dot for thousands, comma for decimals ("11.000", "2,5"), number words.
// Examples that test these rules: examples/quantities.tsv.
#include "quantity/NumberRuleSet.h"

namespace fc {

namespace {

NumberRuleSet build()
{
    using K = NumberWordKind;
    NumberRuleSet r;
    r.language = QStringLiteral("id");
    r.thousands = QLatin1Char('.');
    r.decimal = QLatin1Char(',');
    r.words = {
        {"nol", K::Unit, 0},
        {"satu", K::Unit, 1},
        {"dua", K::Unit, 2},
        {"tiga", K::Unit, 3},
        {"empat", K::Unit, 4},
        {"lima", K::Unit, 5},
        {"enam", K::Unit, 6},
        {"tujuh", K::Unit, 7},
        {"delapan", K::Unit, 8},
        {"sembilan", K::Unit, 9},
        {"sepuluh", K::Unit, 10},
        {"sebelas", K::Unit, 11},
        {"seratus", K::Unit, 100},
        {"belas", K::Teen, 10},
        {"puluh", K::TimesLast, 10},
        {"ratus", K::TimesLast, 100},
        {"seribu", K::Scale, 1e3},
        {"ribu", K::Scale, 1e3},
        {"sejuta", K::Scale, 1e6},
        {"juta", K::Scale, 1e6},
        {"miliar", K::Scale, 1e9},
        {"milyar", K::Scale, 1e9},
        {"triliun", K::Scale, 1e12},
        {"trilyun", K::Scale, 1e12},
        {"belasan", K::Vague, 11, 19},
        {"puluhan", K::Vague, 20, 99},
        {"ratusan", K::Vague, 200, 999},
        {"ribuan", K::Vague, 2000, 9999},
        {"jutaan", K::Vague, 2e6, 9.99e6},
    };
    addIndonesianQuantityRules(r);
    return r;
}

} // namespace

const NumberRuleSet &indonesianNumberRules()
{
    static const NumberRuleSet rules = build();
    return rules;
}

} // namespace fc
