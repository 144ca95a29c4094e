#include "PdfTextExtractor.h"

#include "ingest/ImageTextHook.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QStringList>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// Letters and digits: what a text layer or a reading of a page holds beside spaces and marks.
qsizetype letters(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// A page whose text layer holds fewer letters than this is read as an image too: a scanned
// page has none, or only a scanner's stamp or a page number. The reading replaces the layer
// only when it holds more letters, so a short page of real text keeps its own.
constexpr qsizetype MinLayerLetters = 40;

// A page is rendered at PdfOcrDpi unless that makes more pixels than this (a poster-sized
// page); then at the resolution that fits, its word boxes still counted at PdfOcrDpi.
constexpr double MaxPagePixels = 40'000'000;

// A page as an image: rendered, in grey (Tesseract reads grey), as PNG for the image reader.
// Empty when poppler cannot render it. scale is what turns its pixels into PdfOcrDpi ones.
QByteArray pageImage(const Poppler::Page &page, double &scale)
{
    const QSizeF points = page.pageSizeF();
    double dpi = PdfOcrDpi;
    const double pixels = points.width() / 72.0 * dpi * points.height() / 72.0 * dpi;
    if (pixels > MaxPagePixels)
        dpi *= std::sqrt(MaxPagePixels / pixels);
    scale = PdfOcrDpi / dpi;
    const QImage image = page.renderToImage(dpi, dpi);
    if (image.isNull())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    // Lightly compressed: the bytes are decoded again at once.
    if (!image.convertToFormat(QImage::Format_Grayscale8).save(&buffer, "PNG", 90))
        return {};
    return buffer.data();
}

} // namespace

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
    // Rendered as a scanner's page looks, for the recogniser.
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    const bool canReadImages = hasImageTextReader();
    QStringList pages;
    qsizetype total = 0;
    qsizetype offset = 0; // where the next page's text starts in the joined text
    int imagePages = 0;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        QString text = page->text(QRectF()).trimmed();
        QList<RecognisedWord> words;
        if (canReadImages && letters(text) < MinLayerLetters) {
            if (++imagePages > MaxPdfOcrPages) {
                out.error = QCoreApplication::translate(
                                "fc::PdfTextExtractor",
                                "has more than %1 pages without a text layer (scanned); too many to read as images")
                                .arg(MaxPdfOcrPages);
                return out;
            }
            double scale = 1;
            const QByteArray image = pageImage(*page, scale);
            ImageText read;
            if (!image.isEmpty())
                read = readRegisteredImageText(image);
            if (!read.error.isEmpty() && !read.noText) {
                // Named with the page: "page 2 has no text layer, and its image cannot be read: the
                // text recognition data for "ind" is not installed".
                out.error =
                    QCoreApplication::translate("fc::PdfTextExtractor", "page %1 has no text layer, and its image %2")
                        .arg(QString::number(i + 1), read.error);
                return out;
            }
            if (read.error.isEmpty() && letters(read.text) > letters(text)) {
                text = read.text;
                words = read.words;
                for (RecognisedWord &w : words) {
                    w.page = i + 1;
                    if (scale != 1)
                        w.box = QRect(
                            QPoint(qRound(w.box.left() * scale), qRound(w.box.top() * scale)),
                            QPoint(qRound((w.box.right() + 1) * scale) - 1, qRound((w.box.bottom() + 1) * scale) - 1));
                }
            }
        }
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
        if (text.isEmpty())
            continue;
        if (!pages.isEmpty())
            offset += 2; // the blank line between pages
        for (RecognisedWord &w : words) {
            w.start += offset;
            w.end += offset;
            out.words.append(w);
        }
        offset += text.size();
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
