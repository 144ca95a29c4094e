// English date and time expressions. Examples that test these rules: examples/dates.tsv.
#include "time/TimeRuleSet.h"

namespace fc {

namespace {

#define FC_EN_WEEKDAY_PREFIX R"((?:(?<wd>{WD})\.?\s*,?\s*)?)"

TimeRuleSet build()
{
    TimeRuleSet r;
    r.language = QStringLiteral("en");
    r.locale = QLocale::English;
    r.dayFirst = false; // 4/8/2025 is read only when one reading is impossible (or the weekday decides)
    r.monthSupplement = {{"Sept", 9}};
    r.units = {{"day", int(TimeUnit::Day)},    {"days", int(TimeUnit::Day)},    {"week", int(TimeUnit::Week)},
               {"weeks", int(TimeUnit::Week)}, {"month", int(TimeUnit::Month)}, {"months", int(TimeUnit::Month)},
               {"year", int(TimeUnit::Year)},  {"years", int(TimeUnit::Year)}};
    r.parts = {{"early", 0}, {"mid", 1}, {"the middle of", 1}, {"late", 2}, {"the end of", 2}, {"earlier", 3}};
    r.zones = {{"WIB", 0}, {"WITA", 1}, {"WIT", 2}, {"local time", 3}, {"UTC", 4}, {"GMT", 5}};
    r.joinApproximations = {"around", "about"};
    r.joinClockWords = {"at"};
    r.rules = {
        {TimeRuleKind::NumericDate, FC_EN_WEEKDAY_PREFIX R"(\(?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\)?)"},
        {TimeRuleKind::IsoDate, FC_EN_WEEKDAY_PREFIX R"((?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2}))", 0, false, true},
        {TimeRuleKind::NamedDate,
         FC_EN_WEEKDAY_PREFIX
         R"((?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{MON})\.?,?\s+(?<y>\d{4}))",
         0, false, true},
        {TimeRuleKind::NamedDate,
         FC_EN_WEEKDAY_PREFIX R"((?<mon>{MON})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4}))", 0, false, true},
        {TimeRuleKind::NamedDate, FC_EN_WEEKDAY_PREFIX R"((?<mon>{MONL})\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)", 0, true},
        {TimeRuleKind::NamedDate, R"((?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{MONL}))", 0, true},
        // Wire-service datelines and tables: "JAKARTA, Oct 14 (Reuters)", "Sept. 3".
        {TimeRuleKind::NamedDate, R"((?<mon>{MONS})\.?\s+(?<d>\d{1,2})(?![\d.,:]\d))", 0, true},
        {TimeRuleKind::MonthYear, R"((?:(?:in|since|until|by)\s+)?(?<mon>{MON})\.?,?\s+(?<y>\d{4}))", 0, false, true},
        {TimeRuleKind::Year, R"((?:in|since|until|by|of)\s+(?<y>(?:1[89]|20)\d{2})(?![.,]\d))"},
        {TimeRuleKind::Year, R"((?:the\s+)?year\s+(?<y>(?:1[89]|20)\d{2}))"},
        {TimeRuleKind::ClockTime,
         R"((?:at\s+)?(?<h>\d{1,2})(?:[:.](?<min>\d{2}))?\s*(?<ampm>[ap]\.\s?m\.|[ap]m)(?:\s+(?<zone>{ZONE}))?)", 0,
         false, true},
        {TimeRuleKind::ClockTime, R"((?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?<zone>{ZONE}))?)"},
        // Wire copy writes universal time without a colon: "1817 GMT".
        {TimeRuleKind::ClockTime, R"((?<h>[01]\d|2[0-3])(?<min>[0-5]\d)\s+(?<zone>GMT|UTC))"},
        {TimeRuleKind::RelativeDay, R"(today|this\s+(?:morning|afternoon|evening)|tonight)", 0},
        {TimeRuleKind::RelativeDay, R"(yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)", -1},
        {TimeRuleKind::RelativeDay, R"(the\s+day\s+before\s+yesterday)", -2},
        {TimeRuleKind::RelativeDay, R"(tomorrow(?:\s+(?:morning|afternoon|evening|night))?)", 1},
        {TimeRuleKind::Weekday, R"((?:[Oo]n\s+)?(?<wd>{WDL})(?:\s+(?:morning|afternoon|evening|night))?)", OnOrBefore,
         true},
        {TimeRuleKind::Weekday, R"([Ll]ast\s+(?<wd>{WDL}))", Before, true},
        {TimeRuleKind::Weekday, R"((?:[Uu]ntil|[Tt]ill|[Bb]y|[Tt]hrough)\s+(?<wd>{WDL}))", OnOrAfter, true},
        {TimeRuleKind::Weekday, R"((?:[Nn]ext|[Tt]his\s+coming)\s+(?<wd>{WDL}))", After, true},
        {TimeRuleKind::RelativePeriod, R"(last\s+(?<unit>week|month|year))", -1},
        {TimeRuleKind::RelativePeriod, R"(this\s+(?<unit>week|month|year))", 0},
        {TimeRuleKind::RelativePeriod, R"(next\s+(?<unit>week|month|year))", 1},
        {TimeRuleKind::MonthOfYear, R"((?:in\s+)?(?<mon>{MONL})\s+(?:of\s+)?last\s+year)", -1, true},
        {TimeRuleKind::MonthOfYear, R"((?:in\s+)?(?<mon>{MONL})\s+(?:of\s+)?this\s+year)", 0, true},
        {TimeRuleKind::MonthOfYear, R"((?:in\s+)?(?<mon>{MONL})\s+(?:of\s+)?next\s+year)", 1, true},
        {TimeRuleKind::MonthOfYear, R"([Ll]ast\s+(?<mon>{MONL}))", StrictlyPast, true},
        {TimeRuleKind::MonthOfYear, R"([Tt]his\s+(?<mon>{MONL}))", 0, true},
        {TimeRuleKind::MonthOfYear, R"((?:[Ii]n|[Ss]ince|[Uu]ntil)\s+(?<mon>{MONL})(?!\s*\d))", NearestPast, true},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})(?:\s+|-)this\s+(?<unit>week|month|year))", 0},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})(?:\s+|-)last\s+(?<unit>week|month|year))", -1},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})(?:\s+|-)next\s+(?<unit>week|month|year))", 1},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})(?:\s+|-)(?<mon>{MONL})(?:\s+(?<y>\d{4}))?)", 0, true},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})(?:\s+|-)(?<y>(?:1[89]|20)\d{2}))"},
        {TimeRuleKind::RecentPeriod, R"((?:in\s+|over\s+)?recent\s+(?<unit>days|weeks|months|years))", FewUnits},
        {TimeRuleKind::RecentPeriod,
         R"((?:in\s+|over\s+|during\s+)?the\s+(?:past|last)\s+(?:few|several)\s+(?<unit>{UNIT}))", FewUnits},
        {TimeRuleKind::RecentPeriod,
         R"((?:in\s+|over\s+|during\s+)?the\s+(?:past|last)\s+(?<n>{NUM})\s+(?<unit>{UNIT}))"},
        {TimeRuleKind::RecentPeriod,
         R"((?:in\s+|over\s+|during\s+)?the\s+(?:past|last)\s+(?<unit>day|week|month|year))"},
        {TimeRuleKind::Ago, R"((?:(?<n>{NUM})|an?)\s+(?<unit>{UNIT})\s+ago)"},
        {TimeRuleKind::Duration,
         R"((?:for\s+)?(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?(?<n>{NUM})(?:\s+|-)(?<unit>{UNIT}))"},
        {TimeRuleKind::Duration,
         R"(for\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?an?\s+(?<unit>{UNIT}))"},
    };
    return r;
}

} // namespace

const TimeRuleSet &englishTimeRules()
{
    static const TimeRuleSet rules = build();
    return rules;
}

} // namespace fc
