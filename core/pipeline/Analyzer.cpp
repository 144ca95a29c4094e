#include "Analyzer.h"

#include "checks/Checks.h"
#include "claims/ClaimExtractor.h"
#include "entities/EntityResolver.h"
#include "entities/MentionRecogniser.h"
#include "quantity/QuantityRecogniser.h"
#include "time/TimeRecogniser.h"
#include "timeline/TimelineBuilder.h"

#include <algorithm>

namespace fc {

namespace {

// A capitalised word inside a date or time is part of it: "Jan" in "JAKARTA, Jan 21, 2026",
// "GMT" in "1817 GMT". The time rules read such words in context; the name rules cannot.
void dropNamesInsideTimes(Article &article)
{
    QList<Span> times;
    for (const TimeExpression &t : std::as_const(article.times))
        times.append(t.span);
    if (times.isEmpty())
        return;
    article.mentions.removeIf([&](const Mention &m) {
        if (m.type == MentionType::Date || m.type == MentionType::Time)
            return false;
        return std::any_of(times.cbegin(), times.cend(), [&](const Span &t) { return t.contains(m.span); });
    });
}

} // namespace

Analyzer::Analyzer(AnalysisOptions options)
    : m_options(std::move(options))
{
}

void Analyzer::analyzeArticle(Article &article) const
{
    if (m_options.language == u"id" || m_options.language == u"en") {
        article.meta.language = m_options.language;
        article.meta.languageConfidence = 1.0;
    }
    const KnowledgeBase &kb = m_options.knowledgeBase ? *m_options.knowledgeBase : KnowledgeBase::bundled();
    article.mentions.clear();
    article.times.clear();
    article.quantities.clear();
    article.claims.clear();
    recogniseNames(article, kb);
    recogniseTimes(article);
    dropNamesInsideTimes(article);
    recogniseQuantities(article);
    // Stable order: by position, then longer first, then by type.
    std::stable_sort(article.mentions.begin(), article.mentions.end(), [](const Mention &a, const Mention &b) {
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.end != b.span.end)
            return a.span.end > b.span.end;
        return a.type < b.type;
    });
    extractClaims(article);
}

Report Analyzer::analyze(QList<Article> articles) const
{
    Report report;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        articles[i].id = QStringLiteral("d%1").arg(i + 1);
        analyzeArticle(articles[i]);
    }
    const KnowledgeBase &kb = m_options.knowledgeBase ? *m_options.knowledgeBase : KnowledgeBase::bundled();
    report.entities = resolveEntities(articles, kb);
    report.articles = std::move(articles);
    report.findings = runChecks(report);
    report.timeline = buildTimeline(report);
    return report;
}

} // namespace fc
