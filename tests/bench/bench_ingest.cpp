// Ingest throughput on plain text: decoding + normalisation + segmentation (and, separately,
// the whole loadBytes path with metadata and language identification), in bytes per second.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "ingest/TextDecoder.h"
#include "text/Normaliser.h"
#include "text/Segmenter.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

namespace {

// About 1 MB of UTF-8 text made of the example corpus repeated (its own articles, so the
// mix of numbers, dates, quotes and abbreviations is realistic).
QByteArray corpus()
{
    QByteArray one;
    const QDir dir(fc::test::examplesDir());
    for (const auto &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            one += f.readAll() + "\n\n";
    }
    QByteArray all;
    while (!one.isEmpty() && all.size() < 1024 * 1024)
        all += one;
    return all;
}

} // namespace

static void BM_DecodeNormaliseSegment(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    for (auto _ : state) {
        fc::Article a;
        a.originalText = fc::decodeText(bytes).text;
        fc::normalise(a);
        fc::segment(a);
        benchmark::DoNotOptimize(a.tokens.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_DecodeNormaliseSegment)->Unit(benchmark::kMillisecond);

static void BM_LoadBytes(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    const fc::ArticleLoader loader;
    for (auto _ : state) {
        auto loaded = loader.loadBytes(bytes, QStringLiteral("bench.txt"), QStringLiteral("txt"));
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_LoadBytes)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
