#pragma once

#include <QString>
#include <QStringView>

namespace fc {

// Text made safe for HTML element content and quoted attribute values: & < > " ' escaped,
// NUL and other C0 controls (bar tab and newlines) replaced, so nothing from an article can
// open a tag, close an attribute or start a script.
QString htmlEscaped(QStringView text);

} // namespace fc
