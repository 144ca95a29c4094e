#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <functional>

namespace fc {

// One word the reader recognised: where it is in ImageText::text (UTF-16, end exclusive), how
// sure the reader was (0-100), and where it stood in the image (pixels of the image as given).
// Words of a PDF's pages without a text layer (PdfText::words) name their page, counted from 1,
// and stand in the page as rendered at PdfOcrDpi; an image's words are on page 0.
struct RecognisedWord
{
    qsizetype start = 0;
    qsizetype end = 0;
    int confidence = 0;
    QRect box;
    int page = 0;
};

// Text read from an image (a screenshot of an article), or an error message (translated).
struct ImageText
{
    QString text;
    QString error;
    int confidence = -1;         // the reader's mean word confidence, 0-100; -1 when unknown
    QList<RecognisedWord> words; // in reading order
    // The image was read and holds no text (error says so): a blank page of a scanned PDF is
    // skipped, where a missing language or a damaged image stops the reading.
    bool noText = false;
};
using ImageTextReader = std::function<ImageText(const QByteArray &bytes)>;

// Reading images needs Tesseract, which the core does not link: the front ends register
// factcheck_ocr's reader at startup (core/ocr). Without one, images get a clear diagnostic.
void setImageTextReader(ImageTextReader reader);
bool hasImageTextReader();
ImageText readRegisteredImageText(const QByteArray &bytes);

// The languages images are read in, as Tesseract's codes joined by '+' ("" for the default):
// Indonesian, then English when none is chosen (Indonesian newsrooms receive both).
QString defaultOcrLanguages();
// The reader registered with setImageTextReader reads in the languages its front end chose at
// startup; a front end whose user chooses others (the workbench's setting) switches through
// this hook, which the reader registers too. It returns "" once images are read in languages
// ("" for the default), else a translated message naming the code that is malformed or not
// installed, leaving the languages as they were.
using ImageTextLanguageSwitch = std::function<QString(const QString &languages)>;
void setImageTextLanguageSwitch(ImageTextLanguageSwitch languageSwitch);
QString switchImageTextLanguages(const QString &languages);

// The suffixes (lower case, no dot) of the images the loader reads as articles; whether a
// suffix is one of them (in any case), and whether the bytes start like one of those images.
QStringList imageSuffixes();
bool isImageSuffix(const QString &suffix);
bool looksLikeImage(const QByteArray &bytes);

} // namespace fc
