#include "PdfPages.h"

#include <poppler-qt6.h>

#include <cmath>

namespace fc {

PdfPages::PdfPages(const QByteArray &bytes)
    : m_document(Poppler::Document::loadFromData(bytes))
{
    if (m_document && m_document->isLocked())
        m_document.reset();
    if (m_document) {
        // As the pages were rendered for the reader, so the words sit where it saw them.
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    }
}

PdfPages::~PdfPages() = default;

bool PdfPages::isValid() const
{
    return m_document != nullptr;
}

int PdfPages::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QSize PdfPages::pageSize(int page, double dpi) const
{
    if (!m_document || page < 1 || page > m_document->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> p = m_document->page(page - 1);
    if (!p)
        return {};
    // Poppler renders a page of w points at w / 72 * dpi pixels, rounded up; a quarter turn
    // swaps the sides.
    QSizeF points = p->pageSizeF();
    if (p->orientation() == Poppler::Page::Landscape || p->orientation() == Poppler::Page::Seascape)
        points.transpose();
    return QSize(int(std::ceil(points.width() / 72.0 * dpi)), int(std::ceil(points.height() / 72.0 * dpi)));
}

QImage PdfPages::render(int page, double dpi) const
{
    if (!m_document || page < 1 || page > m_document->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> p = m_document->page(page - 1);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

} // namespace fc
