// Review JSON import: any bytes are a review map or a message naming the file.
#include "FuzzSupport.h"

#include "project/ReviewJson.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    QString error;
    const auto reviews = fc::parseReviewJson(fc::fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &error);
    if (!reviews && error.isEmpty())
        std::abort(); // a refusal always says why
    return 0;
}
