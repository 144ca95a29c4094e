#include "TextDecoder.h"

#include <QByteArrayList>
#include <QStringDecoder>

#include <optional>

#include <uchardet.h>

namespace fc {

namespace {

// UTF-16 text without a BOM shows as zero bytes in every other position.
std::optional<QStringConverter::Encoding> sniffUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    int evenZero = 0;
    int oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes.at(i) == 0;
        oddZero += bytes.at(i + 1) == 0;
    }
    const int pairs = int(n / 2);
    if (oddZero > pairs * 4 / 10 && evenZero < pairs / 20)
        return QStringConverter::Utf16LE;
    if (evenZero > pairs * 4 / 10 && oddZero < pairs / 20)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

struct Utf8Scan
{
    int multibyte = 0; // well-formed sequences of two or more bytes
    int invalid = 0;   // bytes that start no well-formed sequence
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++scan.multibyte;
            i += len;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

QByteArray detectCharset(const QByteArray &bytes)
{
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 256 * 1024)));
    uchardet_data_end(detector);
    QByteArray charset(uchardet_get_charset(detector));
    uchardet_delete(detector);
    return charset;
}

DecodedText decodeWith(const QByteArray &bytes, QStringConverter::Encoding encoding, const QString &name,
                       qsizetype skip = 0)
{
    DecodedText out;
    out.encoding = name;
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    out.text = decoder.decode(QByteArrayView(bytes).mid(skip));
    if (decoder.hasError() && encoding == QStringConverter::Utf8)
        out.invalidSequences = scanUtf8(bytes).invalid;
    else if (decoder.hasError())
        out.invalidSequences = 1;
    return out;
}

} // namespace

bool looksBinary(const QByteArray &bytes)
{
    if (sniffUtf16(bytes) || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return n > 0 && control * 10 > n; // more than 10 % control characters
}

namespace {
DecodedText decodeRaw(const QByteArray &bytes, const QByteArray &declaredCharset);
}

// NUL characters past the binary check's first 8 KB (or decoded from UTF-16) are no text: they
// are removed, and counted so the loader can say so.
DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    DecodedText out = decodeRaw(bytes, declaredCharset);
    const qsizetype before = out.text.size();
    out.text.remove(QChar(0));
    out.nulsRemoved = int(before - out.text.size());
    return out;
}

namespace {
DecodedText decodeRaw(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"), 3);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(bytes, QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"), 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(bytes, QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"), 2);
    if (const auto utf16 = sniffUtf16(bytes))
        return decodeWith(bytes, *utf16,
                          *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                              : QStringLiteral("UTF-16BE"));
    if (looksBinary(bytes)) {
        DecodedText out;
        out.binary = true;
        return out;
    }
    const Utf8Scan scan = scanUtf8(bytes);
    // Mostly UTF-8 with a few broken bytes stays UTF-8, the bytes replaced and reported.
    if (scan.invalid == 0 || scan.multibyte >= scan.invalid)
        return decodeWith(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"));

    // Not UTF-8: a declared charset (HTTP header, HTML meta) wins, then the detector.
    QByteArray charset = declaredCharset.trimmed().toLower();
    const bool detected = charset.isEmpty() || charset == "utf-8" || charset == "utf8";
    if (detected)
        charset = detectCharset(bytes).toLower();
    if (!charset.isEmpty() && charset != "utf-8" && charset != "ascii") {
        // Latin-1 labels are decoded as Windows-1252, as browsers do. The detector often takes
        // short Indonesian or English text for a Central European code page; for Latin-script
        // guesses the code page of the languages this tool reads is the better bet.
        static const QByteArrayList westernGuesses{"iso-8859-1",  "latin1",       "iso-8859-15",  "iso-8859-2",
                                                   "iso-8859-3",  "iso-8859-4",   "iso-8859-9",   "iso-8859-13",
                                                   "iso-8859-16", "windows-1250", "windows-1254", "windows-1257"};
        if (detected ? westernGuesses.contains(charset) : westernGuesses.first(3).contains(charset))
            charset = "windows-1252";
        if (auto decoder = QStringDecoder(charset.constData(), QStringDecoder::Flag::Stateless); decoder.isValid()) {
            DecodedText out;
            out.encoding = QString::fromLatin1(charset);
            out.text = decoder.decode(bytes);
            out.guessed = detected;
            return out;
        }
        if (charset == "windows-1252") {
            DecodedText out = decodeWith(bytes, QStringConverter::Latin1, QStringLiteral("ISO-8859-1"));
            out.guessed = detected;
            return out;
        }
    }
    return decodeWith(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"));
}
} // namespace

} // namespace fc
