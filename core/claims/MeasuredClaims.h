#pragma once

#include "model/Article.h"
#include "text/StringPool.h"

namespace fc {

// Every date, time, quantity, percentage, amount of money, ordinal and duration of an article
// as a measured claim (model/MeasuredClaim.h), after mentions, times and quantities. Entity
// ids are read through the claims' mentions once resolution has run.
void extractMeasuredClaims(Article &article);

// A measured claim's strings and lists made one shared copy each through `pool`: what the
// extraction does as each claim is kept, and the Analyzer across an article's results.
void shareMeasuredClaimStrings(MeasuredClaim &claim, StringPool &pool);

} // namespace fc
