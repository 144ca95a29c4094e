// HTML extraction: the nesting limiter and the parser on any bytes; the parsed tree stays
// within the limiter's bound (a deeper tree means the limiter was bypassed).
#include "FuzzSupport.h"

#include "ingest/HtmlExtractor.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    const fc::HtmlArticle html = fc::extractHtmlArticle(fc::fuzz::bytes(data, size));
    if (html.treeDepth > 4 * 256 + 8 || html.parseErrorsKept != 0)
        std::abort();
    fc::declaredHtmlCharset(fc::fuzz::bytes(data, size));
    return 0;
}
