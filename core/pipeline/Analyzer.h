#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Report.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace fc {

struct AnalysisOptions
{
    QString language = QStringLiteral("auto"); // "auto", "id" or "en": forces every article
    const KnowledgeBase *knowledgeBase = nullptr; // the bundled one when null
    // Polled between articles and between the pipeline's steps (may be called from the
    // analysing thread only); once it returns true the run stops early and its result is
    // incomplete: the caller, who cancelled, must drop it. Null: never cancelled.
    std::function<bool()> cancelled;
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

    // The per-article steps alone (safe to run on several threads at once). Returns false
    // when cancelled before all of them ran (the article is then partly analysed).
    bool analyzeArticle(Article &article) const;

    // True once options.cancelled has returned true.
    bool isCancelled() const;

private:
    AnalysisOptions m_options;
};

} // namespace fc
