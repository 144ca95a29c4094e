#pragma once

#include "ingest/ArticleLoader.h"

#include <QByteArray>

namespace fc {

// The text of every page of a PDF, pages separated by blank lines, or a translated error.
PdfText extractPdfText(const QByteArray &bytes);

// Makes ArticleLoader read PDFs with extractPdfText; front ends call this once at startup.
void registerPdfSupport();

} // namespace fc
