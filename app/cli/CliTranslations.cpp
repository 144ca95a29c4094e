#include "CliTranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace fc::cli {

namespace {

// "id-ID", "id_ID.UTF-8" and "in" (Indonesian's code before 1989) all mean Indonesian.
QString availableFor(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    const QString language = QLocale::languageToCode(locale.language());
    return cliLanguages().contains(language) ? language : QString();
}

} // namespace

QStringList cliLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("id")};
}

QString installCliTranslations(const QString &requested)
{
    QString language = availableFor(requested);
    // QLocale::system() reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix, the user's
    // settings elsewhere. "C" and "POSIX" name no language, so English stays.
    for (const QString &candidate : QLocale::system().uiLanguages()) {
        if (!language.isEmpty())
            break;
        language = availableFor(candidate);
    }
    if (language.isEmpty())
        language = QStringLiteral("en");
    // English needs its catalogue too: it holds the plural forms ("1 article", "2 articles").
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral("factcheck_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return language;
}

} // namespace fc::cli
