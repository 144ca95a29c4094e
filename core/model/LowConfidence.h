#pragma once

#include "Span.h"

#include <QList>
#include <QRect>

namespace fc {

// A word that text recognition (OCR, for screenshots of articles) read with little
// confidence: its range in Article::text and the recogniser's confidence, 0-100.
struct LowConfidenceWord
{
    Span span;
    int confidence = 0;
    friend bool operator==(const LowConfidenceWord &, const LowConfidenceWord &) = default;
};

// The resolution a PDF's pages without a text layer are read at (dots per inch), and the one
// their word boxes count in: Tesseract reads text of about 30 pixels a line best.
constexpr int PdfOcrDpi = 300;

// Where a recognised word stood in the image it was read from, for showing a span of the text
// on the image: page 0 is an image (a screenshot), in pixels of the image as given; page n >= 1
// is the n-th page of a scanned PDF, in pixels of the page rendered at PdfOcrDpi.
struct WordBox
{
    Span span;
    QRect box;
    int page = 0;
    friend bool operator==(const WordBox &, const WordBox &) = default;
};

// Words read below this confidence are kept on the Article and mark the mentions and evidence
// that overlap them. Measured with Tesseract 5 (LSTM, ind+eng) on screenshots drawn by
// tests/core/tst_ingest_ocr.cpp: clear screen text reads at 90-97; in lines smeared by
// rescaling every misread word came at 0-59 and the words read right at 52-96. Below 70 marks
// every misreading seen and no clear word. (No public OCR data set is at hand to check it on.)
constexpr int LowWordConfidence = 70;

// Whether span overlaps one of words (sorted by start, not overlapping each other), and the
// lowest confidence among those it overlaps (-1 when none).
int lowestConfidenceIn(const QList<LowConfidenceWord> &words, const Span &span);

} // namespace fc
