// factcheck-workbench: the desktop front end. Opens the review project (*.fcproj) and the
// articles (files or folders) named on the command line; --screenshot grabs the window once
// they are analysed, for docs and tests.
#include "i18n/Translations.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "pdf/PdfTextExtractor.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/Screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// The data-safety test's hook (hidden from --help): once the project's articles are analysed,
// prints "review-loop N" (N findings), then marks one finding every interval ms through the
// findings panel, cycling statuses and notes (finding tick % N, round tick / N), and prints
// "decided KEY STATUS NOTE" (tab-separated) after each decision returned, that is after it
// was committed. The test kills the process with SIGKILL meanwhile.
void startReviewLoop(fc::ui::MainWindow &window, int interval)
{
    using fc::ui::ReviewStatus;
    auto *timer = new QTimer(&window);
    auto tick = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, tick] {
        const auto &findings = window.report().findings;
        if (findings.isEmpty())
            return;
        static const ReviewStatus statuses[] = {ReviewStatus::Confirmed, ReviewStatus::Dismissed,
                                                ReviewStatus::NeedsCheck};
        const int n = int(findings.size());
        if (*tick == 0) {
            std::printf("review-loop\t%d\n", n);
            std::fflush(stdout);
        }
        const int index = *tick % n;
        const int round = *tick / n;
        ++*tick;
        const QString key = findings.at(index).key;
        const ReviewStatus status = statuses[(index + round) % 3];
        window.findingsPanel()->selectFinding(index);
        window.findingsPanel()->setCurrentStatus(int(status));
        const QString note = QStringLiteral("round %1 \u2014 dicek").arg(round);
        window.reviews()->setNote(key, note);
        std::printf("decided\t%s\t%s\t%s\n", qPrintable(key), qPrintable(fc::ui::ReviewState::statusCode(status)),
                    note.toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(&window, &fc::ui::MainWindow::analysisFinished, timer, [timer, interval] {
        if (!timer->isActive())
            timer->start(interval);
    });
}

} // namespace

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
    // Asked for by name (here or in View > Interface Language, which saves it), the language
    // also sets dates, month names and the finding summaries.
    if (!language.isEmpty() || !fc::ui::Translations::configuredLanguage().isEmpty())
        QLocale::setDefault(QLocale(fc::ui::Translations::current()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Fact-checking Workbench"));
    // The themes set a full palette; Fusion is the style that honours it on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compare news articles and find where they disagree."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main",
                                "A review project (.fcproj) to open, and articles (files, folders or "
                                "http(s) URLs) to open (added to the project when one is open)."),
        QStringLiteral("[PROJECT.fcproj] [FILE|DIR|URL...]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Analyse the inputs, select the first high-severity finding, write a "
                                "screenshot of the window to FILE (PNG) and quit."),
        QStringLiteral("file"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "Colour theme: light or dark."),
                                         QStringLiteral("name"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Interface language: en or id (default: the saved choice, else the "
                                "system's)."),
        QStringLiteral("code"));
    parser.addOption(screenshotOption);
    parser.addOption(themeOption);
    parser.addOption(languageOption);
    QCommandLineOption reviewLoopOption(QStringLiteral("test-review-loop"), QString(), QStringLiteral("ms"));
    reviewLoopOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reviewLoopOption);
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

    if (parser.isSet(reviewLoopOption))
        startReviewLoop(window, parser.value(reviewLoopOption).toInt());

    QStringList inputs = parser.positionalArguments();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (QFileInfo(inputs.at(i)).suffix().compare(u"fcproj", Qt::CaseInsensitive) != 0)
            continue;
        const QString project = inputs.takeAt(i);
        QString error;
        // A screenshot run asks nothing: a project another process writes is shown read-only.
        using IfLocked = fc::ui::MainWindow::IfLocked;
        if (!window.openProject(project, &error, screenshot ? IfLocked::OpenReadOnly : IfLocked::Ask)) {
            if (error.isEmpty()) // the editor declined a read-only open
                return 1;
            std::fprintf(stderr, "factcheck-workbench: %s\n", qPrintable(error));
            if (screenshot)
                return 1;
            QMessageBox::warning(&window, QApplication::translate("main", "Open Project"), error);
            break;
        }
        if (window.project()->isReadOnly())
            std::fprintf(
                stderr, "factcheck-workbench: %s\n",
                qPrintable(
                    QApplication::translate("main", "%1: opened read-only (another process writes it)").arg(project)));
        break;
    }
    if (!screenshot) {
        window.addInputs(inputs);
        return app.exec();
    }

    QString error;
    if (!fc::ui::takeScreenshot(window, inputs, parser.value(screenshotOption), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
