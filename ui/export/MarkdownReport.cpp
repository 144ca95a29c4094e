#include "MarkdownReport.h"

#include "MarkedText.h"
#include "ReportVocabulary.h"
#include "report/CodePointIndex.h"

#include <QCoreApplication>

#include <algorithm>

namespace fc {

QString markdownEscaped(QStringView text, bool inTable)
{
    // The characters that open markup anywhere in a line in CommonMark or GFM. '(' and '!'
    // only matter next to '[' and ']', which are escaped; line-start markers are handled
    // where lines are known (protectLineStarts).
    static const QString special = QStringLiteral("\\`*_{}[]<>#|~&");
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += inTable ? QStringLiteral(" ") : QString(c);
        } else if (c.unicode() < 0x20 && c != u'\t') {
            out += QChar(0xfffd);
        } else if (special.contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    // "1. " at a line start would become a list; "javascript:" is harmless once brackets are escaped.
    return out;
}

namespace {

// lupdate files the strings of this free tr() under the namespace's context, "fc"; the
// lookup must use the same one, or the catalogue's translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("fc", text);
}

QString cell(QStringView s)
{
    return markdownEscaped(s, true);
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString header(const QStringList &cells)
{
    QStringList rule;
    for (qsizetype i = 0; i < cells.size(); ++i)
        rule << QStringLiteral("---");
    return row(cells) + row(rule);
}

// List items ("- ", "+ ", "12. ") and setext underlines ("===") at a line start are escaped
// here, where lines are known.
QString protectLineStarts(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        qsizetype i = 0;
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        if (i < line.size() && (line.at(i) == u'-' || line.at(i) == u'+' || line.at(i) == u'=')) {
            line.insert(i, QLatin1Char('\\'));
            continue;
        }
        const qsizetype digits = i;
        while (i < line.size() && line.at(i).isDigit())
            ++i;
        if (i > digits && i < line.size() && (line.at(i) == u'.' || line.at(i) == u')'))
            line.insert(i, QLatin1Char('\\'));
    }
    return lines.join(QLatin1Char('\n'));
}

// A mark must not span a paragraph break: each line of the mention gets its own bold run.
QString markedMention(QStringView raw, const QString &type)
{
    QString md;
    const QStringList parts = raw.toString().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            md += QLatin1Char('\n');
        const QString &p = parts.at(i);
        qsizetype lead = 0;
        while (lead < p.size() && p.at(lead).isSpace())
            ++lead;
        const QString trimmed = p.trimmed();
        if (trimmed.isEmpty()) {
            md += p;
            continue;
        }
        md += p.left(lead) + QStringLiteral("**") + markdownEscaped(trimmed) + QStringLiteral("**")
            + p.mid(lead + trimmed.size());
    }
    return md + QLatin1Char('`') + type + QLatin1Char('`');
}

// Text outside the mentions, [from, to) of the article: the words of a screenshot read with
// little confidence in italics with their confidence after them, *Gamt*`?41`, as the PDF
// report has them (a part of such a word outside a mention that holds no letter or digit,
// the full stop after "Garut", stays plain: the mention's tag marks the word).
QString plainText(const Article &article, qsizetype from, qsizetype to)
{
    const QStringView text(article.text);
    const QList<LowConfidenceWord> &words = article.lowConfidence;
    auto word = std::lower_bound(words.cbegin(), words.cend(), from,
                                 [](const LowConfidenceWord &w, qsizetype at) { return w.span.end <= at; });
    QString md;
    qsizetype pos = from;
    for (; word != words.cend() && word->span.start < to; ++word) {
        const qsizetype start = std::max(word->span.start, pos);
        const qsizetype end = std::min(word->span.end, to);
        const QStringView part = text.mid(start, end - start);
        if (end <= start || std::none_of(part.cbegin(), part.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        md += markdownEscaped(text.mid(pos, start - pos)) + QLatin1Char('*') + markdownEscaped(part)
            + QStringLiteral("*`?") + QString::number(word->confidence) + QLatin1Char('`');
        pos = end;
    }
    return md + markdownEscaped(text.mid(pos, to - pos));
}

QString articleText(const Article &article)
{
    QString md;
    qsizetype pos = 0;
    for (const qsizetype i : outermostMentions(article)) {
        const Mention &m = article.mentions.at(i);
        md += plainText(article, pos, m.span.start);
        // A mention holding a doubtful word of a screenshot: its type tag says so ("LOC?").
        md += markedMention(article.textOf(m.span),
                            mentionTypeCode(m.type)
                                + (vocabulary::lowConfidence(article, m) ? QStringLiteral("?") : QString()));
        pos = m.span.end;
    }
    md += plainText(article, pos, article.text.size());
    return protectLineStarts(md);
}

} // namespace

QByteArray writeMarkdownReport(const Report &report, const ReportExtras &extras)
{
    QString md;
    md += QStringLiteral("# ") + tr("Fact-check report") + QStringLiteral("\n\n");
    md += vocabulary::reportCounts(report) + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Findings") + QStringLiteral("\n\n");
    if (report.findings.isEmpty()) {
        md += tr("No findings.") + QStringLiteral("\n\n");
    } else {
        const bool reviews = extras.hasReviews();
        QStringList head{QStringLiteral("#"), tr("Severity"), tr("Kind"), tr("Summary"), tr("Evidence")};
        if (reviews)
            head << tr("Status") << tr("Note");
        md += header(head);
        for (const auto &f : report.findings) {
            QStringList evidence;
            for (const auto &ev : f.evidence) {
                const Article *a = report.article(ev.doc);
                const qsizetype start = a ? CodePointIndex(a->text).toCodePoint(ev.span.start) : ev.span.start;
                evidence << cell(ev.doc) + QStringLiteral(" @") + QString::number(start) + QStringLiteral(": \u201c")
                        + cell(ev.text) + QStringLiteral("\u201d")
                        + (ev.value.isEmpty() ? QString() : QStringLiteral(" (") + cell(ev.value) + QStringLiteral(")"))
                        + (vocabulary::lowConfidence(report, ev) ? QStringLiteral(" \u26a0 _")
                                   + cell(vocabulary::lowConfidenceLabel()) + QStringLiteral("_")
                                                                 : QString());
            }
            QString summary = cell(f.summary);
            if (!f.summaryId.isEmpty())
                summary += QStringLiteral("<br>_") + cell(f.summaryId) + QStringLiteral("_");
            for (const QString &line : vocabulary::matchLines(f))
                summary += QStringLiteral("<br>") + cell(line);
            QStringList cells{cell(f.id), cell(vocabulary::severityName(f.severity)),
                              cell(vocabulary::kindName(f.kind)), summary, evidence.join(QStringLiteral("<br>"))};
            if (reviews) {
                const ReportReview r = extras.reviewFor(f.key);
                cells << cell(reviewStatusWithReviewer(r)) << cell(r.note);
            }
            md += row(cells);
        }
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## ") + tr("Entities") + QStringLiteral("\n\n");
    if (report.entities.isEmpty()) {
        md += tr("No entities.") + QStringLiteral("\n\n");
    } else {
        md += header({tr("Type"), tr("Name"), tr("Variants"), tr("Articles"), tr("Knowledge base")});
        for (const auto &e : report.entities) {
            md += row({mentionTypeCode(e.type), cell(e.name), cell(e.variants.join(QStringLiteral(", "))),
                       cell(e.documents.join(QStringLiteral(", "))), cell(e.kb)});
        }
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## ") + tr("Timeline") + QStringLiteral("\n\n");
    if (report.timeline.isEmpty()) {
        md += tr("No dated events.") + QStringLiteral("\n\n");
    } else {
        md += header({tr("Date"), tr("Article"), tr("Event"), tr("Disputed by")});
        for (const auto &t : report.timeline) {
            md += row({cell(t.date.isValid() ? t.date.iso() : tr("unresolved")), cell(t.doc), cell(t.label),
                       cell(t.findings.join(QStringLiteral(", ")))});
        }
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## ") + tr("Articles") + QStringLiteral("\n\n");
    QStringList legend;
    for (const MentionType t : vocabulary::mentionTypes())
        legend << QLatin1Char('`') + mentionTypeCode(t) + QStringLiteral("` ") + vocabulary::typeName(t);
    md += tr("Mentions are marked **like this**`TYPE`: %1.").arg(legend.join(QStringLiteral(", ")))
        + QStringLiteral("\n\n");
    // Said only when a screenshot's text has such words, so other reports keep their bytes.
    if (std::any_of(report.articles.cbegin(), report.articles.cend(),
                    [](const Article &a) { return !a.lowConfidence.isEmpty(); }))
        md += tr("`TYPE?`: the mention holds a word read from an image with low confidence; check it on the image.")
            + QStringLiteral("  \n*") + tr("word") + QStringLiteral("*`?35`: ") + vocabulary::lowConfidenceWordLabel(35)
            + QStringLiteral("\n\n");
    for (const auto &a : report.articles) {
        md += QStringLiteral("### ") + cell(a.id) + QStringLiteral(" \u00b7 ") + cell(vocabulary::documentTitle(a))
            + QStringLiteral("\n\n");
        md += QLatin1Char('_') + cell(vocabulary::publishedLine(a)) + QStringLiteral("_  \n");
        md += QLatin1Char('_') + cell(a.source) + QStringLiteral("_\n\n");
        md += articleText(a).trimmed() + QStringLiteral("\n\n");
    }
    // One trailing newline, whatever the last article ended with.
    while (md.endsWith(QStringLiteral("\n\n")))
        md.chop(1);
    return md.toUtf8();
}

} // namespace fc
