#pragma once

#include "model/Report.h"

namespace fc {

// Every dated event of every article, in date order, linked to the findings disputing it.
QList<TimelineEvent> buildTimeline(const Report &report);

} // namespace fc
