#include "SvgTimeline.h"

#include "HtmlText.h"
#include "MarkedText.h"
#include "ReportVocabulary.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace fc {

namespace {
constexpr int width = 960;
constexpr int labelWidth = 190;
constexpr int right = 30;
constexpr int top = 16;
constexpr int laneHeight = 34;
constexpr int axisHeight = 40;

QString elided(const QString &s, int max)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

QString tickLabel(const QDate &d, qint64 spanDays)
{
    if (spanDays > 3 * 365)
        return QString::number(d.year());
    if (spanDays > 90)
        return d.toString(QStringLiteral("yyyy-MM"));
    return d.toString(Qt::ISODate);
}
} // namespace

QString timelineSvg(const Report &report)
{
    qint64 first = 0;
    qint64 last = 0;
    bool any = false;
    for (const auto &t : report.timeline) {
        if (!t.date.isValid())
            continue;
        const qint64 jd = t.date.begin.toJulianDay();
        first = any ? std::min(first, jd) : jd;
        last = any ? std::max(last, jd) : jd;
        any = true;
    }
    if (!any)
        return {};
    // Pad a single day so the axis has a length.
    if (last - first < 2) {
        first -= 1;
        last += 1;
    }
    const qint64 spanDays = last - first;
    const int plotWidth = width - labelWidth - right;
    const auto xOf = [&](qint64 jd) { return labelWidth + double(jd - first) * plotWidth / double(spanDays); };

    QMap<QString, int> laneOf; // by article id, in report order
    for (const auto &a : report.articles)
        laneOf.insert(a.id, int(laneOf.size()));
    for (const auto &t : report.timeline) {
        if (!laneOf.contains(t.doc))
            laneOf.insert(t.doc, int(laneOf.size()));
    }
    const int lanes = int(laneOf.size());
    const int height = top + lanes * laneHeight + axisHeight;
    const auto yOf = [&](const QString &doc) { return top + laneOf.value(doc) * laneHeight + laneHeight / 2; };

    QString svg;
    svg += QStringLiteral("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                          "width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">\n")
               .arg(width)
               .arg(height)
               .arg(htmlEscaped(QCoreApplication::translate("fc::Report", "Timeline of dated events per article")));

    // Lanes, labelled with the article they belong to.
    for (auto it = laneOf.cbegin(); it != laneOf.cend(); ++it) {
        const int y = yOf(it.key());
        const Article *a = report.article(it.key());
        const QString label = a ? vocabulary::documentTitle(*a) : it.key();
        svg += QStringLiteral("<line class=\"lane\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>\n")
                   .arg(labelWidth)
                   .arg(y)
                   .arg(width - right);
        svg += QStringLiteral("<text class=\"lane-label\" x=\"4\" y=\"%1\">%2 %3</text>\n")
                   .arg(y + 4)
                   .arg(htmlEscaped(it.key()), htmlEscaped(elided(label, 24)));
    }

    // Axis with evenly spaced ticks.
    const int axisY = top + lanes * laneHeight + 6;
    svg += QStringLiteral("<line class=\"axis\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>\n")
               .arg(labelWidth)
               .arg(axisY)
               .arg(width - right);
    constexpr int ticks = 5;
    for (int i = 0; i <= ticks; ++i) {
        const qint64 jd = first + spanDays * i / ticks;
        const double x = xOf(jd);
        svg += QStringLiteral("<line class=\"tick\" x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>"
                              "<text class=\"tick-label\" x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>\n")
                   .arg(x, 0, 'f', 1)
                   .arg(axisY)
                   .arg(axisY + 5)
                   .arg(axisY + 20)
                   .arg(tickLabel(QDate::fromJulianDay(jd), spanDays));
    }

    // Events disputed by the same finding are joined across lanes.
    QMap<QString, QList<qsizetype>> byFinding;
    for (qsizetype i = 0; i < report.timeline.size(); ++i) {
        if (!report.timeline.at(i).date.isValid())
            continue;
        for (const auto &f : report.timeline.at(i).findings)
            byFinding[f].append(i);
    }
    for (auto it = byFinding.cbegin(); it != byFinding.cend(); ++it) {
        const auto &events = it.value();
        for (qsizetype k = 1; k < events.size(); ++k) {
            const auto &a = report.timeline.at(events.at(k - 1));
            const auto &b = report.timeline.at(events.at(k));
            svg += QStringLiteral("<line class=\"conflict-link\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"/>\n")
                       .arg(xOf(a.date.begin.toJulianDay()), 0, 'f', 1)
                       .arg(yOf(a.doc))
                       .arg(xOf(b.date.begin.toJulianDay()), 0, 'f', 1)
                       .arg(yOf(b.doc));
        }
    }

    for (qsizetype i = 0; i < report.timeline.size(); ++i) {
        const auto &t = report.timeline.at(i);
        if (!t.date.isValid())
            continue;
        const bool conflict = !t.findings.isEmpty();
        const QString tip = t.date.iso() + QStringLiteral(" · ") + t.doc + QStringLiteral(" · ") + t.label
            + (conflict ? QStringLiteral(" · ") + t.findings.join(QStringLiteral(", ")) : QString());
        svg += QStringLiteral("<a href=\"#%1\"><circle class=\"%2\" cx=\"%3\" cy=\"%4\" r=\"6\"><title>%5</title>"
                              "</circle></a>\n")
                   .arg(timelineAnchorId(i), conflict ? QStringLiteral("event conflict") : QStringLiteral("event"))
                   .arg(xOf(t.date.begin.toJulianDay()), 0, 'f', 1)
                   .arg(yOf(t.doc))
                   .arg(htmlEscaped(tip));
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace fc
