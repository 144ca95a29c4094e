#pragma once

#include <QString>
#include <QStringList>

namespace fc::ui {

// The interface language. English is the source language of every string; Indonesian is
// the full translation. The choice follows the system unless the user picked one in the
// settings (QSettings key "ui/language"); the catalogues are compiled in (:/i18n/).
class Translations
{
public:
    static constexpr auto SettingsKey = "ui/language";

    // Language codes the interface is available in, source language first.
    static QStringList availableLanguages();
    // The language's own name for itself ("English", "Bahasa Indonesia"), for a settings menu.
    static QString nativeName(const QString &code);

    // The language saved in the settings, or an empty string for "follow the system".
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &code);

    // The language to use: `requested` if it is available, else the configured one, else the
    // first of the system's interface languages that is available, else English.
    static QString resolve(const QString &requested = {});

    // Installs the translators for resolve(requested) on the running application, replacing
    // any installed before (widgets then receive QEvent::LanguageChange). Returns the code.
    // Call after QCoreApplication exists and its organisation/application names are set.
    static QString install(const QString &requested = {});

    // The language installed by the last install(), or an empty string before it.
    static QString current();
};

} // namespace fc::ui
