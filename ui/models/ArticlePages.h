#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>

namespace fc::ui {

// One page of what an article was read from, as the image view shows it.
struct ArticlePage
{
    int page = 0; // as WordBox::page counts: 0 for a screenshot, 1, 2, ... for a scanned PDF's pages
    QImage image; // the picture shown (a PDF's page rendered for the screen, below PdfOcrDpi)
    // The page's size in the units of its words' boxes: the screenshot's own pixels, a PDF
    // page's pixels at PdfOcrDpi. What image is stretched over, so the boxes land on it.
    QSize extent;
};

// The screen is not the recogniser: a scanned page is shown at no more than this resolution.
constexpr double ShownPdfDpi = 150;
// And all of a PDF's shown pages together hold no more pixels than this (about 190 MB): a long
// scan's pages are rendered smaller rather than all at ShownPdfDpi.
constexpr double MaxShownPdfPixels = 48'000'000;

// The pages of the image article was read from, out of bytes (the file it was loaded from, or
// the bytes a project keeps of it): the screenshot itself for words on page 0, or the scanned
// PDF's pages its words stand on, rendered by factcheck_pdf, in page order. Empty when the
// article has no recognised words, when bytes are not such an image or PDF, or when a word's
// box does not fit on its page (other bytes than the article was read from: its marks would
// land in the wrong places).
QList<ArticlePage> articlePages(const Article &article, const QByteArray &bytes);

} // namespace fc::ui
