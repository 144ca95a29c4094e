// PDF text through poppler: broken, encrypted or hostile PDFs give an error, never a crash.
#include "FuzzSupport.h"

#include "pdf/PdfTextExtractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    const fc::PdfText text = fc::extractPdfText(fc::fuzz::bytes(data, size));
    Q_UNUSED(text)
    return 0;
}
