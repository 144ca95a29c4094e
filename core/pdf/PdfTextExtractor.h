#pragma once

#include "ingest/ArticleLoader.h"

#include <QByteArray>

namespace fc {

// A PDF's text may be far larger than its bytes (one content stream drawn on every page, or
// form objects drawn within each other): past this many characters (about 4,000 dense pages)
// extraction stops and the PDF is refused with a message, rather than analysed at any cost.
constexpr qsizetype MaxPdfTextChars = 8'000'000;

// The text of every page of a PDF, pages separated by blank lines, or a translated error.
PdfText extractPdfText(const QByteArray &bytes, qsizetype maxChars = MaxPdfTextChars);

// Makes ArticleLoader read PDFs with extractPdfText; front ends call this once at startup.
void registerPdfSupport();

} // namespace fc
