// Name recognition + entity resolution throughput over the example corpus and, when present,
// the seed articles. Reports bytes/s (UTF-8 input) and mentions/s.
#include "TestPaths.h"

#include "entities/EntityResolver.h"
#include "entities/KnowledgeBase.h"
#include "entities/MentionRecogniser.h"
#include "entities/tagger/TaggerModel.h"
#include "ingest/ArticleLoader.h"

#include <QDir>

#include <benchmark/benchmark.h>

static QList<fc::Article> corpus(qint64 *bytes)
{
    QList<fc::Article> articles;
    *bytes = 0;
    const fc::ArticleLoader loader;
    for (const QString &path : {fc::test::examplesDir(), fc::test::seedsDir()}) {
        const QDir dir(path);
        for (const auto &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            auto loaded = loader.loadFile(dir.filePath(name));
            if (loaded.ok()) {
                *bytes += loaded.article->text.toUtf8().size();
                articles.append(*loaded.article);
            }
        }
    }
    return articles;
}

static void BM_KnowledgeBaseLoad(benchmark::State &state)
{
    for (auto _ : state) {
        fc::KnowledgeBase kb;
        const QDir dir(QStringLiteral(":/factcheck/kb"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            kb.loadFile(dir.filePath(name));
        benchmark::DoNotOptimize(kb);
    }
}
BENCHMARK(BM_KnowledgeBaseLoad)->Unit(benchmark::kMillisecond);

// Reading the bundled Indonesian name tagger (resources/models/id-ner.bin), as the first
// recogniseNames on Indonesian text does once per process.
static void BM_TaggerModelLoad(benchmark::State &state)
{
    for (auto _ : state) {
        fc::TaggerModel model;
        QString error;
        if (!model.loadFile(QStringLiteral(":/factcheck/models/id-ner.bin"), &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_TaggerModelLoad)->Unit(benchmark::kMillisecond);

static void BM_RecogniseAndResolve(benchmark::State &state)
{
    qint64 bytes = 0;
    const QList<fc::Article> input = corpus(&bytes);
    const fc::KnowledgeBase &kb = fc::KnowledgeBase::bundled();
    qint64 mentions = 0;
    for (auto _ : state) {
        QList<fc::Article> articles = input;
        for (fc::Article &a : articles) {
            a.mentions.clear();
            fc::recogniseNames(a, kb);
            mentions += a.mentions.size();
        }
        auto entities = fc::resolveEntities(articles, kb);
        benchmark::DoNotOptimize(entities);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["mentions/s"] = benchmark::Counter(double(mentions), benchmark::Counter::kIsRate);
    state.counters["articles"] = double(input.size());
}
BENCHMARK(BM_RecogniseAndResolve)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
