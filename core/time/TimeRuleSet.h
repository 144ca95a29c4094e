#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace fc {

// How a matched time rule turns into a value. The named groups a pattern may capture:
// d, m, y (numbers), mon (month name), wd (weekday name), h, min, ampm, zone,
// n (a count, digits or number words), unit (a time unit word), part (a part-of-period word),
// daypart (a day-part word after a clock hour).
enum class TimeRuleKind {
    NumericDate,    // d, m, y in the order of the rule set's dayFirst ("19/6/2024")
    IsoDate,        // y, m, d ("2024-06-19")
    NamedDate,      // d, mon, optional y ("19 Juni 2024", "August 4, 2025", "19 Juni")
    MonthYear,      // mon, y ("Februari 2022")
    Year,           // y ("tahun 2000")
    ClockTime,      // h, optional min, ampm, zone ("pukul 07.40 WIB")
    RelativeDay,    // param: days from the anchor ("kemarin" = -1)
    Weekday,        // wd; param: see WeekdayDirection
    RelativePeriod, // unit; param: periods from the anchor's ("pekan lalu" = -1)
    MonthOfYear,    // mon; param: years from the anchor's, or a MonthYearRule
    PartOfPeriod,   // part, then unit + param, or mon [+ y], or y ("awal bulan ini")
    RecentPeriod,   // unit, optional n: a vague stretch ending at the anchor ("beberapa minggu terakhir");
                    // param: how many units when no n is stated (0 means one, FewUnits for "a few")
    Ago,            // n, unit: a point before the anchor ("tiga hari lalu")
    Duration,       // n, unit: a length ("selama 14 hari")
};

enum WeekdayDirection { OnOrBefore = -1, Before = -2, OnOrAfter = 1, After = 2 };
enum MonthYearRule { NearestPast = 99, StrictlyPast = 98 };

enum class TimeUnit { Day, Week, Month, Year };

// "A few weeks": up to half a dozen, an interval wide enough not to contradict a stated figure.
constexpr int FewUnits = 6;

// The part of the day a word after a clock hour names, which decides the 24-hour reading:
// Morning turns 12 into 0, Midday moves 1-5 to the afternoon, Afternoon moves 1-11, Night
// moves 5-11 to the evening and 12 to midnight (2 at night stays 02:00).
enum class DayPart { Morning, Midday, Afternoon, Night };

struct TimeRule
{
    TimeRuleKind kind;
    const char *pattern; // placeholders: see TimeRecogniser.cpp (expandPattern)
    int param = 0;
    bool caseSensitive = false; // bare weekday and month names: "Minggu" the day, not "minggu" the week
    bool shared = false;        // also applied to text in the other language (headers, datelines)
};

struct WordValue
{
    const char *word;
    int value;
};

// Everything language-specific about dates and times. Month and weekday names are not here:
// they come from QLocale (CLDR); only abbreviations CLDR lacks are listed as monthSupplement.
struct TimeRuleSet
{
    QString language; // "id", "en"
    QLocale::Language locale;
    bool dayFirst = true;             // numeric dates: Indonesian always; English only when unambiguous
    QList<WordValue> monthSupplement; // newsroom abbreviations ("Agt", "Sept"), month 1..12
    QList<WordValue> units;           // time unit words, value = int(TimeUnit)
    QList<WordValue> parts;           // "awal": 0 first third, 1 middle, 2 last third, 3 period start to anchor
    QList<WordValue> zones;           // value indexes zoneCodes below
    QList<WordValue> dayParts;        // words after a clock hour ("malam"), value = int(DayPart)
    QList<TimeRule> rules;
    // Words between a date and a clock time that make the time the date's ("4 Maret 2025
    // pukul 08.15", "June 3 at about 9 am"): an approximation word, then a clock word.
    QList<const char *> joinApproximations; // "sekitar", "around"
    QList<const char *> joinClockWords;     // "pukul", "at"
};

// Zone codes a TimeRuleSet::zones entry points at.
inline const char *const timeZoneCodes[] = {"WIB", "WITA", "WIT", "local", "UTC", "GMT"};

const TimeRuleSet &indonesianTimeRules(); // core/lang/id/TimeRules.cpp
const TimeRuleSet &englishTimeRules();    // core/lang/en/TimeRules.cpp

} // namespace fc
