// Indonesian date and time expressions. Examples that test these rules: examples/dates.tsv.
#include "time/TimeRuleSet.h"

namespace fc {

namespace {

// A weekday named before a date, the way Indonesian news writes it: "Rabu (19/6/2024)",
// "Sabtu waktu setempat (9/11/2024)", "Selasa, 4 Maret 2025". Part of day after it is kept.
#define FC_ID_WEEKDAY_PREFIX R"((?:(?<wd>{WD})\.?\s*,?\s*(?:waktu\s+setempat\s*,?\s*)?)?)"
#define FC_ID_DAY_PART R"((?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?)"

TimeRuleSet build()
{
    TimeRuleSet r;
    r.language = QStringLiteral("id");
    r.locale = QLocale::Indonesian;
    r.dayFirst = true;
    // CLDR has "Agu" for Agustus; newsrooms also write these.
    r.monthSupplement = {{"Agt", 8},      {"Agust", 8},     {"Sept", 9}, {"Peb", 2},
                         {"Pebruari", 2}, {"Nopember", 11}, {"Nop", 11}};
    r.units = {{"hari", int(TimeUnit::Day)},
               {"minggu", int(TimeUnit::Week)},
               {"pekan", int(TimeUnit::Week)},
               {"bulan", int(TimeUnit::Month)},
               {"tahun", int(TimeUnit::Year)}};
    r.parts = {{"awal", 0}, {"pertengahan", 1}, {"medio", 1}, {"akhir", 2}};
    r.zones = {{"WIB", 0}, {"WITA", 1}, {"WIT", 2}, {"waktu setempat", 3}, {"UTC", 4}, {"GMT", 5}};
    r.dayParts = {{"pagi", int(DayPart::Morning)},
                  {"siang", int(DayPart::Midday)},
                  {"sore", int(DayPart::Afternoon)},
                  {"malam", int(DayPart::Night)}};
    r.joinApproximations = {"sekitar", "kira-kira", "pada"};
    r.joinClockWords = {"pukul", "jam"};
    r.rules = {
        {TimeRuleKind::NumericDate,
         FC_ID_WEEKDAY_PREFIX R"(\(?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\)?)" FC_ID_DAY_PART},
        // Weekday with day/month and no year, "Rabu (19/6)": the year comes from the publication date.
        {TimeRuleKind::NumericDate,
         R"((?<wd>{WD})\.?\s*,?\s*(?:waktu\s+setempat\s*,?\s*)?\((?<d>\d{1,2})/(?<m>\d{1,2})\))" FC_ID_DAY_PART},
        {TimeRuleKind::IsoDate, FC_ID_WEEKDAY_PREFIX R"((?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2}))", 0, false, true},
        {TimeRuleKind::NamedDate,
         FC_ID_WEEKDAY_PREFIX R"((?:tanggal\s+)?(?<d>\d{1,2})\s+(?<mon>{MON})\.?\s+(?<y>\d{4}))" FC_ID_DAY_PART, 0,
         false, true},
        {TimeRuleKind::NamedDate,
         FC_ID_WEEKDAY_PREFIX R"((?:tanggal\s+)?(?<d>\d{1,2})\s+(?<mon>{MONL}))" FC_ID_DAY_PART},
        {TimeRuleKind::MonthYear,
         R"((?:(?:pada|sejak|hingga|sampai)\s+)?(?:bulan\s+)?(?<mon>{MON})\s+(?<y>\d{4})(?:\s+lalu)?)", 0, false, true},
        {TimeRuleKind::Year, R"((?:(?:pada|sejak|hingga|sampai)\s+)?tahun\s+(?<y>(?:1[89]|20)\d{2})(?:\s+lalu)?)"},
        {TimeRuleKind::Year, R"((?:pada|sejak|hingga|sampai)\s+(?<y>(?:1[89]|20)\d{2})(?![.,]\d))"},
        // Times of day: "pukul 07.40 WIB", "19:05 WITA", "jam 7 malam".
        // "pukul 7 malam" is 19:00: the part of day after the hour decides.
        {TimeRuleKind::ClockTime,
         R"((?:pukul|jam)\s+(?<h>\d{1,2})(?:[.:](?<min>\d{2}))?(?:\s+(?<daypart>{DAYPART}))?(?:\s*(?<zone>{ZONE}))?)"},
        {TimeRuleKind::ClockTime, R"((?<h>\d{1,2})[.:](?<min>\d{2})\s*(?<zone>{ZONE}))", 0, false, true},
        {TimeRuleKind::ClockTime, R"((?<h>\d{1,2}):(?<min>\d{2}))"},
        // Relative days.
        {TimeRuleKind::RelativeDay, R"(hari\s+ini)", 0},
        {TimeRuleKind::RelativeDay, R"(kemarin\s+(?:pagi|siang|sore|malam)|tadi\s+malam|semalam)", -1},
        {TimeRuleKind::RelativeDay, R"(tadi\s+(?:pagi|siang))", 0},
        {TimeRuleKind::RelativeDay, R"(kemarin)", -1},
        {TimeRuleKind::RelativeDay, R"(kemarin\s+lusa)", -2},
        {TimeRuleKind::RelativeDay, R"((?:besok|esok)(?:\s+hari)?(?:\s+(?:pagi|siang|sore|malam))?)", 1},
        {TimeRuleKind::RelativeDay, R"(lusa)", 2},
        // Weeks, months, years relative to publication (before weekdays: "Minggu lalu" is last week).
        {TimeRuleKind::RelativePeriod, R"((?<unit>pekan|minggu|bulan|tahun)\s+(?:lalu|kemarin))", -1},
        {TimeRuleKind::RelativePeriod, R"((?<unit>pekan|minggu|bulan|tahun)\s+ini)", 0},
        {TimeRuleKind::RelativePeriod, R"((?<unit>pekan|minggu|bulan|tahun)\s+(?:depan|mendatang))", 1},
        // Weekdays alone: news reports what happened, so the latest such day up to publication.
        {TimeRuleKind::Weekday,
         R"((?:[Pp]ada\s+)?(?:[Hh]ari\s+)?(?<wd>{WDL})(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?)", OnOrBefore,
         true},
        {TimeRuleKind::Weekday, R"((?:[Pp]ada\s+)?(?:[Hh]ari\s+)?(?<wd>{WDL})\s+(?:kemarin|lalu))", Before, true},
        {TimeRuleKind::Weekday, R"((?:[Hh]ingga|[Ss]ampai|[Mm]ulai|[Bb]esok)\s+(?:[Hh]ari\s+)?(?<wd>{WDL}))", OnOrAfter,
         true},
        {TimeRuleKind::Weekday, R"((?:[Pp]ada\s+)?(?:[Hh]ari\s+)?(?<wd>{WDL})\s+(?:depan|mendatang))", After, true},
        {TimeRuleKind::MonthOfYear, R"((?:pada\s+)?(?:bulan\s+)?(?<mon>{MONL})\s+tahun\s+lalu)", -1},
        {TimeRuleKind::MonthOfYear, R"((?:pada\s+)?(?:bulan\s+)?(?<mon>{MONL})\s+tahun\s+ini)", 0},
        {TimeRuleKind::MonthOfYear, R"((?:pada\s+)?(?:bulan\s+)?(?<mon>{MONL})\s+tahun\s+depan)", 1},
        {TimeRuleKind::MonthOfYear, R"((?:pada\s+)?bulan\s+(?<mon>{MONL})\s+ini)", 0},
        {TimeRuleKind::MonthOfYear, R"((?:pada\s+)?bulan\s+(?<mon>{MONL})(?:\s+lalu)?)", NearestPast},
        {TimeRuleKind::MonthOfYear, R"((?:[Pp]ada|[Ss]ejak|[Hh]ingga|[Ss]ampai)\s+(?<mon>{MONL})(?:\s+lalu)?)",
         NearestPast, true},
        {TimeRuleKind::MonthOfYear, R"((?<mon>{MONL})\s+lalu)", StrictlyPast, true},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})\s+(?<unit>pekan|minggu|bulan|tahun)\s+ini)", 0},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})\s+(?<unit>pekan|minggu|bulan|tahun)\s+lalu)", -1},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})\s+(?<unit>pekan|minggu|bulan|tahun)\s+depan)", 1},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})\s+(?:bulan\s+)?(?<mon>{MONL})(?:\s+(?<y>\d{4}))?)"},
        {TimeRuleKind::PartOfPeriod, R"((?<part>{PART})\s+(?:tahun\s+)?(?<y>(?:1[89]|20)\d{2}))"},
        {TimeRuleKind::RecentPeriod,
         R"((?:dalam\s+|selama\s+)?beberapa\s+(?<unit>hari|minggu|pekan|bulan|tahun)\s+(?:terakhir|belakangan(?:\s+ini)?|ini))",
         FewUnits},
        {TimeRuleKind::RecentPeriod, R"((?:dalam\s+|selama\s+)?(?<n>{NUM})\s+(?<unit>{UNIT})\s+terakhir)"},
        {TimeRuleKind::RecentPeriod, R"((?:dalam\s+|selama\s+)?se(?<unit>hari|minggu|pekan|bulan|tahun)\s+terakhir)"},
        {TimeRuleKind::Ago, R"((?<n>{NUM})\s+(?<unit>{UNIT})\s+(?:yang\s+)?lalu)"},
        {TimeRuleKind::Ago, R"(se(?<unit>hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu)"},
        // Lengths of time. Hours and minutes are measurements, left to the quantity step.
        {TimeRuleKind::Duration,
         R"((?:selama\s+)?(?:(?:lebih\s+dari|kurang\s+dari|hampir|sekitar)\s+)?(?<n>{NUM})\s+(?<unit>{UNIT}))"},
        {TimeRuleKind::Duration,
         R"((?:selama\s+)?(?:(?:lebih\s+dari|kurang\s+dari|hampir|sekitar)\s+)?se(?<unit>hari|minggu|pekan|bulan|tahun))"},
    };
    return r;
}

} // namespace

const TimeRuleSet &indonesianTimeRules()
{
    static const TimeRuleSet rules = build();
    return rules;
}

} // namespace fc
