// Throughput of the time and quantity steps alone, over the example corpus and the seeds
// (when present): characters of text per second, and expressions found per second.
#include "TestPaths.h"

#include "quantity/QuantityRecogniser.h"
#include "time/TimeRecogniser.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

namespace {

QList<fc::Article> corpus()
{
    QList<fc::Article> articles;
    for (const auto &dir : {fc::test::examplesDir(), fc::test::seedsDir()}) {
        const QDir d(dir);
        for (const auto &name : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            fc::Article a;
            a.text = a.originalText = QString::fromUtf8(f.readAll());
            a.meta.published = QDate(2024, 11, 12);
            articles.append(a);
        }
    }
    return articles;
}

qint64 utf8Bytes(const QList<fc::Article> &articles)
{
    qint64 n = 0;
    for (const auto &a : articles)
        n += a.text.toUtf8().size();
    return n;
}

} // namespace

static void BM_RecogniseTimes(benchmark::State &state)
{
    QList<fc::Article> articles = corpus();
    const qint64 bytes = utf8Bytes(articles);
    qint64 found = 0;
    for (auto _ : state) {
        for (auto &a : articles) {
            fc::recogniseTimes(a);
            found += a.times.size();
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(found); // expressions per second
}
BENCHMARK(BM_RecogniseTimes);

static void BM_RecogniseQuantities(benchmark::State &state)
{
    QList<fc::Article> articles = corpus();
    for (auto &a : articles)
        fc::recogniseTimes(a);
    const qint64 bytes = utf8Bytes(articles);
    qint64 found = 0;
    for (auto _ : state) {
        for (auto &a : articles) {
            fc::recogniseQuantities(a);
            found += a.quantities.size();
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(found);
}
BENCHMARK(BM_RecogniseQuantities);

BENCHMARK_MAIN();
