#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <memory>

namespace Poppler {
class Document;
}

namespace fc {

// A PDF's pages as pictures, rendered as extractPdfText renders a page without a text layer
// for the image text reader (poppler, antialiased), so a scanned article's pages can be shown
// with its recognised words (Article::wordBoxes, counted in pixels at PdfOcrDpi) drawn over
// them. Pages are counted from 1, as WordBox::page counts them.
class PdfPages
{
public:
    explicit PdfPages(const QByteArray &bytes);
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    // False for bytes poppler cannot read and for a password-protected PDF.
    bool isValid() const;
    int pageCount() const;
    // The page's size in pixels at dpi (what render() gives at that resolution); empty for a
    // page the PDF does not have.
    QSize pageSize(int page, double dpi) const;
    // The page rendered at dpi; null for a page the PDF does not have or cannot render.
    QImage render(int page, double dpi) const;

private:
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace fc
