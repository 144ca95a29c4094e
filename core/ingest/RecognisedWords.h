#pragma once

#include "ingest/ImageTextHook.h"
#include "model/Article.h"

namespace fc {

// The recognised words below LowWordConfidence as ranges of article.text, sorted. The words'
// offsets count in the text the reader returned, which is article.originalText; normalising
// (whitespace, hyphenation) moved them, and the offset map moves them back.
QList<LowConfidenceWord> lowConfidenceWords(const Article &article, const QList<RecognisedWord> &words);

// Every recognised word's box with its range of article.text, in text order (words that
// normalising removed entirely are left out).
QList<WordBox> wordBoxes(const Article &article, const QList<RecognisedWord> &words);

} // namespace fc
