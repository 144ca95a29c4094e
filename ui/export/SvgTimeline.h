#pragma once

#include "model/Report.h"

#include <QString>

namespace fc {

// The report's timeline as an inline SVG element: one lane per article, one dot per dated
// event linking to its place in the text (#tl-N), events disputed by the same finding joined
// in red. Everything textual is escaped. Empty when no event has a date.
QString timelineSvg(const Report &report);

// The days (Julian day numbers) a timeline shows: all dated events, unless a few lie far from
// the rest (a year 2000 mention in a 2024 story) and would squash every other event into one
// corner. Up to a tenth of the events at either end are left outside when the gap to the
// others is more than twice the span of the others and over a month. Pinned days (disputed
// dates: what the reader must see) are always inside. before/after count the days left out.
struct TimelineRange
{
    qint64 first = 0;
    qint64 last = 0;
    int before = 0;
    int after = 0;
    bool isValid() const { return first <= last && (first != 0 || last != 0); }
};
TimelineRange fittedTimelineRange(QList<qint64> days, const QList<qint64> &pinned = {});

} // namespace fc
