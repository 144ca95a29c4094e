#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fc {

// The UTF-8 text of one character reference as md4c reports it ("&amp;", "&#233;", "&#xE9;").
// Numeric references are decoded in full; named ones for the characters news text uses
// (quotes, dashes, spaces, currency, common Latin letters). An unknown name or a code point
// outside Unicode stays as written, so nothing is silently lost.
QByteArray decodeMarkdownEntity(QByteArrayView entity);

} // namespace fc
