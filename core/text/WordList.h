#pragma once

#include <QString>
#include <QStringList>

namespace fc {

// Lines of a bundled word list (":/factcheck/lang/..."), without blank lines and "#" comments.
QStringList loadWordList(const QString &resourcePath);

} // namespace fc
