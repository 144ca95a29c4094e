#pragma once

#include "model/Article.h"

namespace fc {

// Paragraphs, sentences and tokens of article.text, aware of Indonesian and English
// abbreviations, numbers in both conventions, numeric dates, quotes and parentheses.
// A paragraph is one non-empty line of the normalised text.
void segment(Article &article);

// Tokens of text[span] appended to tokens (exposed for tests and the tagger).
void tokenize(QStringView text, Span span, QList<Token> &tokens);

} // namespace fc
