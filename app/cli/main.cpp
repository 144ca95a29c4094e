// factcheck: the headless front end. Parses the command line and hands over to a command.
#include "AnalyzeCommand.h"
#include "CliLogging.h"
#include "CliOptions.h"
#include "CliTranslations.h"
#include "InputExpansion.h"
#include "TagCommand.h"

#include "export/ReportWriter.h"
#include "ingest/ArticleLoader.h"
#include "ocr/ImageTextReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdlib>
#include <cstring>
#include <memory>

using namespace fc::cli;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "factcheck: " << message << "\n"
                        << QCoreApplication::translate("factcheck", "Try 'factcheck --help'.") << Qt::endl;
    return UsageError;
}

QString helpText()
{
    return QCoreApplication::translate(
        "factcheck",
        "Usage:\n"
        "  factcheck analyze FILE|URL... [--format json|html|md|csv|pdf] [-o PATH]\n"
        "                    [--pubdate FILE=YYYY-MM-DD]... [--lang auto|id|en]\n"
        "                    [--allow-private-addresses] [--progress] [--explain]\n"
        "  factcheck analyze --project FILE [--format json|html|md|csv|pdf] [-o PATH]\n"
        "                    [--progress]\n"
        "  factcheck tag --jsonl IN [-o OUT]\n"
        "  factcheck --help | --version\n"
        "\n"
        "analyze   Load the articles, find their entities, dates and figures, and report\n"
        "          where they disagree.\n"
        "  --format FORMAT   report format:\n"
        "                      json  the report contract (default; offsets in code points)\n"
        "                      html  one self-contained annotated page, no scripts\n"
        "                      md    Markdown: findings, entities, timeline, marked articles\n"
        "                      csv   findings, one row per evidence span; with -o PATH.csv\n"
        "                            the mentions go to PATH-mentions.csv beside it\n"
        "                      pdf   the annotated report on A4 pages\n"
        "  -o, --output PATH where to write the report (default or -: standard output)\n"
        "  --pubdate FILE=YYYY-MM-DD  set an article's publication date, which anchors\n"
        "                    relative dates such as \"hari Sabtu\" (may be repeated)\n"
        "  --lang LANG       article language: auto (default, per article), id or en\n"
        "  --allow-private-addresses  let URLs (and their redirects) reach this machine\n"
        "                    and private networks, which are refused otherwise\n"
        "  --progress        say on standard error \"[i/n] analysed NAME\" as each article\n"
        "                    is analysed\n"
        "  --explain         json: each mention also names the rule or model that\n"
        "                    found it (\"rule\", e.g. \"id.time.named-date\", \"tagger\")\n"
        "  --project FILE    analyse a review project (.fcproj, made by the workbench):\n"
        "                    its articles with the editor's corrected dates, and the\n"
        "                    editor's decisions: json adds a \"reviews\" array (status and\n"
        "                    note per finding key), html, md, csv and pdf show each\n"
        "                    finding's reviewer status and note. The project is only\n"
        "                    read, never written; a damaged one exits with status 1\n"
        "\n"
        "tag       Stream mentions: one {\"id\",\"text\"} JSON object per input line, one\n"
        "          {\"id\",\"mentions\"} object per output line.\n"
        "  --jsonl IN        input file, or - for standard input\n"
        "  -o, --output OUT  output file (default: standard output)\n"
        "\n"
        "Exit status: 0 on success whatever was found, 1 when an input could not be read\n"
        "(the others are still analysed), 2 on a usage error, 3 when the report could not\n"
        "be written.\n");
}

// Inputs and options every command shares; a string of its own so that the text above and its
// translation stay as they are.
QString commonHelpText()
{
    return QCoreApplication::translate(
               "factcheck",
               "\n"
               "Inputs of analyze: a FILE (text, HTML, Markdown, PDF, or an image: a screenshot\n"
               "of an article), a URL, - for one article read from standard input, or a folder\n"
               "for the articles directly inside it (by suffix: %1; in name order; not its\n"
               "subfolders).\n"
               "\n"
               "Images (PNG, JPEG, WebP) are read by text recognition (Tesseract):\n"
               "  --ocr-languages LIST  the languages of their text, Tesseract's codes joined\n"
               "                    by + (default: %2); words read with little confidence\n"
               "                    are marked on the mentions and evidence that hold them\n"
               "\n"
               "Options of every command:\n"
               "  --quiet           print errors only (no warnings, no progress)\n"
               "  --verbose         also print each step (folders expanded, articles read)\n"
               "  --language LANG   language of these messages and of the reports' headings\n"
               "                    (en or id; default: LANGUAGE, LC_ALL, LC_MESSAGES, LANG);\n"
               "                    the JSON report's fields stay English\n")
        .arg(QStringLiteral(".") + fc::ArticleLoader::fileSuffixes().join(QStringLiteral(" .")),
             fc::defaultOcrLanguages());
}

// PDF needs fonts, hence a QGuiApplication, which must exist before the arguments are parsed
// by Qt; every other command stays a plain QCoreApplication that needs no display.
bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!wantsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Headless machines (CI, servers) have no display: render offscreen unless told otherwise.
    // An empty DISPLAY (as some sandboxes and containers pass on) is no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("factcheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTCHECK_VERSION));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, {});
    const QCommandLineOption formatOption(QStringLiteral("format"), {}, QStringLiteral("format"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, {}, QStringLiteral("path"));
    const QCommandLineOption pubdateOption(QStringLiteral("pubdate"), {}, QStringLiteral("file=date"));
    const QCommandLineOption langOption(QStringLiteral("lang"), {}, QStringLiteral("lang"));
    const QCommandLineOption jsonlOption(QStringLiteral("jsonl"), {}, QStringLiteral("in"));
    const QCommandLineOption projectOption(QStringLiteral("project"), {}, QStringLiteral("file"));
    const QCommandLineOption privateOption(QStringLiteral("allow-private-addresses"));
    const QCommandLineOption progressOption(QStringLiteral("progress"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"));
    const QCommandLineOption languageOption(QStringLiteral("language"), {}, QStringLiteral("lang"));
    const QCommandLineOption explainOption(QStringLiteral("explain"));
    const QCommandLineOption ocrLanguagesOption(QStringLiteral("ocr-languages"), {}, QStringLiteral("list"));
    parser.addOptions({helpOption, versionOption, formatOption, outputOption, pubdateOption, langOption, jsonlOption,
                       projectOption, privateOption, progressOption, quietOption, verboseOption, languageOption,
                       explainOption, ocrLanguagesOption});

    const bool parsed = parser.parse(app.arguments());
    // The messages' language first, so that even a usage error is in it.
    installCliTranslations(parser.value(languageOption));
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(languageOption) && !cliLanguages().contains(parser.value(languageOption)))
        return usageError(QCoreApplication::translate("factcheck", "--language takes %1")
                              .arg(cliLanguages().join(QStringLiteral(", "))));
    if (parser.isSet(quietOption) && parser.isSet(verboseOption))
        return usageError(QCoreApplication::translate("factcheck", "--quiet and --verbose exclude each other"));
    setUpCliLogging(parser.isSet(quietOption)         ? Verbosity::Quiet
                        : parser.isSet(verboseOption) ? Verbosity::Verbose
                                                      : Verbosity::Normal);
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << helpText() << commonHelpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "factcheck " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate("factcheck", "no command given"));
    const QString command = positional.takeFirst();

    if (command == u"analyze") {
        AnalyzeOptions options;
        const ExpandedInputs expanded = expandInputs(positional);
        for (const QString &error : expanded.errors)
            qCCritical(lcCli).noquote() << QStringLiteral("factcheck: ") + error;
        options.inputs = expanded.inputs;
        options.inputsIncomplete = !expanded.errors.isEmpty();
        options.project = parser.value(projectOption);
        if (parser.isSet(projectOption)) {
            if (options.project.isEmpty())
                return usageError(QCoreApplication::translate("factcheck", "--project needs a FILE"));
            if (!options.inputs.isEmpty() || parser.isSet(pubdateOption))
                return usageError(QCoreApplication::translate(
                    "factcheck", "--project takes the articles and dates from the project: no FILE or --pubdate"));
        } else if (positional.isEmpty()) {
            return usageError(QCoreApplication::translate("factcheck", "analyze needs at least one FILE or URL"));
        }
        if (parser.isSet(formatOption))
            options.format = parser.value(formatOption);
        if (!fc::reportFormats().contains(options.format))
            return usageError(QCoreApplication::translate("factcheck", "unknown format '%1'").arg(options.format));
        options.output = parser.value(outputOption);
        options.allowPrivateAddresses = parser.isSet(privateOption);
        options.explain = parser.isSet(explainOption);
        options.progress = parser.isSet(progressOption);
        if (parser.isSet(langOption)) {
            options.language = parser.value(langOption);
            if (options.language != u"auto" && options.language != u"id" && options.language != u"en")
                return usageError(QCoreApplication::translate("factcheck", "--lang takes auto, id or en"));
        }
        if (parser.isSet(ocrLanguagesOption)) {
            // Checked before any article is read: a misspelt code would otherwise surface as
            // one failed image after another.
            options.ocrLanguages = parser.value(ocrLanguagesOption);
            if (const QString error = fc::ocrLanguagesError(options.ocrLanguages); !error.isEmpty())
                return usageError(QStringLiteral("--ocr-languages: ") + error);
        }
        for (const QString &spec : parser.values(pubdateOption)) {
            const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
            const QDate date = eq > 0 ? QDate::fromString(spec.mid(eq + 1), Qt::ISODate) : QDate();
            if (!date.isValid())
                return usageError(
                    QCoreApplication::translate("factcheck", "--pubdate takes FILE=YYYY-MM-DD, not '%1'").arg(spec));
            options.pubdates.insert(spec.left(eq), date);
        }
        return runAnalyze(options);
    }
    if (command == u"tag") {
        if (!parser.isSet(jsonlOption))
            return usageError(QCoreApplication::translate("factcheck", "tag needs --jsonl IN"));
        if (!positional.isEmpty())
            return usageError(
                QCoreApplication::translate("factcheck", "unexpected argument '%1'").arg(positional.first()));
        return runTag(TagOptions{parser.value(jsonlOption), parser.value(outputOption)});
    }
    return usageError(QCoreApplication::translate("factcheck", "unknown command '%1'").arg(command));
}
