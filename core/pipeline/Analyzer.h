#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Report.h"

#include <QDate>
#include <QHash>

namespace fc {

struct AnalysisOptions
{
    QString language = QStringLiteral("auto"); // "auto", "id" or "en": forces every article
    const KnowledgeBase *knowledgeBase = nullptr; // the bundled one when null
};

// The whole pipeline over loaded articles: names, times and quantities per article, then
// entities, claims, checks and the timeline across them. Pure: the same articles in the
// same order give the same report, byte for byte once written.
class Analyzer
{
public:
    explicit Analyzer(AnalysisOptions options = {});

    Report analyze(QList<Article> articles) const;

    // The per-article steps alone (safe to run on several threads at once).
    void analyzeArticle(Article &article) const;

private:
    AnalysisOptions m_options;
};

} // namespace fc
