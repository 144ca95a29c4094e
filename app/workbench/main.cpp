// factcheck-workbench: the desktop front end. Opens the articles (files or folders) named on
// the command line; --screenshot grabs the window once they are analysed, for docs and tests.
#include "i18n/Translations.h"
#include "pdf/PdfTextExtractor.h"
#include "widgets/MainWindow.h"
#include "widgets/Screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QStyleFactory>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    fc::registerPdfSupport(); // the loader reads PDFs through poppler from here on
    QApplication::setApplicationName(QStringLiteral("factcheck-workbench"));
    QApplication::setOrganizationName(QStringLiteral("factcheck"));
    QApplication::setApplicationVersion(QStringLiteral(FACTCHECK_VERSION));
    // Before the first translated string, so before the options are parsed: --language is
    // looked up by hand here, and declared below for --help.
    QString language;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--language="))
            language = QString::fromLocal8Bit(arg.mid(int(sizeof("--language=")) - 1));
        else if (arg == "--language" && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    fc::ui::Translations::install(language);
    // Asked for by name, the language also sets dates, month names and the finding summaries.
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(fc::ui::Translations::current()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Fact-checking Workbench"));
    // The themes set a full palette; Fusion is the style that honours it on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compare news articles and find where they disagree."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Articles or folders of articles to open."),
                                 QStringLiteral("[FILE|DIR...]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Analyse the inputs, select the first high-severity finding, write a "
                                        "screenshot of the window to FILE (PNG) and quit."),
        QStringLiteral("file"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "Colour theme: light or dark."),
                                         QStringLiteral("name"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Interface language: en or id (default: the saved choice, else the "
                                        "system's)."),
        QStringLiteral("code"));
    parser.addOption(screenshotOption);
    parser.addOption(themeOption);
    parser.addOption(languageOption);
    parser.process(app);

    fc::ui::MainWindow window;
    if (parser.isSet(themeOption))
        window.setThemeName(parser.value(themeOption));
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        // A screenshot shows the default layout, not whatever the last session left.
        window.resize(1600, 1000);
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName() != u"offscreen");
    }
    window.show();

    const QStringList inputs = parser.positionalArguments();
    if (!screenshot) {
        window.addFiles(inputs);
        return app.exec();
    }

    QString error;
    if (!fc::ui::takeScreenshot(window, inputs, parser.value(screenshotOption), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
