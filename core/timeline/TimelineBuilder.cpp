#include "TimelineBuilder.h"

namespace fc {

QList<TimelineEvent> buildTimeline(const Report &)
{
    return {};
}

} // namespace fc
