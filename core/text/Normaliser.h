#pragma once

#include "model/Article.h"

namespace fc {

// Fills article.text and article.offsets from article.originalText: whitespace (NBSP
// included), quotes, dashes and line-end hyphenation folded for analysis.
void normalise(Article &article);

} // namespace fc
