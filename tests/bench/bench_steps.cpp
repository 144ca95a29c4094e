// Throughput of each pipeline step and of the whole pipeline, in MB/s of article text
// (UTF-8 bytes of the loaded text), over one corpus: the JSONL file named by
// FC_BENCH_CORPUS (tests/bench/make_corpus.py writes one), else the example corpus.
// tests/bench/run-benchmarks.sh builds the corpus, runs this and prints one table.
//
// Each step's benchmark prepares the articles up to the step before it outside the timing,
// then times that step alone over every article.
#include "TestPaths.h"

#include "checks/Checks.h"
#include "claims/ClaimExtractor.h"
#include "entities/EntityResolver.h"
#include "entities/KnowledgeBase.h"
#include "entities/MentionRecogniser.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "quantity/QuantityRecogniser.h"
#include "time/TimeRecogniser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

struct Source
{
    QString id;
    QString text;
};

// The raw texts of the corpus, read once.
const QList<Source> &sources()
{
    static const QList<Source> list = [] {
        QList<Source> out;
        const QString corpus = qEnvironmentVariable("FC_BENCH_CORPUS");
        if (!corpus.isEmpty()) {
            QFile f(corpus);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("bench_steps: cannot read %s", qPrintable(corpus));
            while (!f.atEnd()) {
                const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
                if (o.value(u"text").isString())
                    out.append({o.value(u"id").toString(), o.value(u"text").toString()});
            }
        } else {
            const QDir d(fc::test::examplesDir());
            for (const auto &name : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                QFile f(d.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    out.append({name, QString::fromUtf8(f.readAll())});
            }
        }
        return out;
    }();
    return list;
}

qint64 corpusBytes()
{
    static const qint64 bytes = [] {
        qint64 n = 0;
        for (const auto &s : sources())
            n += s.text.toUtf8().size();
        return n;
    }();
    return bytes;
}

enum class Step { Ingest, Names, Times, Quantities, Claims, Done };

// The corpus loaded and analysed up to (not including) `upTo`, computed once per step.
QList<fc::Article> prepared(Step upTo)
{
    const fc::ArticleLoader loader;
    const fc::KnowledgeBase &kb = fc::KnowledgeBase::bundled();
    QList<fc::Article> articles;
    for (const auto &s : sources()) {
        fc::LoadResult loaded = loader.loadText(s.text, s.id);
        if (!loaded.ok())
            continue;
        fc::Article a = std::move(*loaded.article);
        if (upTo > Step::Names)
            fc::recogniseNames(a, kb);
        if (upTo > Step::Times)
            fc::recogniseTimes(a);
        if (upTo > Step::Quantities)
            fc::recogniseQuantities(a);
        if (upTo > Step::Claims)
            fc::extractClaims(a);
        articles.append(std::move(a));
    }
    return articles;
}

void finish(benchmark::State &state)
{
    state.SetBytesProcessed(state.iterations() * corpusBytes());
    state.SetItemsProcessed(state.iterations() * sources().size());
}

// Runs `step` over a fresh copy of the prepared articles each iteration.
template<typename F> void timeStep(benchmark::State &state, Step step, F f)
{
    const QList<fc::Article> base = prepared(step);
    for (auto _ : state) {
        state.PauseTiming();
        QList<fc::Article> articles = base;
        articles.detach();
        for (auto &a : articles)
            a.text.detach();
        state.ResumeTiming();
        for (auto &a : articles)
            f(a);
        benchmark::DoNotOptimize(articles);
        state.PauseTiming();
        articles.clear(); // freeing is not the step's work
        state.ResumeTiming();
    }
    finish(state);
}

} // namespace

static void BM_Ingest(benchmark::State &state)
{
    const fc::ArticleLoader loader;
    for (auto _ : state) {
        for (const auto &s : sources()) {
            auto loaded = loader.loadText(s.text, s.id);
            benchmark::DoNotOptimize(loaded);
        }
    }
    finish(state);
}

static void BM_Names(benchmark::State &state)
{
    const fc::KnowledgeBase &kb = fc::KnowledgeBase::bundled();
    timeStep(state, Step::Names, [&](fc::Article &a) { fc::recogniseNames(a, kb); });
}

static void BM_Times(benchmark::State &state)
{
    timeStep(state, Step::Times, [](fc::Article &a) { fc::recogniseTimes(a); });
}

static void BM_Quantities(benchmark::State &state)
{
    timeStep(state, Step::Quantities, [](fc::Article &a) { fc::recogniseQuantities(a); });
}

static void BM_Claims(benchmark::State &state)
{
    timeStep(state, Step::Claims, [](fc::Article &a) { fc::extractClaims(a); });
}

// The steps across articles (entities, checks, timeline) over stories of four articles, the
// size of one newsroom comparison.
static void BM_Checks(benchmark::State &state)
{
    const QList<fc::Article> base = prepared(Step::Done);
    const fc::KnowledgeBase &kb = fc::KnowledgeBase::bundled();
    for (auto _ : state) {
        for (qsizetype i = 0; i < base.size(); i += 4) {
            fc::Report report;
            QList<fc::Article> story = base.mid(i, 4);
            report.entities = fc::resolveEntities(story, kb);
            report.articles = std::move(story);
            report.findings = fc::runChecks(report);
            benchmark::DoNotOptimize(report);
        }
    }
    finish(state);
}

// Load + Analyzer::analyze over the whole corpus as one report, on state.range(0) threads
// (0: every core).
static void BM_Pipeline(benchmark::State &state)
{
    const fc::ArticleLoader loader;
    fc::AnalysisOptions options;
    options.threads = int(state.range(0));
    const fc::Analyzer analyzer(options);
    for (auto _ : state) {
        QList<fc::Article> articles;
        for (const auto &s : sources()) {
            auto loaded = loader.loadText(s.text, s.id);
            if (loaded.ok())
                articles.append(std::move(*loaded.article));
        }
        auto report = analyzer.analyze(std::move(articles));
        benchmark::DoNotOptimize(report);
    }
    finish(state);
}

// What an analysed article keeps in memory, per field (bytes of heap, capacity counted, one
// article on average): the figures behind analyze's peak memory on many articles.
static void BM_ArticleMemory(benchmark::State &state)
{
    QList<fc::Article> articles;
    const fc::ArticleLoader loader;
    fc::AnalysisOptions options;
    options.threads = 1;
    const fc::Analyzer analyzer(options);
    for (const auto &s : sources()) {
        auto loaded = loader.loadText(s.text, s.id);
        if (loaded.ok())
            articles.append(std::move(*loaded.article));
    }
    analyzer.analyzeArticles(articles);
    const auto str = [](const QString &t) { return double(t.capacity()) * 2; };
    // A string that shares the article's text (textSlice) costs that text no more bytes.
    const auto ownStr = [&str](const QString &t, const QString &whole) {
        const QChar *const begin = whole.constData();
        const bool shared = !whole.isEmpty() && t.constData() >= begin && t.constData() < begin + whole.size();
        return shared ? 0.0 : str(t);
    };
    double text = 0, original = 0, offsets = 0, tokens = 0, sentences = 0, paragraphs = 0, mentions = 0, times = 0,
           quantities = 0, claims = 0;
    for (const auto &a : articles) {
        text += str(a.text);
        // Shared with the normalised text when the two are the same string.
        original += a.originalText.constData() == a.text.constData() ? 0 : str(a.originalText);
        offsets += double(a.offsets.heapBytes());
        tokens += double(a.tokens.capacity()) * sizeof(fc::Token);
        sentences += double(a.sentences.capacity()) * sizeof(fc::Sentence);
        paragraphs += double(a.paragraphs.capacity()) * sizeof(fc::Paragraph);
        mentions += double(a.mentions.capacity()) * sizeof(fc::Mention);
        for (const auto &m : a.mentions)
            mentions += ownStr(m.text, a.text);
        times += double(a.times.capacity()) * sizeof(fc::TimeExpression);
        quantities += double(a.quantities.capacity()) * sizeof(fc::Quantity);
        claims += double(a.claims.capacity()) * sizeof(fc::Claim);
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(articles);
    const double n = double(std::max<qsizetype>(1, articles.size()));
    state.counters["source_B"] = double(corpusBytes()) / n;
    state.counters["text_B"] = text / n;
    state.counters["originalText_B"] = original / n;
    state.counters["offsets_B"] = offsets / n;
    state.counters["tokens_B"] = tokens / n;
    state.counters["sentences_B"] = sentences / n;
    state.counters["paragraphs_B"] = paragraphs / n;
    state.counters["mentions_B"] = mentions / n;
    state.counters["times_B"] = times / n;
    state.counters["quantities_B"] = quantities / n;
    state.counters["claims_B"] = claims / n;
}

BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Names)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Times)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Checks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK(BM_ArticleMemory)->Iterations(1);

BENCHMARK_MAIN();
