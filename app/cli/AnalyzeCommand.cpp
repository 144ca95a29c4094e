#include "AnalyzeCommand.h"
#include "CliLogging.h"
#include "InputExpansion.h"

#include "export/ReportWriter.h"
#include "ingest/ArticleLoader.h"
#include "net/UrlFetcher.h"
#include "ocr/ImageTextReader.h"
#include "pdf/PdfTextExtractor.h"
#include "pipeline/Analyzer.h"
#include "project/ProjectReport.h"
#include "project/ReviewJson.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace fc::cli {

namespace {
void printError(const QString &line)
{
    qCCritical(lcCli).noquote() << line;
}

// A warning leaves the article analysed; --quiet hides it.
void printDiagnostic(const Diagnostic &d)
{
    if (d.severity == Diagnostic::Severity::Error)
        printError(QStringLiteral("factcheck: ") + d.toString());
    else
        qCWarning(lcCli).noquote() << QStringLiteral("factcheck: ") + d.toString();
}

// --progress: one line per analysed article. The Analyzer calls it from its threads, so the
// lines are written one at a time; their order is the order the articles finished in.
void reportProgress(AnalysisOptions &options, bool enabled)
{
    if (!enabled)
        return;
    options.progress = [](qsizetype done, qsizetype total, const Article &article) {
        // Through the CLI's category (one write per line), so that --quiet silences it too.
        qCInfo(lcCli).noquote()
            << QCoreApplication::translate("factcheck", "[%1/%2] analysed %3").arg(done).arg(total).arg(article.source);
    };
}
} // namespace

// The report of a review project with the editor's decisions: JSON is the review JSON (the
// report contract plus "reviews"), the other formats show each finding's status and note.
int runAnalyzeProject(const AnalyzeOptions &options)
{
    registerPdfSupport();                     // a project may hold PDFs (their bytes)
    registerOcrSupport(options.ocrLanguages); // and screenshots
    AnalysisOptions analysisOptions;
    analysisOptions.language = options.language;
    reportProgress(analysisOptions, options.progress);
    ReviewMap reviews;
    QList<Diagnostic> diagnostics;
    QString error;
    const std::optional<Report> report =
        loadProjectReport(options.project, analysisOptions, &reviews, &diagnostics, &error);
    if (!report) {
        printError(QStringLiteral("factcheck: ") + error);
        return InputError;
    }
    for (const auto &d : std::as_const(diagnostics))
        printDiagnostic(d);

    bool written = false;
    if (options.format == u"json") {
        const JsonDetail detail = options.explain ? JsonDetail::Explain : JsonDetail::Contract;
        written = writeReportBytes(writeReviewJson(*report, reviews, {}, detail), options.output, &error);
    } else {
        ReportExtras extras;
        extras.explainRules = options.explain;
        for (const ReviewDecision &d : std::as_const(reviews))
            extras.reviews.insert(d.key, ReportReview{reviewStatusCode(d.status), d.note, d.reviewer});
        written = writeReport(*report, options.format, options.output, &error, extras);
    }
    if (!written) {
        printError(QStringLiteral("factcheck: ") + error);
        return OutputError;
    }
    // A warning (a discarded cache entry, recomputed) leaves the report whole.
    const bool inputFailed = std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                                         [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
    return inputFailed ? InputError : Success;
}

int runAnalyze(const AnalyzeOptions &options)
{
    if (!options.project.isEmpty())
        return runAnalyzeProject(options);
    const bool progress = isatty(fileno(stderr));
    registerPdfSupport();
    registerOcrSupport(options.ocrLanguages);
    const ArticleLoader loader;
    QList<Article> articles;
    bool inputFailed = options.inputsIncomplete;
    for (qsizetype i = 0; i < options.inputs.size(); ++i) {
        const QString &input = options.inputs.at(i);
        if (progress)
            qCInfo(lcCli).noquote() << QCoreApplication::translate("factcheck", "[%1/%2] loading %3")
                                           .arg(i + 1)
                                           .arg(options.inputs.size())
                                           .arg(input);
        FetchOptions fetchOptions;
        fetchOptions.allowPrivateAddresses = options.allowPrivateAddresses;
        LoadResult loaded = loadInput(loader, input, fetchOptions);
        for (const auto &d : loaded.diagnostics)
            printDiagnostic(d);
        if (!loaded.ok()) {
            inputFailed = true;
            continue;
        }
        if (const auto it = options.pubdates.constFind(input); it != options.pubdates.cend()) {
            loaded.article->meta.published = *it;
            loaded.article->meta.publishedSource = MetaSource::User;
        }
        qCDebug(lcCli).noquote() << QCoreApplication::translate("factcheck", "%1: %2 characters of text")
                                        .arg(input)
                                        .arg(loaded.article->text.size());
        articles.append(std::move(*loaded.article));
    }

    AnalysisOptions analysisOptions;
    analysisOptions.language = options.language;
    reportProgress(analysisOptions, options.progress);
    const Report report = Analyzer(analysisOptions).analyze(std::move(articles));

    QString error;
    ReportExtras extras;
    extras.explainRules = options.explain;
    if (!writeReport(report, options.format, options.output, &error, extras)) {
        printError(QStringLiteral("factcheck: ") + error);
        return OutputError;
    }
    if (progress && !options.output.isEmpty())
        qCInfo(lcCli).noquote() << QCoreApplication::translate("factcheck", "report written to %1").arg(options.output);
    return inputFailed ? InputError : Success;
}

} // namespace fc::cli
