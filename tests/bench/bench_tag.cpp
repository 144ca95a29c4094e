// `factcheck tag --jsonl` streams: peak memory must stay flat whatever the input length.
// Runs the built CLI on 1,000 / 10,000 / 100,000 generated lines and reports each run's
// peak resident set (wait4's ru_maxrss, the child alone) next to its throughput.
//
//   packaging/build-env run cmake --build --preset release --target factcheck bench_tag
//   packaging/build-env run build/release/bin/bench_tag
#include "TestPaths.h"

#include <QFile>
#include <QString>

#include <benchmark/benchmark.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

// Lines written for this benchmark: a dateline, names, titles, figures and dates, with an
// emoji so offsets cross the astral plane. The id and a figure vary per line.
QByteArray line(int i)
{
    return QByteArrayLiteral("{\"id\": \"n") + QByteArray::number(i)
        + QByteArrayLiteral("\", \"text\": \"\xF0\x9F\x93\xB0 GARUT, Jawa Barat \xE2\x80\x93 Kepala BPBD Garut, "
                            "Rahmat Hidayat, mengatakan pada Senin (3/3/2025) sedikitnya ")
        + QByteArray::number(10 + i % 90)
        + QByteArrayLiteral(" orang meninggal dan sekitar 1.200 rumah terendam setinggi 2,5 meter. "
                            "Menurut BNPB, lebih dari 2.000 warga mengungsi ke Kabupaten Garut.\"}\n");
}

QString inputFile(int lines)
{
    const QString path = fc::test::artifactPath(QStringLiteral("bench-tag-%1.jsonl").arg(lines));
    QFile f(path);
    if (f.exists() && f.size() > 0)
        return path;
    if (f.open(QIODevice::WriteOnly)) {
        for (int i = 0; i < lines; ++i)
            f.write(line(i));
    }
    return path;
}

} // namespace

static void BM_TagStreaming(benchmark::State &state)
{
    const int lines = int(state.range(0));
    const QByteArray input = inputFile(lines).toLocal8Bit();
    const QByteArray output = fc::test::artifactPath(QStringLiteral("bench-tag-out.jsonl")).toLocal8Bit();
    const QByteArray binary = fc::test::binaryPath(QStringLiteral("factcheck")).toLocal8Bit();
    long peakKiB = 0;
    for (auto _ : state) {
        char *argv[] = {const_cast<char *>(binary.constData()),
                        const_cast<char *>("tag"),
                        const_cast<char *>("--jsonl"),
                        const_cast<char *>(input.constData()),
                        const_cast<char *>("-o"),
                        const_cast<char *>(output.constData()),
                        nullptr};
        pid_t pid = 0;
        if (posix_spawn(&pid, binary.constData(), nullptr, nullptr, argv, environ) != 0) {
            state.SkipWithError("cannot start factcheck (build it first)");
            return;
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("factcheck tag failed");
            return;
        }
        peakKiB = std::max(peakKiB, usage.ru_maxrss);
    }
    state.counters["peak_rss_MiB"] = double(peakKiB) / 1024.0;
    state.counters["lines_per_s"] =
        benchmark::Counter(double(lines) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagStreaming)->Arg(1000)->Arg(10000)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

BENCHMARK_MAIN();
