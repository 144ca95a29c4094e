#pragma once

#include "model/Article.h"

namespace fc {

// Dates, times and durations of one article, absolute and relative, resolved against
// article.meta.published (unanchored when it is unknown). Adds DATE/TIME mentions.
void recogniseTimes(Article &article);

} // namespace fc
