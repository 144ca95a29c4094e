#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fc {

// The UTF-8 text of one character reference as md4c reports it ("&amp;", "&#233;", "&#xE9;").
// Numeric references by CommonMark's rules; named ones by gumbo, which knows every name of the
// HTML standard. An unknown name or a code point outside Unicode stays as written, so nothing
// is silently lost.
QByteArray decodeMarkdownEntity(QByteArrayView entity);

} // namespace fc
