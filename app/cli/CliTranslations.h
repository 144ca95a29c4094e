#pragma once

#include <QString>

namespace fc::cli {

// Installs the interface translation for the command line's messages and the reports'
// reader-facing words (HTML, Markdown, PDF headings). `requested` is --language; empty means
// the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). The JSON report's fields are not
// translated: they are a contract for programs. Returns the language installed ("en", "id").
QString installCliTranslations(const QString &requested);

// The interface languages there are catalogues for.
QStringList cliLanguages();

} // namespace fc::cli
