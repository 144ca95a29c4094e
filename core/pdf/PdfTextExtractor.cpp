#include "PdfTextExtractor.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <poppler-qt6.h>

namespace fc {

PdfText extractPdfText(const QByteArray &bytes, qsizetype maxChars)
{
    PdfText out;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        out.error =
            QCoreApplication::translate("fc::PdfTextExtractor", "is not a readable PDF (damaged or unsupported)");
        return out;
    }
    if (doc->isLocked()) {
        out.error = QCoreApplication::translate("fc::PdfTextExtractor", "is a password-protected PDF");
        return out;
    }
    QStringList pages;
    qsizetype total = 0;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QString text = page->text(QRectF()).trimmed();
        total += text.size();
        if (total > maxChars) {
            out.error = QCoreApplication::translate("fc::PdfTextExtractor",
                                                    "holds more than %1 characters of text (at page %2 of %3); "
                                                    "not read")
                            .arg(maxChars)
                            .arg(i + 1)
                            .arg(doc->numPages());
            return out;
        }
        if (!text.isEmpty())
            pages << text;
    }
    out.text = pages.join(QLatin1String("\n\n"));
    return out;
}

void registerPdfSupport()
{
    ArticleLoader::setPdfExtractor([](const QByteArray &bytes) { return extractPdfText(bytes); });
}

} // namespace fc
