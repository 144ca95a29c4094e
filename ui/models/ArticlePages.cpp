#include "ArticlePages.h"

#include "model/LowConfidence.h"
#include "pdf/PdfPages.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace fc::ui {

namespace {

// Whether every word that stands on a page fits on it.
bool wordsFit(const Article &article, const QList<ArticlePage> &pages)
{
    QHash<int, QRect> areas;
    for (const ArticlePage &p : pages)
        areas.insert(p.page, QRect(QPoint(0, 0), p.extent));
    return std::all_of(article.wordBoxes.cbegin(), article.wordBoxes.cend(), [&](const WordBox &w) {
        const auto it = areas.constFind(w.page);
        return it != areas.cend() && it->contains(w.box);
    });
}

QList<ArticlePage> screenshot(const QByteArray &bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    return {ArticlePage{0, image, image.size()}};
}

QList<ArticlePage> scannedPages(const QList<int> &numbers, const QByteArray &bytes)
{
    const PdfPages pdf(bytes);
    if (!pdf.isValid())
        return {};
    // The pages' sizes where the words were counted, and the resolution that keeps all of them
    // within the budget.
    QList<ArticlePage> pages;
    double pixelsAtOcrDpi = 0;
    for (const int number : numbers) {
        const QSize extent = pdf.pageSize(number, PdfOcrDpi);
        if (extent.isEmpty())
            return {};
        pages.append(ArticlePage{number, QImage(), extent});
        pixelsAtOcrDpi += double(extent.width()) * extent.height();
    }
    double dpi = ShownPdfDpi;
    const double pixelsShown = pixelsAtOcrDpi * (dpi / PdfOcrDpi) * (dpi / PdfOcrDpi);
    if (pixelsShown > MaxShownPdfPixels)
        dpi *= std::sqrt(MaxShownPdfPixels / pixelsShown);
    for (ArticlePage &page : pages) {
        page.image = pdf.render(page.page, dpi);
        if (page.image.isNull())
            return {};
    }
    return pages;
}

} // namespace

QList<ArticlePage> articlePages(const Article &article, const QByteArray &bytes)
{
    if (article.wordBoxes.isEmpty() || bytes.isEmpty())
        return {};
    QList<int> numbers;
    for (const WordBox &w : article.wordBoxes)
        if (!numbers.contains(w.page))
            numbers.append(w.page);
    std::sort(numbers.begin(), numbers.end());
    // Words on page 0 are an image's; a PDF's are on its pages, never on both.
    const bool image = numbers == QList<int>{0};
    if (!image && numbers.first() < 1)
        return {};
    QList<ArticlePage> pages = image ? screenshot(bytes) : scannedPages(numbers, bytes);
    if (pages.isEmpty() || !wordsFit(article, pages))
        return {};
    return pages;
}

} // namespace fc::ui
