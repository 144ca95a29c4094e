#pragma once

#include "ingest/ImageTextHook.h"

#include <QByteArray>
#include <QString>

namespace fc {

// The text Tesseract reads in an image (PNG, JPEG, WebP), lines kept, paragraphs separated by
// blank lines, with its mean word confidence (0-100) and every word's place, confidence and
// box; or a translated error for an image that cannot be decoded, languages that are not
// installed, or an image without text.
ImageText readImageText(const QByteArray &bytes, const QString &languages = defaultOcrLanguages());

// Empty when Tesseract can read languages (codes joined by '+', "" for the default), else a
// translated message naming the code that is malformed or not installed.
QString ocrLanguagesError(const QString &languages);

// Makes ArticleLoader read images with readImageText in languages ("" for the default), and
// registers the switch to other languages (switchImageTextLanguages); front ends call this
// once at startup.
void registerOcrSupport(const QString &languages = {});

} // namespace fc
