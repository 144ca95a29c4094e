#include "ImageTextReader.h"

#include <QCoreApplication>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <memory>

namespace fc {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fc::ImageTextReader", text);
}

struct PixFree
{
    void operator()(Pix *pix) const { pixDestroy(&pix); }
};
struct TextFree
{
    void operator()(char *text) const { delete[] text; }
};

// Tesseract wants about 300 dpi text, some 30 pixels a line; screenshots come at screen size
// with 12-16 pixel lines, which it misreads. Small images are scaled up first.
constexpr int MinWidthForOcr = 1600;
// Past this many pixels the image is refused rather than read at any cost (a 20 MB PNG can
// decode to gigabytes).
constexpr qint64 MaxPixels = 60'000'000;
} // namespace

QString defaultOcrLanguages()
{
    return QStringLiteral("ind+eng");
}

ImageText readImageText(const QByteArray &bytes, const QString &languages)
{
    ImageText out;
    // Leptonica writes its own errors to stderr; the loader's message names the file instead.
    setMsgSeverity(L_SEVERITY_NONE);
    l_int32 width = 0;
    l_int32 height = 0;
    if (pixReadHeaderMem(reinterpret_cast<const l_uint8 *>(bytes.constData()), size_t(bytes.size()), nullptr, &width,
                         &height, nullptr, nullptr, nullptr)
            != 0
        || width <= 0 || height <= 0) {
        out.error = tr("is not a readable image (damaged, or a format other than PNG, JPEG or WebP)");
        return out;
    }
    if (qint64(width) * height > MaxPixels) {
        out.error = tr("is an image of %1 x %2 pixels, too large to read").arg(width).arg(height);
        return out;
    }
    std::unique_ptr<Pix, PixFree> pix(
        pixReadMem(reinterpret_cast<const l_uint8 *>(bytes.constData()), size_t(bytes.size())));
    if (!pix) {
        out.error = tr("is not a readable image (damaged, or a format other than PNG, JPEG or WebP)");
        return out;
    }
    if (width < MinWidthForOcr) {
        const float scale = std::min(4.0f, float(MinWidthForOcr) / float(width));
        std::unique_ptr<Pix, PixFree> gray(pixConvertTo8(pix.get(), 0));
        if (gray)
            pix.reset(pixScaleGrayLI(gray.get(), scale, scale));
        if (!pix) {
            out.error = tr("is not a readable image (damaged, or a format other than PNG, JPEG or WebP)");
            return out;
        }
    }

    tesseract::TessBaseAPI api;
    const QByteArray langs = (languages.isEmpty() ? defaultOcrLanguages() : languages).toUtf8();
    // Tesseract's own data folder (TESSDATA_PREFIX, else where the package installed it).
    if (api.Init(nullptr, langs.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        out.error =
            tr("cannot be read: the text recognition data for \"%1\" is not installed").arg(QString::fromUtf8(langs));
        return out;
    }
    // Tesseract sets a dpi from the file and guesses badly without one; screenshots have none.
    api.SetVariable("user_defined_dpi", "300");
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetImage(pix.get());
    const std::unique_ptr<char, TextFree> text(api.GetUTF8Text());
    out.confidence = api.MeanTextConf();
    api.End();
    out.text = text ? QString::fromUtf8(text.get()).trimmed() : QString();
    if (out.text.isEmpty())
        out.error = tr("is an image without readable text");
    return out;
}

void registerOcrSupport(const QString &languages)
{
    setImageTextReader([languages](const QByteArray &bytes) { return readImageText(bytes, languages); });
}

} // namespace fc
