// factcheck-workbench: the desktop front end. Opens the review project (*.fcproj) and the
// articles (files or folders) named on the command line; --screenshot grabs the window once
// they are analysed, for docs and tests. One instance runs per user and session: a second
// launch hands its inputs to it (KDSingleApplication) and exits, unless --new-instance.
#include "i18n/Translations.h"
#include "models/LaunchMessage.h"
#include "models/OcrLanguageSetting.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "ocr/ImageTextReader.h"
#include "pdf/PdfTextExtractor.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/ProjectLaunch.h"
#include "widgets/Screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <kdsingleapplication.h>

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
    using fc::ReviewStatus;
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
        std::printf("decided\t%s\t%s\t%s\n", qPrintable(key), qPrintable(fc::reviewStatusCode(status)),
                    note.toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(&window, &fc::ui::MainWindow::analysisFinished, timer, [timer, interval] {
        if (!timer->isActive())
            timer->start(interval);
    });
}

// The running instance opens what a later launch was given: a project as the project, the rest
// as articles, and comes to the front. With the test's instance name it also prints what it
// received ("received" and the inputs, tab-separated) for the single-instance test, after a
// "primary" line once it listens.
void openLaunchMessages(KDSingleApplication &instance, fc::ui::MainWindow &window, bool report)
{
    if (report) {
        std::printf("primary\n");
        std::fflush(stdout);
    }
    QObject::connect(&instance, &KDSingleApplication::messageReceived, &window,
                     [&window, report](const QByteArray &message) {
        const std::optional<QStringList> inputs = fc::ui::decodeLaunchMessage(message);
        if (!inputs)
            return;
        if (report) {
            std::printf("received\t%s\n", qPrintable(inputs->join(QLatin1Char('\t'))));
            std::fflush(stdout);
        }
        window.addInputs(fc::ui::openProjectAmong(window, *inputs));
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    fc::registerPdfSupport(); // the loader reads PDFs through poppler from here on
    QApplication::setApplicationName(QStringLiteral("factcheck-workbench"));
    QApplication::setOrganizationName(QStringLiteral("factcheck"));
    {
        // and screenshots through Tesseract, in the languages the editor chose (Analysis ›
        // Text Recognition Languages; the default, Indonesian and English, until then)
        QSettings settings;
        fc::registerOcrSupport(fc::ui::OcrLanguageSetting(&settings).languages());
    }
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
    // The platform's own style and palette: only the article panes and the timeline are themed.

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
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Colour scheme: light, dark or system (default: the saved choice)."),
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
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QApplication::translate("main", "Start a window of its own even when the workbench is already running."));
    parser.addOption(newInstanceOption);
    // Tests run their instances under a private name, apart from the editor's own workbench.
    QCommandLineOption instanceNameOption(QStringLiteral("test-instance-name"), QString(), QStringLiteral("name"));
    instanceNameOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(instanceNameOption);
    parser.process(app);

    // Screenshots and the review loop are runs of their own, never handed to another window.
    std::unique_ptr<KDSingleApplication> instance;
    if (!parser.isSet(newInstanceOption) && !parser.isSet(screenshotOption) && !parser.isSet(reviewLoopOption)) {
        const QString name =
            parser.isSet(instanceNameOption) ? parser.value(instanceNameOption) : QStringLiteral("factcheck-workbench");
        using Option = KDSingleApplication::Option;
        instance = std::make_unique<KDSingleApplication>(
            name,
            KDSingleApplication::Options(Option::IncludeUsernameInSocketName | Option::IncludeSessionInSocketName));
        if (!instance->isPrimaryInstance()) {
            const QByteArray message = fc::ui::encodeLaunchMessage(
                fc::ui::resolveLaunchInputs(parser.positionalArguments(), QDir::currentPath()));
            if (instance->sendMessageWithTimeout(message, 5000))
                return 0;
            // The running instance did not answer (hung, or exiting): work on our own.
            std::fprintf(stderr, "factcheck-workbench: %s\n",
                         qPrintable(QApplication::translate(
                             "main", "the running workbench did not answer; starting another window")));
            instance.reset();
        }
    }

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
    if (instance)
        openLaunchMessages(*instance, window, parser.isSet(instanceNameOption));

    // Desktop files pass URLs (%U): file:// ones are read as the paths they name.
    QStringList inputs = fc::ui::resolveLaunchInputs(parser.positionalArguments(), QDir::currentPath());
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
