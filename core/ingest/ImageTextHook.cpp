#include "ImageTextHook.h"

#include <QCoreApplication>

namespace fc {

namespace {
ImageTextReader &registered()
{
    static ImageTextReader reader;
    return reader;
}
ImageTextLanguageSwitch &languageSwitch()
{
    static ImageTextLanguageSwitch languageSwitch;
    return languageSwitch;
}
} // namespace

void setImageTextReader(ImageTextReader reader)
{
    registered() = std::move(reader);
}

bool hasImageTextReader()
{
    return bool(registered());
}

ImageText readRegisteredImageText(const QByteArray &bytes)
{
    return registered() ? registered()(bytes) : ImageText{};
}

QString defaultOcrLanguages()
{
    return QStringLiteral("ind+eng");
}

void setImageTextLanguageSwitch(ImageTextLanguageSwitch languageSwitch)
{
    fc::languageSwitch() = std::move(languageSwitch);
}

QString switchImageTextLanguages(const QString &languages)
{
    if (!languageSwitch())
        return QCoreApplication::translate("fc", "this build reads no image, so it has no text recognition languages");
    return languageSwitch()(languages);
}

QStringList imageSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("webp")};
}

bool isImageSuffix(const QString &suffix)
{
    return imageSuffixes().contains(suffix.toLower());
}

bool looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff")
        || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

} // namespace fc
