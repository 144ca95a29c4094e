#include "ArticleLoader.h"

#include "ingest/HtmlExtractor.h"
#include "ingest/ImageTextHook.h"
#include "ingest/MarkdownConverter.h"
#include "ingest/MetadataExtractor.h"
#include "ingest/RecognisedWords.h"
#include "ingest/TextDecoder.h"
#include "text/Normaliser.h"
#include "text/Segmenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fc {

namespace {

PdfExtractor &pdfExtractor()
{
    static PdfExtractor extractor;
    return extractor;
}

// For ArticleLoader's members: lupdate files their tr() under "fc::ArticleLoader". The free
// functions of this file name the context themselves (lupdate would file their tr() under "fc").
QString tr(const char *text)
{
    return QCoreApplication::translate("fc::ArticleLoader", text);
}

Diagnostic error(const QString &input, const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Error, input, message};
}

Diagnostic warning(const QString &input, const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Warning, input, message};
}

LoadResult failed(const QString &input, const QString &message)
{
    LoadResult result;
    result.diagnostics << error(input, message);
    return result;
}

QString tooLarge()
{
    return QCoreApplication::translate("fc::ArticleLoader", "is larger than the %1 MB limit")
        .arg(ArticleLoader::MaxInputBytes / (1024 * 1024));
}

// Decoded text, or an error when the bytes are not text at all.
std::optional<QString> decode(const QByteArray &bytes, const QString &name, const QByteArray &charset,
                              QList<Diagnostic> &diagnostics)
{
    const DecodedText decoded = decodeText(bytes, charset);
    if (decoded.binary) {
        diagnostics << error(
            name, QCoreApplication::translate("fc::ArticleLoader", "is not a text file (it contains binary data)"));
        return std::nullopt;
    }
    if (decoded.invalidSequences > 0)
        diagnostics << warning(name,
                               QCoreApplication::translate("fc::ArticleLoader",
                                                           "contains %n invalid byte sequence(s) for %1; "
                                                           "they were replaced",
                                                           nullptr, decoded.invalidSequences)
                                   .arg(decoded.encoding));
    if (decoded.guessed)
        diagnostics << warning(name,
                               QCoreApplication::translate("fc::ArticleLoader",
                                                           "is not UTF-8 and declares no encoding; read as %1, "
                                                           "a guess")
                                   .arg(decoded.encoding));
    if (decoded.nulsRemoved > 0)
        diagnostics << warning(
            name,
            QCoreApplication::translate("fc::ArticleLoader", "contains %1 NUL character(s); they were removed")
                .arg(decoded.nulsRemoved));
    return decoded.text;
}

LoadResult build(const QString &text, const QString &name, const ArticleMetadata &preset,
                 const NormaliseOptions &options, QList<Diagnostic> diagnostics)
{
    LoadResult result;
    Article article;
    article.source = name;
    article.originalText = text;
    article.meta = preset;
    normalise(article, options);
    if (article.text.isEmpty()) {
        diagnostics << error(name, QCoreApplication::translate("fc::ArticleLoader", "contains no text"));
        result.diagnostics = diagnostics;
        return result;
    }
    segment(article);
    extractMetadata(article);
    article.diagnostics = diagnostics;
    result.diagnostics = std::move(diagnostics);
    result.article = std::move(article);
    return result;
}

} // namespace

void ArticleLoader::setPdfExtractor(PdfExtractor extractor)
{
    pdfExtractor() = std::move(extractor);
}

bool ArticleLoader::hasPdfExtractor()
{
    return bool(pdfExtractor());
}

QStringList ArticleLoader::fileSuffixes()
{
    return QStringList{QStringLiteral("txt"),      QStringLiteral("text"),  QStringLiteral("htm"),
                       QStringLiteral("html"),     QStringLiteral("xhtml"), QStringLiteral("md"),
                       QStringLiteral("markdown"), QStringLiteral("pdf")}
    + imageSuffixes();
}

QString ArticleLoader::formatFor(const QString &hint, const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("pdf");
    const QString h = hint.toLower().section(QLatin1Char(';'), 0, 0).trimmed();
    // Screenshots are read as images when their file says so; image bytes under another name
    // (or from the web) stay "not a text file".
    if (isImageSuffix(h))
        return QStringLiteral("image");
    if (h == u"html" || h == u"htm" || h == u"xhtml" || h == u"text/html" || h == u"application/xhtml+xml")
        return QStringLiteral("html");
    if (h == u"md" || h == u"markdown" || h == u"text/markdown" || h == u"text/x-markdown")
        return QStringLiteral("md");
    if (h == u"pdf" || h == u"application/pdf")
        return QStringLiteral("pdf");
    if (h == u"txt" || h == u"text" || h == u"text/plain")
        return QStringLiteral("txt");
    // Unknown suffix or type: look at the start of the document.
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || (head.startsWith("<") && head.contains("<p>")))
        return QStringLiteral("html");
    return QStringLiteral("txt");
}

LoadResult ArticleLoader::loadFile(const QString &path) const
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return failed(path, tr("no file name given"));
    if (!info.exists())
        return failed(path, tr("no such file"));
    if (info.isDir())
        return failed(path, tr("is a directory, not a file"));
    if (!info.isFile()) {
        // A pipe, FIFO or /dev/stdin has no size until it is read: read it, up to the limit.
        QFile stream(path);
        if (!stream.open(QIODevice::ReadOnly))
            return failed(path, tr("cannot be read: %1").arg(stream.errorString()));
        QByteArray bytes;
        while (bytes.size() <= MaxInputBytes) {
            const QByteArray chunk = stream.read(std::min<qint64>(1 << 20, MaxInputBytes + 1 - bytes.size()));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (stream.error() != QFileDevice::NoError)
            return failed(path, tr("cannot be read: %1").arg(stream.errorString()));
        return loadBytes(bytes, path, info.suffix().toLower());
    }
    if (info.size() > MaxInputBytes)
        return failed(path, tooLarge());
    if (info.size() == 0)
        return failed(path, tr("is empty"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path, tr("cannot be read: %1").arg(file.errorString()));
    return loadBytes(file.readAll(), path, info.suffix().toLower());
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &name, const QString &formatHint) const
{
    if (bytes.isEmpty())
        return failed(name, tr("is empty"));
    if (bytes.size() > MaxInputBytes)
        return failed(name, tooLarge());
    const QString format = formatFor(formatHint, bytes);
    // A charset parameter of a content type ("text/html; charset=windows-1252") is a hint.
    QByteArray charset;
    if (const qsizetype at = formatHint.indexOf(QLatin1String("charset="), 0, Qt::CaseInsensitive); at >= 0)
        charset = formatHint.mid(at + 8).section(QLatin1Char(';'), 0, 0).trimmed().remove(QLatin1Char('"')).toLatin1();

    QList<Diagnostic> diagnostics;
    if (format == u"pdf") {
        if (!hasPdfExtractor())
            return failed(name, tr("is a PDF, and PDF support is not available in this program"));
        const PdfText pdf = pdfExtractor()(bytes);
        if (!pdf.error.isEmpty())
            return failed(name, pdf.error);
        if (pdf.text.trimmed().isEmpty()) {
            if (!hasImageTextReader())
                return failed(name,
                              tr("is a PDF without a text layer (a scanned image?), and reading text from "
                                 "images is not available in this program"));
            return failed(name, tr("is a PDF without a text layer, and its pages read as images hold no text"));
        }
        LoadResult result = build(pdf.text, name, {}, NormaliseOptions{true}, diagnostics);
        if (result.article && !pdf.words.isEmpty()) {
            result.article->lowConfidence = lowConfidenceWords(*result.article, pdf.words);
            result.article->wordBoxes = wordBoxes(*result.article, pdf.words);
        }
        return result;
    }
    if (format == u"image") {
        if (!hasImageTextReader())
            return failed(name, tr("is an image, and reading text from images is not available in this program"));
        const ImageText image = readRegisteredImageText(bytes);
        if (!image.error.isEmpty())
            return failed(name, image.error);
        // Recognised lines break where the screenshot's lines broke: joined like PDF text.
        LoadResult result = build(image.text, name, {}, NormaliseOptions{true}, diagnostics);
        if (result.article) {
            result.article->lowConfidence = lowConfidenceWords(*result.article, image.words);
            result.article->wordBoxes = wordBoxes(*result.article, image.words);
        }
        return result;
    }
    if (format == u"html") {
        if (charset.isEmpty())
            charset = declaredHtmlCharset(bytes);
        const auto text = decode(bytes, name, charset, diagnostics);
        if (!text)
            return LoadResult{std::nullopt, diagnostics};
        const HtmlArticle html = extractHtmlArticle(text->toUtf8());
        if (html.flattened)
            diagnostics << warning(name, tr("HTML is nested too deeply; the deepest elements were read as plain text"));
        if (html.text.trimmed().isEmpty()) {
            diagnostics << error(name, tr("is an HTML page without article text"));
            return LoadResult{std::nullopt, diagnostics};
        }
        ArticleMetadata meta;
        if (!html.title.isEmpty()) {
            meta.title = html.title;
            meta.titleSource = MetaSource::Meta;
        }
        if (!html.siteName.isEmpty()) {
            meta.outlet = html.siteName;
            meta.outletSource = MetaSource::Meta;
        }
        if (!html.author.isEmpty()) {
            meta.byline = html.author;
            meta.bylineSource = MetaSource::Meta;
        }
        if (html.published.isValid()) {
            meta.published = html.published;
            meta.publishedSource = MetaSource::Meta;
        }
        return build(html.text, name, meta, {}, diagnostics);
    }
    const auto text = decode(bytes, name, charset, diagnostics);
    if (!text)
        return LoadResult{std::nullopt, diagnostics};
    if (format == u"md")
        return build(markdownToText(*text), name, {}, {}, diagnostics);
    return build(*text, name, {}, {}, diagnostics);
}

LoadResult ArticleLoader::loadText(const QString &text, const QString &name) const
{
    return build(text, name, {}, {}, {});
}

} // namespace fc
