#pragma once

#include "model/Article.h"

namespace fc {

// Every date, time, quantity, percentage, amount of money, ordinal and duration of an article
// as a measured claim (model/MeasuredClaim.h), after mentions, times and quantities. Entity
// ids are read through the claims' mentions once resolution has run.
void extractMeasuredClaims(Article &article);

// The lemma keys of a sentence's content words, nearest to `around` first, for similarity.
QStringList contentLemmas(const Article &article, const Span &sentence, const Span &around, int limit);

} // namespace fc
