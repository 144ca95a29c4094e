#pragma once

#include "ingest/ImageTextHook.h"

#include <QByteArray>
#include <QString>

namespace fc {

// Tesseract's languages when none is chosen: Indonesian, then English (Indonesian newsrooms
// receive both).
QString defaultOcrLanguages();

// The text Tesseract reads in an image (PNG, JPEG, WebP), lines kept, paragraphs separated by
// blank lines, with its mean word confidence (0-100) and every word's place, confidence and
// box; or a translated error for an image that cannot be decoded, languages that are not
// installed, or an image without text.
ImageText readImageText(const QByteArray &bytes, const QString &languages = defaultOcrLanguages());

// Empty when Tesseract can read languages (codes joined by '+', "" for the default), else a
// translated message naming the code that is malformed or not installed.
QString ocrLanguagesError(const QString &languages);

// Makes ArticleLoader read images with readImageText in languages ("" for the default);
// front ends call this once at startup.
void registerOcrSupport(const QString &languages = {});

} // namespace fc
