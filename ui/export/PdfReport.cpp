#include "PdfReport.h"

#include "HtmlText.h"
#include "MarkedText.h"
#include "ReportVocabulary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

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

// QTextDocument ignores white-space: pre-wrap inside tables; paragraphs become <p> and
// line breaks <br> so the article keeps its shape.
QString withBreaks(const QString &escaped)
{
    return QString(escaped).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// QTextDocument shares table width out by content unless told: give every column its share,
// so short codes ("date_conflict") are never broken mid-word.
QString th(const QString &s, int widthPercent)
{
    return QStringLiteral("<th width=\"%1%\" style=\"background-color:#efefe8\">").arg(widthPercent) + esc(s)
        + QStringLiteral("</th>");
}

QString td(const QString &escapedHtml)
{
    return QStringLiteral("<td>") + escapedHtml + QStringLiteral("</td>");
}

QString articleHtml(const Report &report, const Article &article)
{
    QString html;
    for (const auto &seg : segmentArticle(article, anchorsOf(report, article.id))) {
        for (const auto &id : seg.anchorsHere)
            html += QStringLiteral("<a name=\"") + id + QStringLiteral("\"></a>");
        QString text = withBreaks(esc(article.textOf(seg.span)));
        QString style;
        if (seg.mention)
            style += QStringLiteral("background-color:%1;").arg(vocabulary::typeColour(seg.mention->type));
        if (seg.inEvidence)
            style += QStringLiteral("text-decoration:underline;color:#8a1c15;");
        // A word of a screenshot read with little confidence: italic, and its confidence after
        // it (paper has no tooltip).
        if (seg.lowConfidence >= 0)
            style += QStringLiteral("font-style:italic;");
        if (!style.isEmpty())
            text = QStringLiteral("<span style=\"") + style + QStringLiteral("\">") + text + QStringLiteral("</span>");
        if (seg.lowConfidence >= 0 && seg.lowConfidenceEnd)
            text += QStringLiteral("<sup style=\"color:#b00020\">?%1</sup>").arg(seg.lowConfidence);
        for (const Mention *m : seg.endingHere)
            text +=
                QStringLiteral("<sub style=\"color:#555555\">") + mentionTypeCode(m->type) + QStringLiteral("</sub>");
        html += text;
    }
    return html;
}

} // namespace

QString pdfDocumentHtml(const Report &report, const ReportExtras &extras)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>") + esc(tr("Fact-check report")) + QStringLiteral("</h1>");
    html +=
        QStringLiteral("<p style=\"color:#5a5a5a\">") + esc(vocabulary::reportCounts(report)) + QStringLiteral("</p>");

    const QString table = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-color:#bbbbbb\">");
    html += QStringLiteral("<h2>") + esc(tr("Findings")) + QStringLiteral("</h2>");
    if (report.findings.isEmpty()) {
        html += QStringLiteral("<p><i>") + esc(tr("No findings.")) + QStringLiteral("</i></p>");
    } else {
        const bool reviews = extras.hasReviews();
        html += table + QStringLiteral("<tr>") + th(QStringLiteral("#"), 4) + th(tr("Severity"), 11)
            + th(tr("Kind"), reviews ? 12 : 13) + th(tr("Summary"), reviews ? 22 : 38)
            + th(tr("Evidence"), reviews ? 21 : 31);
        if (reviews)
            html += th(tr("Status"), 13) + th(tr("Note"), 13);
        html += QStringLiteral("</tr>");
        for (const auto &f : report.findings) {
            QStringList evidence;
            for (const auto &ev : f.evidence)
                evidence << esc(ev.doc) + QStringLiteral(": \u201c") + esc(ev.text) + QStringLiteral("\u201d");
            QString summary = esc(f.summary);
            if (!f.summaryId.isEmpty())
                summary += QStringLiteral("<br><i>") + esc(f.summaryId) + QStringLiteral("</i>");
            // Why two measured claims were matched, as the other formats show it.
            for (const QString &line : vocabulary::matchLines(f))
                summary += QStringLiteral("<br><small>") + esc(line) + QStringLiteral("</small>");
            html += QStringLiteral("<tr>") + td(esc(f.id))
                + QStringLiteral("<td style=\"color:%1\"><b>").arg(vocabulary::severityColour(f.severity))
                + esc(vocabulary::severityName(f.severity)) + QStringLiteral("</b></td>")
                + td(esc(vocabulary::kindName(f.kind))) + td(summary) + td(evidence.join(QStringLiteral("<br>")));
            if (reviews) {
                const ReportReview r = extras.reviewFor(f.key);
                html += td(esc(reviewStatusWithReviewer(r))) + td(esc(r.note));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>") + esc(tr("Timeline")) + QStringLiteral("</h2>");
    if (report.timeline.isEmpty()) {
        html += QStringLiteral("<p><i>") + esc(tr("No dated events.")) + QStringLiteral("</i></p>");
    } else {
        html += table + QStringLiteral("<tr>") + th(tr("Date"), 15) + th(tr("Article"), 10) + th(tr("Event"), 57)
            + th(tr("Disputed by"), 15) + QStringLiteral("</tr>");
        for (const auto &t : report.timeline) {
            const QString colour = t.findings.isEmpty() ? QString() : QStringLiteral(" style=\"color:#b3261e\"");
            html += QStringLiteral("<tr><td") + colour + QStringLiteral(">")
                + esc(t.date.isValid() ? t.date.iso() : tr("unresolved")) + QStringLiteral("</td>") + td(esc(t.doc))
                + td(esc(t.label)) + td(esc(t.findings.join(QStringLiteral(", ")))) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>") + esc(tr("Entities")) + QStringLiteral("</h2>");
    if (report.entities.isEmpty()) {
        html += QStringLiteral("<p><i>") + esc(tr("No entities.")) + QStringLiteral("</i></p>");
    } else {
        html += table + QStringLiteral("<tr>") + th(tr("Type"), 14) + th(tr("Name"), 28) + th(tr("Variants"), 29)
            + th(tr("Articles"), 12) + th(tr("Knowledge base"), 14) + QStringLiteral("</tr>");
        for (const auto &e : report.entities) {
            html += QStringLiteral("<tr><td style=\"background-color:%1\">").arg(vocabulary::typeColour(e.type))
                + esc(vocabulary::typeName(e.type)) + QStringLiteral("</td>") + td(esc(e.name))
                + td(esc(e.variants.join(QStringLiteral(", ")))) + td(esc(e.documents.join(QStringLiteral(", "))))
                + td(esc(e.kb)) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>") + esc(tr("Articles")) + QStringLiteral("</h2><p>");
    QStringList legend;
    for (const MentionType t : vocabulary::mentionTypes()) {
        legend << QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2 %3&nbsp;</span>")
                      .arg(vocabulary::typeColour(t), mentionTypeCode(t), esc(vocabulary::typeName(t)));
    }
    html += legend.join(QStringLiteral(" "))
        + QStringLiteral(" <span style=\"text-decoration:underline;color:#8a1c15\">") + esc(tr("evidence of a finding"))
        + QStringLiteral("</span>");
    if (std::any_of(report.articles.cbegin(), report.articles.cend(),
                    [](const Article &a) { return !a.lowConfidence.isEmpty(); }))
        html += QStringLiteral(" <i>") + esc(tr("word")) + QStringLiteral("</i><sup style=\"color:#b00020\">?35</sup> ")
            + esc(vocabulary::lowConfidenceWordLabel(35));
    html += QStringLiteral("</p>");
    for (const auto &a : report.articles) {
        html += QStringLiteral("<h3>") + esc(a.id) + QStringLiteral(" \u00b7 ") + esc(vocabulary::documentTitle(a))
            + QStringLiteral("</h3><p style=\"color:#5a5a5a\">") + esc(vocabulary::publishedLine(a))
            + QStringLiteral("<br>") + esc(a.source) + QStringLiteral("</p><p>") + articleHtml(report, a)
            + QStringLiteral("</p>");
    }
    return html + QStringLiteral("</body></html>");
}

bool writePdfReport(const Report &report, const ReportExtras &extras, QByteArray *pdf, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("fc::ReportWriter",
                                             "PDF export needs the graphical libraries "
                                             "(run with a QGuiApplication)");
        return false;
    }
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print adds its own 2 cm margin on every side; the writer adds none.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Fact-check report"));
    writer.setCreator(QStringLiteral("factcheck " FACTCHECK_VERSION));

    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    // No "fi"/"fl" ligatures: text copied or searched in the PDF must read like the article.
    font.setFeature(QFont::Tag("liga"), 0);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 14px; } "
                                            "h3 { font-size: 12pt; margin-top: 12px; } th { text-align: left; }"));
    // setHtml parses markup only; nothing in it is ever run, and every article text is escaped anyway.
    doc.setHtml(pdfDocumentHtml(report, extras));
    doc.print(&writer);
    if (pdf->isEmpty()) {
        *error = QCoreApplication::translate("fc::ReportWriter", "the PDF could not be produced");
        return false;
    }
    return true;
}

} // namespace fc
