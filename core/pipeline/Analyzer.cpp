#include "Analyzer.h"

#include "checks/Checks.h"
#include "claims/ClaimExtractor.h"
#include "claims/MeasuredClaims.h"
#include "entities/EntityResolver.h"
#include "entities/MentionRecogniser.h"
#include "lang/Language.h"
#include "pipeline/FreedMemory.h"
#include "pipeline/ParallelFor.h"
#include "quantity/QuantityRecogniser.h"
#include "text/StringPool.h"
#include "text/TextSlice.h"
#include "time/TimeRecogniser.h"
#include "timeline/TimelineBuilder.h"

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <atomic>

namespace fc {

namespace {

// A capitalised word inside a date or time is part of it: "Jan" in "JAKARTA, Jan 21, 2026",
// "GMT" in "1817 GMT". The time rules read such words in context; the name rules cannot.
void dropNamesInsideTimes(Article &article)
{
    // Times do not overlap one another: the one that may contain a mention is the last one
    // starting at or before it.
    QList<Span> times;
    for (const TimeExpression &t : std::as_const(article.times))
        times.append(t.span);
    if (times.isEmpty())
        return;
    std::sort(times.begin(), times.end());
    article.mentions.removeIf([&](const Mention &m) {
        if (m.type == MentionType::Date || m.type == MentionType::Time)
            return false;
        auto it = std::upper_bound(times.cbegin(), times.cend(), m.span.start,
                                   [](qsizetype pos, const Span &t) { return pos < t.start; });
        return it != times.cbegin() && std::prev(it)->contains(m.span);
    });
}

} // namespace

Analyzer::Analyzer(AnalysisOptions options)
    : m_options(std::move(options))
{
}

bool Analyzer::isCancelled() const
{
    return m_options.cancelled && m_options.cancelled();
}

namespace {

void shareEqualStrings(Article &article)
{
    StringPool pool;
    for (Mention &m : article.mentions) {
        pool.share(m.canonical);
        pool.share(m.kb);
        pool.share(m.value);
    }
    for (TimeExpression &t : article.times) {
        pool.share(t.value.zone);
        pool.share(t.durationIso);
    }
    for (Quantity &q : article.quantities) {
        pool.share(q.unit);
        pool.share(q.noun);
    }
    for (Claim &c : article.claims) {
        pool.share(c.predicate);
        pool.share(c.family);
        pool.share(c.sourceText);
    }
    for (MeasuredClaim &c : article.measured)
        shareMeasuredClaimStrings(c, pool);
}

} // namespace

bool Analyzer::analyzeArticle(Article &article) const
{
    if (languageRules(m_options.language)) { // a registered language, not "auto"
        article.meta.language = m_options.language;
        article.meta.languageConfidence = 1.0;
    }
    const KnowledgeBase &kb = m_options.knowledgeBase ? *m_options.knowledgeBase : KnowledgeBase::bundled();
    article.mentions.clear();
    article.times.clear();
    article.quantities.clear();
    article.claims.clear();
    article.measured.clear();
    // Only containers this article owns alone are trimmed: trimming a shared one would copy it.
    // Nor are the long article's lists of 32 MiB and more: malloc gives them pages of their own,
    // and the pages past their size were never written, so they cost no memory, while trimming
    // copies the list whole with the old one still alive (the peak of one 20 MB article's
    // analysis, tests/bench/README.md, eighth pass).
    const auto trim = [](auto &container) {
        constexpr qsizetype ownPages = qsizetype(32) << 20;
        using Item = std::remove_cvref_t<decltype(*container.cbegin())>;
        if (container.isDetached() && container.capacity() > container.size()
            && container.capacity() * qsizetype(sizeof(Item)) < ownPages)
            container.squeeze();
    };
    // The segmenter's tokens served to find the sentences; no step or report reads them, and
    // they are 24 bytes a token: dropped before the steps' own working lists are built, not
    // after, so a long article's peak does not hold them (tests/bench/README.md).
    article.tokens = QList<Token>();
    // The text and its structure are final once loaded: trimmed before the steps grow theirs.
    trim(article.text);
    trim(article.originalText);
    // A plain-text file's normalised text is its original up to the final newline, and both
    // are kept until the report is written: one buffer holds both (2 bytes a character less).
    if (!article.text.isEmpty() && QStringView(article.originalText).startsWith(article.text))
        article.text = textSlice(article.originalText, 0, article.text.size());
    article.offsets.squeeze();
    trim(article.paragraphs);
    trim(article.sentences);
    if (isCancelled())
        return false;
    recogniseNames(article, kb);
    if (isCancelled())
        return false;
    recogniseTimes(article);
    dropNamesInsideTimes(article);
    if (isCancelled())
        return false;
    recogniseQuantities(article);
    if (isCancelled())
        return false;
    // Stable order: by position, then longer first, then by type.
    std::stable_sort(article.mentions.begin(), article.mentions.end(), [](const Mention &a, const Mention &b) {
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.end != b.span.end)
            return a.span.end > b.span.end;
        return a.type < b.type;
    });
    // What the article keeps until the report is written was grown by appending: up to twice
    // its size in capacity. Each list is trimmed as soon as its step is done, not at the end:
    // on one long article the slack of the mentions and claims lists was a tenth of the peak,
    // reached while the measured claims are built (tests/bench/README.md, fifth pass).
    // Their texts as written are the article's text at their spans: shared with it instead of
    // a buffer each (text/TextSlice.h), about 100 bytes less per mention with malloc's overhead.
    for (Mention &m : article.mentions) {
        m.rule = sharedName(m.rule);
        shareWithText(m.text, article.text, m.span.start, m.span.length());
    }
    for (Quantity &q : article.quantities) {
        q.rule = sharedName(q.rule);
        shareWithText(q.text, article.text, q.span.start, q.span.length());
    }
    for (TimeExpression &t : article.times) {
        t.rule = sharedName(t.rule);
        shareWithText(t.text, article.text, t.span.start, t.span.length());
    }
    trim(article.mentions);
    trim(article.times);
    trim(article.quantities);
    // Claims, both the event claims and a measured claim for every value, unless the caller
    // wants mentions only (tag).
    bool complete = true;
    if (m_options.claims) {
        complete = extractClaims(article, m_options.cancelled);
        trim(article.claims);
        for (Claim &c : article.claims)
            shareWithText(c.trigger, article.text, c.triggerSpan.start, c.triggerSpan.length());
        if (complete)
            extractMeasuredClaims(article);
        // Each measured claim's strings and lists were shared and trimmed as it was kept
        // (claims/MeasuredClaims.cpp).
        trim(article.measured);
    }
    shareEqualStrings(article);
    if (article.text.size() >= longTextUnits)
        returnFreedMemory();
    return complete;
}

bool Analyzer::analyzeArticles(QList<Article> &articles) const
{
    // Each article is analysed on its own (the knowledge base and the language rules are
    // read-only), so the threads share nothing but the list, detached here once.
    Article *data = articles.data();
    const qsizetype total = articles.size();
    std::atomic<qsizetype> done{0};
    return parallelFor(total, m_options.threads, [&](qsizetype i) {
        if (!analyzeArticle(data[i]))
            return false;
        if (m_options.progress)
            m_options.progress(++done, total, data[i]);
        return true;
    });
}

Report Analyzer::analyze(QList<Article> articles) const
{
    Report report;
    for (qsizetype i = 0; i < articles.size(); ++i)
        articles[i].id = QStringLiteral("d%1").arg(i + 1);
    if (!analyzeArticles(articles))
        return report; // cancelled: nothing of it is used
    return finish(std::move(articles));
}

InputsRun Analyzer::analyzeInputs(const QList<ArticleInput> &inputs, ArticleCache *cache) const
{
    InputsRun run;
    QList<Article> articles;
    QList<qsizetype> pending; // positions in `articles` of the ones to analyse now
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const ArticleInput &input = inputs.at(i);
        std::optional<Article> article;
        if (cache && !input.cacheKey.isEmpty())
            article = cache->find(i, input.cacheKey, &run.diagnostics);
        if (article) {
            ++run.cacheHits;
        } else {
            LoadResult loaded = input.load();
            if (!loaded.ok()) {
                run.diagnostics << loaded.diagnostics;
                continue;
            }
            article = std::move(loaded.article);
            pending.append(articles.size());
        }
        article->id = QStringLiteral("d%1").arg(articles.size() + 1);
        run.inputOf.append(i);
        articles.append(std::move(*article));
    }
    // The misses are analysed together on the thread pool, then put back in their places.
    QList<Article> toAnalyse;
    toAnalyse.reserve(pending.size());
    for (const qsizetype at : std::as_const(pending))
        toAnalyse.append(std::move(articles[at]));
    if (!analyzeArticles(toAnalyse) || isCancelled())
        return run; // cancelled: a partly analysed article must never reach the cache
    for (qsizetype k = 0; k < pending.size(); ++k) {
        const qsizetype at = pending.at(k);
        const qsizetype input = run.inputOf.at(at);
        if (cache && !inputs.at(input).cacheKey.isEmpty())
            cache->store(input, inputs.at(input).cacheKey, toAnalyse.at(k));
        articles[at] = std::move(toAnalyse[k]);
        ++run.analysed;
    }
    run.report = finish(std::move(articles));
    return run;
}

Report Analyzer::finish(QList<Article> articles) const
{
    Report report;
    const KnowledgeBase &kb = m_options.knowledgeBase ? *m_options.knowledgeBase : KnowledgeBase::bundled();
    report.entities = resolveEntities(articles, kb);
    report.articles = std::move(articles);
    if (isCancelled())
        return report;
    qsizetype textUnits = 0;
    for (const Article &a : std::as_const(report.articles))
        textUnits += a.text.size();
    const bool longText = textUnits >= longTextUnits;
    if (longText)
        returnFreedMemory(); // before the checks build their lists beside what entities freed
    report.findings = runChecks(report);
    if (isCancelled())
        return report;
    if (longText)
        returnFreedMemory();
    report.timeline = buildTimeline(report);
    return report;
}

} // namespace fc
