#include "HtmlReport.h"

#include "HtmlText.h"
#include "MarkedText.h"
#include "ReportVocabulary.h"
#include "SvgTimeline.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace fc {

namespace {

// lupdate files the strings of this free tr() under the namespace's context, "fc"; the
// lookup must use the same one, or the catalogue's translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("fc", text);
}

QString esc(QStringView s)
{
    return htmlEscaped(s);
}

QString styleSheet()
{
    QString css = QStringLiteral(R"(
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 15px; line-height: 1.5;
       color: #1d1d1f; background: #fafaf7; margin: 0 auto; max-width: 1080px; padding: 24px 32px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; border-bottom: 2px solid #d8d8d0; padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 17px; margin: 0 0 2px; }
.sub, .meta { color: #5a5a5a; font-size: 13px; }
nav a { margin-right: 14px; }
a { color: #1a56a8; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { border: 1px solid #d8d8d0; padding: 5px 8px; vertical-align: top; text-align: left; }
th { background: #efefe8; }
.sev { font-weight: bold; white-space: nowrap; }
.sev-high { color: #b3261e; } .sev-medium { color: #b86b00; } .sev-low { color: #4a6fa5; } .sev-info { color: #5f6b5f; }
.summary-id { color: #5a5a5a; font-style: italic; display: block; }
.evidence { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 330px; }
.status { white-space: nowrap; }
.status-confirmed { color: #2e7d32; } .status-dismissed { color: #757575; } .status-needs_check { color: #b86b00; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 16px; padding: 0; list-style: none; }
.legend li { padding: 1px 8px; border-radius: 3px; font-size: 13px; }
article { background: #fff; border: 1px solid #d8d8d0; border-radius: 4px; padding: 16px 20px; margin: 16px 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin-top: 10px; }
.m { border-radius: 2px; border-bottom: 2px solid transparent; }
/* Evidence: a red band over and under the words, continuous across the nested mentions a
   span may hold; an outline per piece boxed every nested name and bracket on its own. */
.ev, .m.ev { border-top: 2px solid #b3261e; border-bottom: 2px solid #b3261e; }
.anchor:target + span, .anchor:target + span .ev { background: #ffeb3b; }
:target { scroll-margin-top: 40px; }
.tag { font-size: 11px; color: #444; border: 1px solid #bbb; border-radius: 3px; padding: 0 3px; margin-left: 2px; }
svg.timeline { width: 100%; max-width: 100%; height: auto; background: #fff; border: 1px solid #d8d8d0; }
svg .lane { stroke: #d8d8d0; stroke-width: 1; }
svg .axis, svg .tick { stroke: #555; stroke-width: 1; }
svg text { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 12px; fill: #333; }
svg .event { fill: #1a56a8; stroke: #fff; stroke-width: 1.5; }
svg .event.conflict { fill: #b3261e; }
svg .conflict-link { stroke: #b3261e; stroke-width: 2; stroke-dasharray: 5 3; }
svg .event.outside { fill-opacity: 0.35; stroke: #1a56a8; stroke-dasharray: 2 2; }
svg .outside-label { font-size: 11px; fill: #5a5a5a; }
.none { color: #5a5a5a; font-style: italic; }
@media print {
  body { background: #fff; max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  article { border: none; padding: 0; page-break-before: always; }
  table { page-break-inside: auto; } tr { page-break-inside: avoid; }
  .evidence { white-space: normal; max-width: none; }
  .m { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .ev, .m.ev { border-top-color: #000; border-bottom-color: #000; }
}
)");
    for (const MentionType t : vocabulary::mentionTypes()) {
        css += QStringLiteral(".m-%1 { background: %2; border-bottom-color: %3; }\n")
                   .arg(mentionTypeCode(t), vocabulary::typeColour(t), vocabulary::typeBorder(t));
    }
    return css;
}

QString severityCell(Severity s)
{
    return QStringLiteral("<td class=\"sev sev-%1\">%2</td>").arg(severityCode(s), esc(vocabulary::severityName(s)));
}

QString mentionTitle(const Report &report, const Mention &m)
{
    QString title = vocabulary::typeName(m.type);
    if (const QString value = vocabulary::mentionValue(m); !value.isEmpty())
        title += QStringLiteral(" = ") + value;
    if (const Entity *e = report.entity(m.entityId))
        title += QStringLiteral(" · ") + e->name;
    return title;
}

QString findingsSection(const Report &report, const ReportExtras &extras)
{
    QString html = QStringLiteral("<section id=\"findings\">\n<h2>") + esc(tr("Findings")) + QStringLiteral("</h2>\n");
    if (report.findings.isEmpty())
        return html + QStringLiteral("<p class=\"none\">") + esc(tr("No findings."))
            + QStringLiteral("</p>\n</section>\n");
    const bool reviews = extras.hasReviews();
    html += QStringLiteral("<table>\n<thead><tr><th>#</th><th>") + esc(tr("Severity")) + QStringLiteral("</th><th>")
        + esc(tr("Kind")) + QStringLiteral("</th><th>") + esc(tr("Summary")) + QStringLiteral("</th><th>")
        + esc(tr("Evidence")) + QStringLiteral("</th>");
    if (reviews)
        html += QStringLiteral("<th>") + esc(tr("Status")) + QStringLiteral("</th><th>") + esc(tr("Note"))
            + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto &f : report.findings) {
        html += QStringLiteral("<tr id=\"finding-") + esc(f.id) + QStringLiteral("\"><td>") + esc(f.id)
            + QStringLiteral("</td>") + severityCell(f.severity) + QStringLiteral("<td class=\"kind\" title=\"")
            + esc(f.kind) + QStringLiteral("\">") + esc(vocabulary::kindName(f.kind)) + QStringLiteral("</td><td>")
            + esc(f.summary);
        if (!f.summaryId.isEmpty())
            html += QStringLiteral("<span class=\"summary-id\" lang=\"id\">") + esc(f.summaryId)
                + QStringLiteral("</span>");
        if (const QStringList match = vocabulary::matchLines(f); !match.isEmpty())
            html += QStringLiteral("<span class=\"match\" style=\"display: block; font-size: 85%; color: #5a5a5a\">")
                + esc(match.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                + QStringLiteral("</span>");
        html += QStringLiteral("</td><td>");
        for (qsizetype i = 0; i < f.evidence.size(); ++i) {
            const Evidence &ev = f.evidence.at(i);
            const Article *a = report.article(ev.doc);
            const QString where = a ? vocabulary::documentTitle(*a) : ev.doc;
            html += QStringLiteral("<a class=\"evidence\" href=\"#") + evidenceAnchorId(f, i)
                + QStringLiteral("\" title=\"") + esc(where) + QStringLiteral("\">") + esc(ev.doc)
                + QStringLiteral(": \u201c") + esc(ev.text) + QStringLiteral("\u201d");
            if (!ev.value.isEmpty())
                html += QStringLiteral(" <span class=\"tag\">") + esc(ev.value) + QStringLiteral("</span>");
            if (vocabulary::lowConfidence(report, ev))
                html += QStringLiteral(" <span class=\"tag low-confidence\">\u26a0 ")
                    + esc(vocabulary::lowConfidenceLabel()) + QStringLiteral("</span>");
            html += QStringLiteral("</a>");
        }
        html += QStringLiteral("</td>");
        if (reviews) {
            const ReportReview r = extras.reviewFor(f.key);
            const QString statusClass =
                QString(r.status).replace(QRegularExpression(QStringLiteral("[^a-z_]")), QString());
            html += QStringLiteral("<td class=\"status status-") + statusClass + QStringLiteral("\">")
                + esc(r.status.isEmpty() ? QStringLiteral("\u2014") : reviewStatusWithReviewer(r))
                + QStringLiteral("</td><td>") + esc(r.note) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString timelineSection(const Report &report)
{
    QString html = QStringLiteral("<section id=\"timeline\">\n<h2>") + esc(tr("Timeline")) + QStringLiteral("</h2>\n");
    const QString svg = timelineSvg(report);
    if (svg.isEmpty())
        return html + QStringLiteral("<p class=\"none\">") + esc(tr("No dated events."))
            + QStringLiteral("</p>\n</section>\n");
    html += svg;
    html += QStringLiteral("<table>\n<thead><tr><th>") + esc(tr("Date")) + QStringLiteral("</th><th>")
        + esc(tr("Article")) + QStringLiteral("</th><th>") + esc(tr("Event")) + QStringLiteral("</th><th>")
        + esc(tr("Disputed by")) + QStringLiteral("</th></tr></thead>\n<tbody>\n");
    for (qsizetype i = 0; i < report.timeline.size(); ++i) {
        const auto &t = report.timeline.at(i);
        html += QStringLiteral("<tr><td>") + esc(t.date.isValid() ? t.date.iso() : tr("unresolved"))
            + QStringLiteral("</td><td>") + esc(t.doc) + QStringLiteral("</td><td><a href=\"#") + timelineAnchorId(i)
            + QStringLiteral("\">") + esc(t.label) + QStringLiteral("</a></td><td>");
        QStringList links;
        for (const auto &f : t.findings)
            links << QStringLiteral("<a href=\"#finding-") + esc(f) + QStringLiteral("\">") + esc(f)
                    + QStringLiteral("</a>");
        html += links.join(QStringLiteral(", ")) + QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString entitiesSection(const Report &report)
{
    QString html = QStringLiteral("<section id=\"entities\">\n<h2>") + esc(tr("Entities")) + QStringLiteral("</h2>\n");
    if (report.entities.isEmpty())
        return html + QStringLiteral("<p class=\"none\">") + esc(tr("No entities."))
            + QStringLiteral("</p>\n</section>\n");
    html += QStringLiteral("<table>\n<thead><tr><th>") + esc(tr("Type")) + QStringLiteral("</th><th>") + esc(tr("Name"))
        + QStringLiteral("</th><th>") + esc(tr("Variants")) + QStringLiteral("</th><th>") + esc(tr("Articles"))
        + QStringLiteral("</th><th>") + esc(tr("Knowledge base")) + QStringLiteral("</th></tr></thead>\n<tbody>\n");
    static const QRegularExpression wikidataId(QStringLiteral("^Q[0-9]+$"));
    for (const auto &e : report.entities) {
        html += QStringLiteral("<tr id=\"entity-") + esc(e.id) + QStringLiteral("\"><td><span class=\"m m-")
            + mentionTypeCode(e.type) + QStringLiteral("\">") + esc(vocabulary::typeName(e.type))
            + QStringLiteral("</span></td><td>") + esc(e.name) + QStringLiteral("</td><td>")
            + esc(e.variants.join(QStringLiteral(", "))) + QStringLiteral("</td><td>");
        QStringList docs;
        for (const auto &d : e.documents)
            docs << QStringLiteral("<a href=\"#doc-") + esc(d) + QStringLiteral("\">") + esc(d)
                    + QStringLiteral("</a>");
        html += docs.join(QStringLiteral(", ")) + QStringLiteral("</td><td>");
        // Only a well-formed Wikidata id becomes a link: the id is data and could be anything.
        if (wikidataId.match(e.kb).hasMatch())
            html += QStringLiteral("<a href=\"https://www.wikidata.org/wiki/") + e.kb + QStringLiteral("\">") + e.kb
                + QStringLiteral("</a>");
        else
            html += esc(e.kb);
        html += QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

// A word of a screenshot read with little confidence, boxed with a dashed line (styled inline,
// so reports without such words keep their bytes), title giving the confidence.
QString doubtfulWord(const QString &escapedText, const QString &title)
{
    return QStringLiteral("<span class=\"ocr-low\" style=\"outline: 1px dashed #b00020; outline-offset: 1px\"")
        + (title.isEmpty() ? QString() : QStringLiteral(" title=\"") + esc(title) + QStringLiteral("\""))
        + QStringLiteral(">") + escapedText + QStringLiteral("</span>");
}

QString legend(const Report &report)
{
    QString html = QStringLiteral("<ul class=\"legend\" aria-label=\"") + esc(tr("Legend")) + QStringLiteral("\">");
    for (const MentionType t : vocabulary::mentionTypes()) {
        html += QStringLiteral("<li class=\"m m-") + mentionTypeCode(t) + QStringLiteral("\">") + mentionTypeCode(t)
            + QStringLiteral(" \u00b7 ") + esc(vocabulary::typeName(t)) + QStringLiteral("</li>");
    }
    html += QStringLiteral("<li class=\"ev\">") + esc(tr("evidence of a finding")) + QStringLiteral("</li>");
    if (std::any_of(report.articles.cbegin(), report.articles.cend(),
                    [](const Article &a) { return !a.lowConfidence.isEmpty(); }))
        html += QStringLiteral("<li>") + doubtfulWord(esc(tr("word")), QString()) + QStringLiteral(" ")
            + esc(vocabulary::lowConfidenceLabel()) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>\n");
}

QString articleText(const Report &report, const Article &article)
{
    QString html;
    const QList<TextSegment> segments = segmentArticle(article, anchorsOf(report, article.id));
    for (const auto &seg : segments) {
        for (const auto &id : seg.anchorsHere)
            html += QStringLiteral("<a class=\"anchor\" id=\"") + id + QStringLiteral("\"></a>");
        QString text = esc(article.textOf(seg.span));
        if (seg.lowConfidence >= 0)
            text = doubtfulWord(text, vocabulary::lowConfidenceWordLabel(seg.lowConfidence));
        if (seg.inEvidence)
            text = QStringLiteral("<span class=\"ev\">") + text + QStringLiteral("</span>");
        if (seg.mention) {
            // A mention with a doubtful word of a screenshot says so in its title and is
            // underlined with a wavy line (styled here, so other reports keep their bytes).
            const bool doubtful = vocabulary::lowConfidence(article, *seg.mention);
            QString title = mentionTitle(report, *seg.mention);
            if (doubtful)
                title += QStringLiteral(" \u00b7 ") + vocabulary::lowConfidenceLabel();
            text = QStringLiteral("<span class=\"m m-") + mentionTypeCode(seg.mention->type)
                + (doubtful ? QStringLiteral(" low-confidence\" style=\"text-decoration: underline wavy #b00020")
                            : QString())
                + QStringLiteral("\" title=\"") + esc(title) + QStringLiteral("\">") + text + QStringLiteral("</span>");
        }
        html += text;
    }
    return html;
}

QString articlesSection(const Report &report)
{
    QString html = QStringLiteral("<section id=\"articles\">\n<h2>") + esc(tr("Articles")) + QStringLiteral("</h2>\n");
    html += legend(report);
    for (const auto &a : report.articles) {
        html += QStringLiteral("<article id=\"doc-") + esc(a.id) + QStringLiteral("\" lang=\"")
            + esc(a.meta.language.isEmpty() ? QStringLiteral("und") : a.meta.language) + QStringLiteral("\">\n<h3>")
            + esc(a.id) + QStringLiteral(" \u00b7 ") + esc(vocabulary::documentTitle(a)) + QStringLiteral("</h3>\n");
        html += QStringLiteral("<div class=\"meta\">") + esc(vocabulary::publishedLine(a)) + QStringLiteral("</div>\n");
        html += QStringLiteral("<div class=\"meta\">") + esc(a.source) + QStringLiteral("</div>\n");
        html +=
            QStringLiteral("<div class=\"text\">") + articleText(report, a) + QStringLiteral("</div>\n</article>\n");
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace

QByteArray writeHtmlReport(const Report &report, const ReportExtras &extras)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // No script, no fetch: the report must stay inert whatever the articles contain.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
    html += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"factcheck ") + esc(QStringLiteral(FACTCHECK_VERSION))
        + QStringLiteral("\">\n");
    html += QStringLiteral("<title>") + esc(tr("Fact-check report")) + QStringLiteral("</title>\n<style>")
        + styleSheet() + QStringLiteral("</style>\n</head>\n<body>\n<header>\n<h1>") + esc(tr("Fact-check report"))
        + QStringLiteral("</h1>\n<p class=\"sub\">") + esc(vocabulary::reportCounts(report))
        + QStringLiteral("</p>\n<nav><a href=\"#findings\">") + esc(tr("Findings"))
        + QStringLiteral("</a><a href=\"#timeline\">") + esc(tr("Timeline"))
        + QStringLiteral("</a><a href=\"#entities\">") + esc(tr("Entities"))
        + QStringLiteral("</a><a href=\"#articles\">") + esc(tr("Articles"))
        + QStringLiteral("</a></nav>\n</header>\n");
    html += findingsSection(report, extras);
    html += timelineSection(report);
    html += entitiesSection(report);
    html += articlesSection(report);
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace fc
