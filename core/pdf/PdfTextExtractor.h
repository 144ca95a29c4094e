#pragma once

#include "ingest/ArticleLoader.h"

#include <QByteArray>

namespace fc {

// A PDF's text may be far larger than its bytes (one content stream drawn on every page, or
// form objects drawn within each other): past this many characters (about 4,000 dense pages)
// extraction stops and the PDF is refused with a message, rather than analysed at any cost.
constexpr qsizetype MaxPdfTextChars = 8'000'000;

// A scanned PDF's pages are read as images, each taking seconds: past this many pages without
// a text layer the PDF is refused with a message.
constexpr int MaxPdfOcrPages = 100;

// The text of every page of a PDF, pages separated by blank lines, or a translated error.
// A page without a text layer (or with almost none: a scanned page, perhaps with a stamp) is
// rendered at PdfOcrDpi and read by the image text reader the front end registered (core/ocr),
// its words kept in PdfText::words; without a registered reader such a page gives no text.
PdfText extractPdfText(const QByteArray &bytes, qsizetype maxChars = MaxPdfTextChars);

// Makes ArticleLoader read PDFs with extractPdfText; front ends call this once at startup.
void registerPdfSupport();

} // namespace fc
