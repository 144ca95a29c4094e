#pragma once

#include "ingest/ImageTextHook.h"
#include "model/Article.h"
#include "model/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fc {

// What loading one input gave: an article (possibly with warnings) or only diagnostics.
struct LoadResult
{
    std::optional<Article> article;
    QList<Diagnostic> diagnostics;
    bool ok() const { return article.has_value(); }
};

// Text of a PDF document, or an error message (translated) when it cannot be read. Pages
// without a text layer (scanned) are read as images by the registered image text reader; their
// words (offsets in text, page, box and confidence) are kept, as an image's are.
struct PdfText
{
    QString text;
    QString error;
    QList<RecognisedWord> words; // words of the pages read as images, in text order
};
using PdfExtractor = std::function<PdfText(const QByteArray &bytes)>;

// Turns files, bytes and pasted text into Articles: decoded, normalised, segmented and with
// metadata, ready for analysis. Never throws; bad input comes back as diagnostics.
class ArticleLoader
{
public:
    static constexpr qint64 MaxInputBytes = 20 * 1024 * 1024;

    LoadResult loadFile(const QString &path) const;
    // name is what diagnostics and the report call the input; formatHint is a file suffix
    // ("txt", "html", "md", "pdf") or empty to sniff.
    LoadResult loadBytes(const QByteArray &bytes, const QString &name, const QString &formatHint = {}) const;
    LoadResult loadText(const QString &text, const QString &name) const;

    // PDF needs poppler (and with it Qt Gui), which the core must not link: the front ends
    // register factcheck_pdf's extractor at startup. Without one, PDFs get a clear diagnostic.
    static void setPdfExtractor(PdfExtractor extractor);
    static bool hasPdfExtractor();

    // The suffixes (lower case, no dot) of the files read as articles: text, HTML, Markdown,
    // PDF and images. The one list both front ends expand folders and filter file dialogs by.
    static QStringList fileSuffixes();

    // "html", "md", "pdf" or "txt" for a file suffix or MIME type, or sniffed from the bytes.
    static QString formatFor(const QString &hint, const QByteArray &bytes);
};

} // namespace fc
