// Text decoding: any bytes, with or without a declared charset, decode without crashing.
#include "FuzzSupport.h"

#include "ingest/TextDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    const QByteArray input = fc::fuzz::bytes(data, size);
    // The first byte picks a declared charset, as an HTTP header or <meta> would give one.
    static const QByteArray charsets[] = {{}, "utf-8", "windows-1252", "iso-8859-1", "utf-16", "gbk", "bogus"};
    const QByteArray declared = input.isEmpty() ? QByteArray() : charsets[uchar(input.at(0)) % std::size(charsets)];
    const fc::DecodedText decoded = fc::decodeText(input, declared);
    fc::looksBinary(input);
    Q_UNUSED(decoded)
    return 0;
}
