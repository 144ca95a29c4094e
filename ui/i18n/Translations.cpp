#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace fc::ui {

namespace {

const QString SourceLanguage = QStringLiteral("en");

// Owned by the application object; kept here only so a second install() can remove them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language;
    return language;
}

// "id-ID", "id_ID", "in" (the code Indonesian had before 1989) all mean Indonesian.
QString availableFor(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    const QString language = QLocale::languageToCode(locale.language());
    return Translations::availableLanguages().contains(language) ? language : QString();
}

bool load(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

QStringList Translations::availableLanguages()
{
    return {SourceLanguage, QStringLiteral("id")};
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    // QLocale names Indonesian "Indonesia"; speakers call their language "Bahasa Indonesia".
    if (locale.language() == QLocale::Indonesian)
        return QStringLiteral("Bahasa Indonesia");
    // The interface's English is not "American English" (QLocale's name for plain "en").
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    return locale.nativeLanguageName();
}

QString Translations::configuredLanguage()
{
    return availableFor(QSettings().value(QLatin1StringView(SettingsKey)).toString());
}

void Translations::setConfiguredLanguage(const QString &code)
{
    QSettings settings;
    if (availableFor(code).isEmpty())
        settings.remove(QLatin1StringView(SettingsKey));
    else
        settings.setValue(QLatin1StringView(SettingsKey), availableFor(code));
}

QString Translations::resolve(const QString &requested)
{
    if (const QString code = availableFor(requested); !code.isEmpty())
        return code;
    if (const QString code = configuredLanguage(); !code.isEmpty())
        return code;
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString &language : system)
        if (const QString code = availableFor(language); !code.isEmpty())
            return code;
    return SourceLanguage;
}

QString Translations::install(const QString &requested)
{
    for (const auto &translator : std::as_const(installed()))
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    installed().clear();

    const QString language = resolve(requested);
    // English needs its catalogue too: it holds the plural forms ("1 article", "2 articles").
    load(QStringLiteral("factcheck_") + language, QStringLiteral(":/i18n"));
    // Qt's own strings (standard dialogs, context menus), where the system has them.
    load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    currentLanguage() = language;
    return language;
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace fc::ui
