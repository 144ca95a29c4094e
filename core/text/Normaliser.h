#pragma once

#include "model/Article.h"

namespace fc {

struct NormaliseOptions
{
    // Join single line breaks inside a paragraph (PDF text, hard-wrapped files); blank lines
    // still separate paragraphs.
    bool reflowLines = false;
};

// Fills article.text and article.offsets from article.originalText: whitespace (NBSP
// included) collapsed, curly quotes made straight, dashes made one dash, line-end
// hyphenation joined. Every character of text maps back to its place in originalText.
void normalise(Article &article, const NormaliseOptions &options = {});

// The same pass's map as one entry per character (what article.offsets held before it was
// kept as runs): the reference tst_offset_map compares the compact map with.
QList<qsizetype> perCharacterOffsets(const QString &original, const NormaliseOptions &options = {});

// The dash every kind of dash becomes (U+2013 EN DASH), kept apart from the hyphen.
constexpr char16_t NormalisedDash = u'\u2013';

} // namespace fc
