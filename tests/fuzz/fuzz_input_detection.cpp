// The CLI's input detection and loading: bytes of unknown kind (no file suffix) are sniffed
// (text, HTML, Markdown, PDF), decoded, normalised and segmented, or refused with a message.
#include "FuzzSupport.h"

#include "ingest/ArticleLoader.h"
#include "pdf/PdfTextExtractor.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    static const bool registered = (fc::registerPdfSupport(), true);
    Q_UNUSED(registered)
    static const fc::ArticleLoader loader;
    static const QString hints[] = {QString(), QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("txt"),
                                    QStringLiteral("text/html; charset=windows-1252")};
    const QString hint = size == 0 ? QString() : hints[data[0] % std::size(hints)];
    const fc::LoadResult r = loader.loadBytes(fc::fuzz::bytes(data, size), QStringLiteral("input"), hint);
    if (!r.ok() && r.diagnostics.isEmpty())
        std::abort(); // a refusal always says why
    return 0;
}
