#pragma once

#include "ingest/ArticleLoader.h"
#include "model/Article.h"

#include <QString>

#include <functional>
#include <optional>

namespace fc {

// One article to analyse, not loaded yet: a cache hit skips loading it at all.
struct ArticleInput
{
    // The hash of the bytes the article comes from and of whatever else shapes its analysis
    // (name, corrections, forced language). Empty: never looked up nor stored.
    QString cacheKey;
    std::function<LoadResult()> load; // called only on a miss
};

// Per-article analyses kept between runs (a review project keeps one). One cache serves one
// engine version: the caller opens it for the version it runs, so a key never meets a result
// of another engine. The driver asks it before analysing an article and hands it each article
// it analysed; both calls come from the driver's calling thread, in input order.
class ArticleCache
{
public:
    virtual ~ArticleCache() = default;
    // The analysed article for inputs[index] under key, or nullopt on a miss or on an entry
    // the cache does not trust, which it may name in diagnostics (the run's, in input order).
    virtual std::optional<Article> find(qsizetype index, const QString &key, QList<Diagnostic> *diagnostics) = 0;
    // An article analysed in this run; only once every article of the run was analysed
    // completely (a cancelled run stores nothing).
    virtual void store(qsizetype index, const QString &key, const Article &article) = 0;
};

// What Analyzer::analyzeInputs produced besides the report.
struct InputsRun
{
    Report report;
    QList<qsizetype> inputOf;      // the input index of report.articles[i]
    QList<Diagnostic> diagnostics; // inputs not loaded (the others are analysed), cache warnings
    int cacheHits = 0;
    int analysed = 0;
};

} // namespace fc
