#pragma once

#include "model/Article.h"

namespace fc {

// Sentence-level event claims of one article (after mentions, times and quantities).
void extractClaims(Article &article);

} // namespace fc
