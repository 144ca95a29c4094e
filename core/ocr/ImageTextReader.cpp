#include "ImageTextReader.h"
#include "TessdataLocation.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace fc {

namespace {
// lupdate files the strings of this free tr() under the namespace's context, "fc"; the
// lookup must use the same one, or the catalogue's translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("fc", text);
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

// Tesseract's codes: "ind", "chi_sim", "script/Latin".
bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?$"));
    return pattern.match(code).hasMatch();
}

// Tesseract writes its own lines to stderr when a language's data is missing ("Error opening
// data file ...", "Failed loading language ...") before the message initialise() gives, which
// the front ends show naming the code; its other messages (warnings about the image) say
// nothing an editor can act on. They all go through its tprintf to the file its debug_file
// parameter names (stderr while it is empty), a process-wide parameter: pointed once at the
// null device, before the first Init.
void quietTesseract()
{
    static std::once_flag once;
    std::call_once(once, [] {
        tesseract::TessBaseAPI api;
        api.SetVariable("debug_file", QProcess::nullDevice().toLocal8Bit().constData());
    });
}

// Loads languages (codes joined by '+'; empty for the default) into api; an error naming the
// code that is malformed or whose data is not installed. Tesseract loads what it can of a
// list and only fails when the first is missing, so the loaded list is compared with the
// one asked for.
QString initialise(tesseract::TessBaseAPI &api, const QString &languages)
{
    const QString asked = languages.isEmpty() ? defaultOcrLanguages() : languages;
    const QStringList codes = asked.split(QLatin1Char('+'));
    for (const QString &code : codes) {
        if (!isLanguageCode(code))
            return tr("\"%1\" is not a language code (Tesseract's codes joined by +, such as %2)")
                .arg(code, defaultOcrLanguages());
    }
    quietTesseract();
    // The data a Windows or macOS package carries beside the program; else Tesseract's own
    // order (TESSDATA_PREFIX, then where the system's package installed it).
    const QByteArray dataFolder = QCoreApplication::instance()
        ? tessdataFolder(QCoreApplication::applicationDirPath()).toLocal8Bit()
        : QByteArray();
    const bool started = api.Init(dataFolder.isEmpty() ? nullptr : dataFolder.constData(), asked.toUtf8().constData(),
                                  tesseract::OEM_LSTM_ONLY)
        == 0;
    std::vector<std::string> loaded;
    if (started)
        api.GetLoadedLanguagesAsVector(&loaded);
    QStringList missing;
    for (const QString &code : codes) {
        if (std::find(loaded.cbegin(), loaded.cend(), code.toStdString()) == loaded.cend())
            missing << code;
    }
    if (missing.isEmpty())
        return {};
    api.End();
    return tr("the text recognition data for \"%1\" is not installed").arg(missing.join(QStringLiteral("\", \"")));
}

// Every word of the recognised text with its place in text (as the reader returned it,
// before trimming: the first `from` characters were cut), its confidence and its box. The
// words come in the order GetUTF8Text wrote them, so each is found after the one before.
QList<RecognisedWord> recognisedWords(tesseract::TessBaseAPI &api, const QString &text, qsizetype from,
                                      qsizetype length, float toImage)
{
    QList<RecognisedWord> words;
    const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return words;
    qsizetype cursor = from;
    do {
        const std::unique_ptr<char, TextFree> word(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!word)
            continue;
        const QString w = QString::fromUtf8(word.get());
        const qsizetype at = w.isEmpty() ? -1 : text.indexOf(w, cursor);
        if (at < 0)
            continue;
        cursor = at + w.size();
        RecognisedWord r;
        r.start = std::clamp<qsizetype>(at - from, 0, length);
        r.end = std::clamp<qsizetype>(cursor - from, 0, length);
        r.confidence = std::clamp(qRound(it->Confidence(tesseract::RIL_WORD)), 0, 100);
        int left = 0, top = 0, right = 0, bottom = 0;
        if (it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
            r.box = QRect(QPoint(qRound(left * toImage), qRound(top * toImage)),
                          QPoint(qRound(right * toImage) - 1, qRound(bottom * toImage) - 1));
        words.append(r);
    } while (it->Next(tesseract::RIL_WORD));
    return words;
}
} // namespace

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
    if (const QString error = initialise(api, languages); !error.isEmpty()) {
        out.error = tr("cannot be read: %1").arg(error);
        return out;
    }
    // Tesseract sets a dpi from the file and guesses badly without one; screenshots have none.
    api.SetVariable("user_defined_dpi", "300");
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetImage(pix.get());
    const std::unique_ptr<char, TextFree> text(api.GetUTF8Text());
    out.confidence = api.MeanTextConf();
    const QString whole = text ? QString::fromUtf8(text.get()) : QString();
    out.text = whole.trimmed();
    if (out.text.isEmpty()) {
        out.error = tr("is an image without readable text");
        out.noText = true;
        return out;
    }
    const float toImage = width < MinWidthForOcr ? float(width) / float(pixGetWidth(pix.get())) : 1.0f;
    qsizetype lead = 0; // what trimming cut from the front
    while (lead < whole.size() && whole.at(lead).isSpace())
        ++lead;
    out.words = recognisedWords(api, whole, lead, out.text.size(), toImage);
    api.End();
    return out;
}

QString ocrLanguagesError(const QString &languages)
{
    tesseract::TessBaseAPI api;
    return initialise(api, languages);
}

namespace {
// The languages the registered reader reads in. The workbench's analysis reads images on a
// worker thread while the editor may switch them, so they are guarded rather than captured
// in a reader that a switch would replace under the worker.
QMutex chosenMutex;
QString chosenLanguages;

QString chosen()
{
    const QMutexLocker lock(&chosenMutex);
    return chosenLanguages;
}

void choose(const QString &languages)
{
    const QMutexLocker lock(&chosenMutex);
    chosenLanguages = languages;
}
} // namespace

void registerOcrSupport(const QString &languages)
{
    choose(languages);
    setImageTextReader([](const QByteArray &bytes) { return readImageText(bytes, chosen()); });
    setImageTextLanguageSwitch([](const QString &asked) {
        QString error = ocrLanguagesError(asked);
        if (error.isEmpty())
            choose(asked);
        return error;
    });
}

} // namespace fc
