#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

// Bytes of a text file to a QString: BOM, UTF-16 without BOM, UTF-8, and legacy 8-bit
// encodings (Windows-1252, ISO-8859-1) found by uchardet. Binary data is refused.
struct DecodedText
{
    QString text;
    QString encoding;         // name of the encoding used, e.g. "UTF-8", "windows-1252"
    int invalidSequences = 0; // replaced by U+FFFD
    bool binary = false;
    bool guessed = false; // a legacy encoding the detector guessed (nothing declared one)
    int nulsRemoved = 0;  // U+0000 characters, removed from text wherever they were
};

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// True when the bytes look like a binary file rather than text in some 8- or 16-bit encoding.
bool looksBinary(const QByteArray &bytes);

} // namespace fc
