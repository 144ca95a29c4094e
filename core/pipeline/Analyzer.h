#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Report.h"
#include "pipeline/ArticleCache.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace fc {

struct AnalysisOptions
{
    QString language = QStringLiteral("auto");    // "auto", "id" or "en": forces every article
    const KnowledgeBase *knowledgeBase = nullptr; // the bundled one when null
    // Polled between articles and between the pipeline's steps, from every analysing thread
    // (so it must be safe to call from several at once: an atomic flag); once it returns true
    // the run stops early and its result is incomplete: the caller, who cancelled, must drop
    // it. Null: never cancelled.
    std::function<bool()> cancelled;
    // Articles analysed at once: 0 one per core the process may use, 1 one after another on
    // the calling thread. The report is the same, byte for byte, whatever the count.
    int threads = 0;
    // False: analyzeArticle stops after names, times and quantities (what `factcheck tag`
    // writes) and leaves the claims empty; the mentions are the same either way.
    bool claims = true;
    // Called once per article whose per-article steps completed, with the count done so far
    // and the total of that run; from the analysing threads (possibly several at once), so it
    // must be thread-safe. Only progress: the report does not depend on it. Null: silent.
    std::function<void(qsizetype done, qsizetype total, const Article &article)> progress;
};

// The whole pipeline over loaded articles: names, times and quantities per article, then
// entities, claims, checks and the timeline across them. Pure: the same articles in the
// same order give the same report, byte for byte once written.
class Analyzer
{
public:
    explicit Analyzer(AnalysisOptions options = {});

    // An incomplete report when options.cancelled said so (see isCancelled()).
    Report analyze(QList<Article> articles) const;

    // The driver over inputs not loaded yet, with a per-article cache (null: none): for each
    // input in order, a cache hit is taken as analysed, a miss is loaded (an input that does
    // not load is a diagnostic and is left out); the misses are analysed as analyzeArticles
    // does and handed to the cache, then finish() runs over hits and misses alike. Articles
    // are numbered d1, d2, ... in input order of those loaded. The report equals analyze()
    // over the same articles, byte for byte once written, whatever the cache held.
    InputsRun analyzeInputs(const QList<ArticleInput> &inputs, ArticleCache *cache = nullptr) const;

    // The per-article steps alone (safe to run on several threads at once). Returns false
    // when cancelled before all of them ran (the article is then partly analysed).
    bool analyzeArticle(Article &article) const;

    // analyzeArticle over every article, options.threads at a time (the steps across
    // articles are the caller's). False when cancelled before all of them ran.
    bool analyzeArticles(QList<Article> &articles) const;

    // The steps across articles (entities, checks, timeline) over articles whose per-article
    // steps ran (here or, for a project, earlier: its cache). analyze() is analyzeArticles()
    // then finish(); a caller that gets some articles elsewhere calls the two itself.
    Report finish(QList<Article> articles) const;

    // True once options.cancelled has returned true.
    bool isCancelled() const;

private:
    AnalysisOptions m_options;
};

} // namespace fc
