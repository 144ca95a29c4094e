#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace fc {

// Text read from an image (a screenshot of an article), or an error message (translated).
struct ImageText
{
    QString text;
    QString error;
    int confidence = -1; // the reader's mean word confidence, 0-100; -1 when unknown
};
using ImageTextReader = std::function<ImageText(const QByteArray &bytes)>;

// Reading images needs Tesseract, which the core does not link: the front ends register
// factcheck_ocr's reader at startup (core/ocr). Without one, images get a clear diagnostic.
void setImageTextReader(ImageTextReader reader);
bool hasImageTextReader();
ImageText readRegisteredImageText(const QByteArray &bytes);

// Whether a file suffix ("png", "jpg", "jpeg", "webp") names an image the loader reads as an
// article, and whether the bytes start like one of those images.
bool isImageSuffix(const QString &suffix);
bool looksLikeImage(const QByteArray &bytes);

} // namespace fc
