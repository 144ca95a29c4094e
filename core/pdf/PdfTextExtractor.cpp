#include "PdfTextExtractor.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <poppler-qt6.h>

namespace fc {

PdfText extractPdfText(const QByteArray &bytes)
{
    PdfText out;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        out.error = QCoreApplication::translate("fc::PdfTextExtractor", "is not a readable PDF (damaged or unsupported)");
        return out;
    }
    if (doc->isLocked()) {
        out.error = QCoreApplication::translate("fc::PdfTextExtractor", "is a password-protected PDF");
        return out;
    }
    QStringList pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QString text = page->text(QRectF()).trimmed();
        if (!text.isEmpty())
            pages << text;
    }
    out.text = pages.join(QLatin1String("\n\n"));
    return out;
}

void registerPdfSupport()
{
    ArticleLoader::setPdfExtractor(&extractPdfText);
}

} // namespace fc
