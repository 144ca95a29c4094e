#pragma once

#include "model/Article.h"

#include <functional>

namespace fc {

// Sentence-level event claims of one article (after mentions, times and quantities).
// cancelled, when given, is polled before each sentence: on a long article this is the slow
// step. Returns false when it stopped early (the claims are then incomplete).
bool extractClaims(Article &article, const std::function<bool()> &cancelled = {});

} // namespace fc
