#pragma once

#include "model/Article.h"

namespace fc {

// Every date, time, quantity, percentage, amount of money, ordinal and duration of an article
// as a measured claim (model/MeasuredClaim.h), after mentions, times and quantities. Entity
// ids are read through the claims' mentions once resolution has run.
void extractMeasuredClaims(Article &article);

} // namespace fc
