#pragma once

#include "model/Report.h"

#include <QString>

namespace fc {

// The report's timeline as an inline SVG element: one lane per article, one dot per dated
// event linking to its place in the text (#tl-N), events disputed by the same finding joined
// in red. Everything textual is escaped. Empty when no event has a date.
QString timelineSvg(const Report &report);

} // namespace fc
