#pragma once

#include <QList>

namespace fc::ui {

// Qt's own standard button texts (Save, Discard, Cancel, OK...) as Qt asks for them: context
// and source text. Qt ships no Indonesian catalogue for them, so the project's catalogue
// carries these entries (translations/factcheck_id.ts) and Translations installs it; listed
// here so lupdate keeps them and the tests can check each.
struct QtText
{
    const char *context;
    const char *source;
};
QList<QtText> qtStandardTexts();

} // namespace fc::ui
