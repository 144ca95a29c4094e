#pragma once

#include "Span.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace fc {

enum class Granularity { Year, Month, Week, Day, Minute };
QString granularityCode(Granularity g); // "year", "month", "week", "day", "minute"

// A normalised point or stretch of time. Vague expressions ("beberapa minggu terakhir")
// are an interval [begin, end]; exact ones have begin == end at their granularity.
struct TimeValue
{
    QDate begin;
    QDate end;
    std::optional<QTime> time;
    QString zone; // "WIB", "WITA", "WIT", "UTC+7", ... as stated
    Granularity granularity = Granularity::Day;
    bool anchored = true;  // false: relative with no publication date to anchor it yet
    bool relative = false; // resolved against the publication date
    bool vague = false;    // an interval rather than a point

    bool isValid() const { return begin.isValid(); }
    QString iso() const; // "2024-06-19", "2024-06", "2024", "2024-06-19T07:40", "T07:40"
};

// A date or time expression in an article.
struct TimeExpression
{
    Span span;
    QString text;
    TimeValue value;
    std::optional<int> statedWeekday; // 1 = Monday .. 7 = Sunday, when the text names one
    bool weekdayMismatch = false;     // the named weekday is not the date's weekday
    bool isDuration = false;          // "selama 14 hari": a length, not a point in time
    int durationDays = 0;             // approximate for months (30) and years (365)
    QString durationIso;              // "P14D", "P2W", "P1Y": the length as stated
    bool clockTime = false;           // a time of day ("pukul 07.40 WIB"): a TIME mention
    QString rule;                     // the rule that read it: "id.time.named-date" (docs/rule-names.md)

    // What the DATE/TIME mention carries: an ISO date or time, an ISO interval
    // ("2024-05-01/2024-06-19") for vague ones, an ISO duration for durations, empty when unanchored.
    QString isoValue() const;
};

} // namespace fc
