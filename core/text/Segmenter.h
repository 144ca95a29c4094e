#pragma once

#include "model/Article.h"

namespace fc {

// Paragraphs, sentences and tokens of article.text, aware of Indonesian and English
// abbreviations, numbers in both conventions, numeric dates, quotes and parentheses.
void segment(Article &article);

} // namespace fc
