// Whole-pipeline throughput over the example corpus: load + analyze, per article.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QDir>

#include <benchmark/benchmark.h>

static void BM_AnalyzeExamples(benchmark::State &state)
{
    const QDir dir(fc::test::examplesDir());
    const fc::ArticleLoader loader;
    QList<fc::Article> articles;
    qint64 bytes = 0;
    for (const auto &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto loaded = loader.loadFile(dir.filePath(name));
        if (loaded.ok()) {
            bytes += loaded.article->originalText.toUtf8().size();
            articles.append(*loaded.article);
        }
    }
    const fc::Analyzer analyzer;
    for (auto _ : state) {
        auto report = analyzer.analyze(articles);
        benchmark::DoNotOptimize(report);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(state.iterations() * articles.size());
}
BENCHMARK(BM_AnalyzeExamples);

BENCHMARK_MAIN();
