// Reopening a review project of 1,000 analysed articles: open (lock, validation, integrity
// check), read the articles, take every analysis from the cache, run the steps across articles
// and read the decisions: what the workbench does before it can show its window. Target < 1 s.
// The project is built once per run (the cold analysis that fills the cache is not timed).
#include "TestPaths.h"

#include "project/ProjectAnalysis.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int ArticleCount = 1000;

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    int cold_ms = 0;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("bench.fcproj"));
        const QDir examples(fc::test::examplesDir());
        QList<QByteArray> texts;
        for (const auto &name : examples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(examples.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                texts << f.readAll();
        }
        QList<fc::NewArticle> articles;
        for (int i = 0; i < ArticleCount; ++i) {
            // Each copy differs (its own hash, its own cache entry).
            articles.append({QStringLiteral("article-%1.txt").arg(i),
                             {},
                             texts.at(i % texts.size()) + "\nCatatan arsip nomor " + QByteArray::number(i) + ".\n"});
        }
        fc::ProjectStore store;
        QString error;
        if (!store.create(path, &error) || !store.addArticles(articles, &error))
            qFatal("%s", qPrintable(error));
        for (int i = 0; i < 200; ++i)
            store.setDecisions(
                {{QStringLiteral("finding-%1").arg(i),
                  {QStringLiteral("finding-%1").arg(i), fc::ReviewStatus::Confirmed, QStringLiteral("note"), {}}}},
                &error);
        QElapsedTimer timer;
        timer.start();
        const auto analysis = fc::analyzeProject(store, {}, &error);
        if (!analysis || analysis->analysed != ArticleCount)
            qFatal("cold analysis failed: %s", qPrintable(error));
        cold_ms = int(timer.elapsed());
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

} // namespace

static void BM_ReopenProject1000FromCache(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        fc::ProjectStore store;
        QString error;
        if (!store.open(f.path, fc::ProjectStore::Mode::ReadWrite, &error))
            state.SkipWithError(qPrintable(error));
        auto analysis = fc::analyzeProject(store, {}, &error);
        const fc::ReviewMap decisions = store.decisions(&error);
        if (!analysis || analysis->cacheHits != ArticleCount || decisions.size() != 200)
            state.SkipWithError("not a full cache hit");
        benchmark::DoNotOptimize(analysis);
    }
    state.counters["cold_analysis_ms"] = f.cold_ms;
    state.counters["file_MB"] = double(QFileInfo(f.path).size()) / (1024 * 1024);
}
BENCHMARK(BM_ReopenProject1000FromCache)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// The parts: opening alone (lock, header, meta, quick_check) ...
static void BM_OpenProject1000(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        fc::ProjectStore store;
        QString error;
        if (!store.open(f.path, fc::ProjectStore::Mode::ReadWrite, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_OpenProject1000)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(5)->ReportAggregatesOnly(true);

// ... and reading the articles' bytes.
static void BM_ReadArticles1000(benchmark::State &state)
{
    Fixture &f = fixture();
    fc::ProjectStore store;
    QString error;
    if (!store.open(f.path, fc::ProjectStore::Mode::ReadOnly, &error))
        state.SkipWithError(qPrintable(error));
    for (auto _ : state) {
        auto articles = store.articles(&error);
        benchmark::DoNotOptimize(articles);
    }
}
BENCHMARK(BM_ReadArticles1000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
