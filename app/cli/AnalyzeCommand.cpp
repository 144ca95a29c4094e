#include "AnalyzeCommand.h"

#include "ingest/ArticleLoader.h"
#include "net/UrlFetcher.h"
#include "pdf/PdfTextExtractor.h"
#include "pipeline/Analyzer.h"
#include "export/ReportWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace fc::cli {

namespace {
void printError(const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
}
} // namespace

int runAnalyze(const AnalyzeOptions &options)
{
    const bool progress = isatty(fileno(stderr));
    registerPdfSupport();
    const ArticleLoader loader;
    QList<Article> articles;
    bool inputFailed = false;
    for (qsizetype i = 0; i < options.inputs.size(); ++i) {
        const QString &input = options.inputs.at(i);
        if (progress)
            QTextStream(stderr) << QCoreApplication::translate("factcheck", "[%1/%2] loading %3")
                                       .arg(i + 1)
                                       .arg(options.inputs.size())
                                       .arg(input)
                                << Qt::endl;
        LoadResult loaded = isWebUrl(input) ? loadUrl(loader, input) : loader.loadFile(input);
        for (const auto &d : loaded.diagnostics)
            printError(QStringLiteral("factcheck: ") + d.toString());
        if (!loaded.ok()) {
            inputFailed = true;
            continue;
        }
        if (const auto it = options.pubdates.constFind(input); it != options.pubdates.cend()) {
            loaded.article->meta.published = *it;
            loaded.article->meta.publishedSource = MetaSource::User;
        }
        articles.append(std::move(*loaded.article));
    }

    AnalysisOptions analysisOptions;
    analysisOptions.language = options.language;
    const Report report = Analyzer(analysisOptions).analyze(std::move(articles));

    QString error;
    if (!writeReport(report, options.format, options.output, &error)) {
        printError(QStringLiteral("factcheck: ") + error);
        return OutputError;
    }
    if (progress && !options.output.isEmpty())
        QTextStream(stderr) << QCoreApplication::translate("factcheck", "report written to %1").arg(options.output)
                            << Qt::endl;
    return inputFailed ? InputError : Success;
}

} // namespace fc::cli
