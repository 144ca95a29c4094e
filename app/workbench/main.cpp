// factcheck-workbench: the desktop front end. Loads the articles named on the command line.
#include "ingest/ArticleLoader.h"
#include "net/UrlFetcher.h"
#include "pdf/PdfTextExtractor.h"
#include "pipeline/Analyzer.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("factcheck-workbench"));
    QApplication::setOrganizationName(QStringLiteral("factcheck"));
    QApplication::setApplicationVersion(QStringLiteral(FACTCHECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Compare news articles and find where they disagree."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Articles to open."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Write a screenshot of the window to FILE and quit."), QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    fc::ui::MainWindow window;
    fc::registerPdfSupport();
    const fc::ArticleLoader loader;
    QList<fc::Article> articles;
    QStringList problems;
    for (const QString &path : parser.positionalArguments()) {
        fc::LoadResult loaded = fc::isWebUrl(path) ? fc::loadUrl(loader, path) : loader.loadFile(path);
        for (const auto &d : loaded.diagnostics)
            problems << d.toString();
        if (loaded.ok())
            articles.append(std::move(*loaded.article));
    }
    window.setReport(fc::Analyzer().analyze(std::move(articles)));
    window.show();

    if (parser.isSet(screenshotOption)) {
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshotOption)) ? 0 : 1;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Some articles could not be loaded"),
                             problems.join(QLatin1Char('\n')));
    return app.exec();
}
