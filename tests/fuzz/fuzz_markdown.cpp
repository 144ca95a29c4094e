// Markdown to text on any UTF-8 (or not) input.
#include "FuzzSupport.h"

#include "ingest/MarkdownConverter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    const QString text = fc::markdownToText(QString::fromUtf8(fc::fuzz::bytes(data, size)));
    Q_UNUSED(text)
    return 0;
}
