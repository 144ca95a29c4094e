// English approximation words, units and what surrounds a counted noun.
// Examples that test these rules: examples/quantities.tsv.
#include "EnglishPredicates.h"
#include "quantity/NumberRuleSet.h"

namespace fc {

void addEnglishQuantityRules(NumberRuleSet &r)
{
    using A = Approximation;
    r.approximations = {
        {"about", int(A::About)},          {"around", int(A::About)},
        {"approximately", int(A::About)},  {"roughly", int(A::About)},
        {"some", int(A::About)},           {"an estimated", int(A::About)},
        {"nearly", int(A::Almost)},        {"almost", int(A::Almost)},
        {"close to", int(A::Almost)},      {"more than", int(A::MoreThan)},
        {"over", int(A::MoreThan)},        {"upwards of", int(A::MoreThan)},
        {"at least", int(A::AtLeast)},     {"no fewer than", int(A::AtLeast)},
        {"no less than", int(A::AtLeast)}, {"less than", int(A::LessThan)},
        {"fewer than", int(A::LessThan)},  {"under", int(A::LessThan)},
        {"up to", int(A::AtMost)},         {"as many as", int(A::AtMost)},
        {"at most", int(A::AtMost)},       {"no more than", int(A::AtMost)},
    };
    r.rangeJoiners = {"to", "-", "–"};
    r.reachedFigureWords = {"up to ", "reaching "};
    r.rangeOpeners = {"between"};
    r.openedRangeJoiners = {"and"};
    r.unitPrefixes = {{"US$", "USD"},
                      {"USD", "USD"},
                      {"$", "USD"},
                      {"Rp", "IDR"},
                      {"IDR", "IDR"},
                      {"€", "EUR"},
                      {"EUR", "EUR"},
                      {"£", "GBP"},
                      {"magnitude", "magnitude"},
                      {"Magnitude", "magnitude"},
                      {"M", "magnitude"}};
    r.units = {
        {"percent", "%"},
        {"per cent", "%"},
        {"%", "%"},
        {"metres", "m"},
        {"meters", "m"},
        {"metre", "m"},
        {"meter", "m"},
        {"m", "m"},
        {"kilometres", "km"},
        {"kilometers", "km"},
        {"kilometre", "km"},
        {"kilometer", "km"},
        {"km", "km"},
        {"centimetres", "cm"},
        {"centimeters", "cm"},
        {"cm", "cm"},
        {"millimetres", "mm"},
        {"millimeters", "mm"},
        {"mm", "mm"},
        {"hectares", "ha"},
        {"hectare", "ha"},
        {"ha", "ha"},
        {"kilograms", "kg"},
        {"kg", "kg"},
        {"tonnes", "t"},
        {"tons", "t"},
        {"litres", "l"},
        {"liters", "l"},
        {"degrees celsius", "°C"},
        {"degrees", "°"},
        {"hours", "h"},
        {"hour", "h"},
        {"minutes", "min"},
        {"minute", "min"},
        {"seconds", "s"},
        {"rupiah", "IDR"},
        {"us dollars", "USD"},
        {"dollars", "USD"},
        {"dollar", "USD"},
        {"euros", "EUR"},
        {"miles", "mi"},
        {"mile", "mi"},
        {"magnitude", "magnitude"},
        {"on the richter scale", "magnitude"},
    };
    r.notCounted = {"article",    "section",   "chapter", "no",   "no.", "number", "page",
                    "resolution", "paragraph", "clause",  "year", "at",  "route",  "flight"};
    r.fillers = {"more", "additional", "other", "new", "extra", "of"};
    r.notNouns = {"the",   "of",    "and",    "to",       "in",      "on",    "at",    "for",     "with",
                  "was",   "were",  "is",     "are",      "have",    "has",   "had",   "said",    "from",
                  "by",    "as",    "up",     "down",     "or",      "that",  "this",  "who",     "which",
                  "were",  "be",    "been",   "will",     "would",   "could", "per",   "than",    "a",
                  "an",    "its",   "their",  "reported", "another", "times", "each",  "percent", "out",
                  "all",   "after", "before", "since",    "during",  "over",  "into",  "if",      "but",
                  "so",    "them",  "those",  "these",    "whom",    "us",    "days",  "weeks",   "months",
                  "years", "day",   "week",   "month",    "year",    "ago",   "later", "earlier"};
    r.wordNumberBlockers = {"no"};
    r.partitives = {"of"};
    r.partitiveDeterminers = {"its", "the", "their", "his", "her", "our", "all"};
    r.termCuesAfter = {"in prison",       "in jail",       "behind bars", "prison term", "jail term",
                       "prison sentence", "jail sentence", "term",        "sentence",    "of imprisonment"};
    r.termCuesBefore = {"sentenced to", "jailed for", "imprisoned for", "jailed",     "imprisoned",
                        "sentence of",  "term of",    "sought",         "prison for", "jail for"};
    r.durationLeads = {"for "};
    r.isEventWord = [](const QString &word) {
        return !lang::en::predicateKey(word).isEmpty() && lang::en::countedNounClass(word).isEmpty();
    };
}

} // namespace fc
