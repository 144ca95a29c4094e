// Ingest throughput on plain text, in bytes of input per second: each step alone (decode,
// normalise, segment, metadata), decode + normalise + segment together, and the whole
// loadBytes path (which adds metadata and language identification).
//
// Loading 1 MB of text touches about 16 MB of fresh memory (the UTF-16 text twice, an 8-byte
// offset per character, the tokens). Whether those pages are faulted in again on every
// iteration depends on glibc's allocator, whose mmap and trim thresholds adapt to the block
// sizes the process has freed before: BM_LoadBytes used to look twice as fast as its own first
// half only because it ran second, after the first benchmark had raised the thresholds
// (4100 page faults per iteration in the first, none in the second). So main() fixes the
// thresholds: the benchmarks measure the work with memory reused, as in a process that has
// loaded articles before, and every benchmark reports page_faults per iteration.
// BM_LoadBytesFreshMemory measures the first load in a process, every page faulted in: on a
// loaded virtual machine a fault can cost 20 us, and then the faults cost more than the work.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "ingest/MetadataExtractor.h"
#include "ingest/TextDecoder.h"
#include "text/Normaliser.h"
#include "text/Segmenter.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// Fixed allocator thresholds (glibc): blocks up to `mmapThreshold` come from the heap, and the
// heap keeps up to `trimThreshold` free bytes rather than returning them to the kernel.
void setAllocatorThresholds([[maybe_unused]] int mmapThreshold, [[maybe_unused]] int trimThreshold)
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, mmapThreshold);
    mallopt(M_TRIM_THRESHOLD, trimThreshold);
#endif
}

constexpr int ReuseMemory = 256 * 1024 * 1024;

// Runs `step` once untimed, then in the timed loop; reports bytes/s of `bytes` and the
// page faults per iteration.
template<typename Step> void measure(benchmark::State &state, qsizetype bytes, Step step)
{
    step();
    const long faultsBefore = minorFaults();
    for (auto _ : state)
        step();
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["page_faults"] =
        benchmark::Counter(double(minorFaults() - faultsBefore), benchmark::Counter::kAvgIterations);
}

fc::Article normalised(const QByteArray &bytes)
{
    fc::Article a;
    a.originalText = fc::decodeText(bytes).text;
    fc::normalise(a);
    return a;
}

} // namespace

// The first load in a fresh process: every large block is mapped for the call and unmapped
// after it, so every page it touches is faulted in (and zeroed by the kernel) each time.
// Registered first: once other benchmarks have left free blocks in the heap, large requests
// are served from those whatever the thresholds say.
static void BM_LoadBytesFreshMemory(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    const fc::ArticleLoader loader;
    setAllocatorThresholds(128 * 1024, 0);
    measure(state, bytes.size(), [&] {
        auto loaded = loader.loadBytes(bytes, QStringLiteral("bench.txt"), QStringLiteral("txt"));
        benchmark::DoNotOptimize(loaded);
    });
    setAllocatorThresholds(ReuseMemory, ReuseMemory);
}
BENCHMARK(BM_LoadBytesFreshMemory)->Unit(benchmark::kMillisecond);

static void BM_Decode(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    measure(state, bytes.size(), [&] { benchmark::DoNotOptimize(fc::decodeText(bytes).text.data()); });
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

static void BM_Normalise(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    fc::Article a;
    a.originalText = fc::decodeText(bytes).text;
    measure(state, bytes.size(), [&] {
        fc::normalise(a);
        benchmark::DoNotOptimize(a.text.data());
    });
}
BENCHMARK(BM_Normalise)->Unit(benchmark::kMillisecond);

static void BM_Segment(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    fc::Article a = normalised(bytes);
    measure(state, bytes.size(), [&] {
        fc::segment(a);
        benchmark::DoNotOptimize(a.tokens.data());
    });
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

static void BM_Metadata(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    fc::Article segmented = normalised(bytes);
    fc::segment(segmented);
    measure(state, bytes.size(), [&] {
        fc::Article a = segmented; // shares the text; extractMetadata only writes flags and meta
        fc::extractMetadata(a);
        benchmark::DoNotOptimize(a.meta.language.data());
    });
}
BENCHMARK(BM_Metadata)->Unit(benchmark::kMillisecond);

static void BM_DecodeNormaliseSegment(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    measure(state, bytes.size(), [&] {
        fc::Article a;
        a.originalText = fc::decodeText(bytes).text;
        fc::normalise(a);
        fc::segment(a);
        benchmark::DoNotOptimize(a.tokens.data());
    });
}
BENCHMARK(BM_DecodeNormaliseSegment)->Unit(benchmark::kMillisecond);

static void BM_LoadBytes(benchmark::State &state)
{
    const QByteArray bytes = corpus();
    const fc::ArticleLoader loader;
    measure(state, bytes.size(), [&] {
        auto loaded = loader.loadBytes(bytes, QStringLiteral("bench.txt"), QStringLiteral("txt"));
        benchmark::DoNotOptimize(loaded);
    });
}
BENCHMARK(BM_LoadBytes)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    setAllocatorThresholds(ReuseMemory, ReuseMemory);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
