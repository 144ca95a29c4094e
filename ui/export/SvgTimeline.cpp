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
constexpr int right = 48; // room for the last tick label, centred on the axis end
constexpr int top = 16;
constexpr int laneHeight = 34;
constexpr int axisHeight = 40;
constexpr int legendHeight = 26;

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

TimelineRange fittedTimelineRange(QList<qint64> days, const QList<qint64> &pinned)
{
    if (days.isEmpty())
        return {};
    std::sort(days.begin(), days.end());
    const qsizetype n = days.size();
    // Start from the middle (all but a tenth at each end) and take in the outer days one by
    // one, stopping at a gap far wider than everything taken so far. Too few days to judge: all.
    const qsizetype maxTrim = n < 4 ? 0 : std::max<qsizetype>(1, n / 10);
    qsizetype lo = maxTrim;
    qsizetype hi = n - 1 - maxTrim;
    const auto far = [](qint64 gap, qint64 core) { return gap > 31 && gap > 2 * std::max<qint64>(core, 7); };
    for (bool grew = true; grew;) {
        grew = false;
        if (lo > 0 && !far(days.at(lo) - days.at(lo - 1), days.at(hi) - days.at(lo))) {
            --lo;
            grew = true;
        }
        if (hi < n - 1 && !far(days.at(hi + 1) - days.at(hi), days.at(hi) - days.at(lo))) {
            ++hi;
            grew = true;
        }
    }
    qint64 first = days.at(lo);
    qint64 last = days.at(hi);
    for (qint64 day : pinned) {
        first = std::min(first, day);
        last = std::max(last, day);
    }
    const auto before = std::count_if(days.cbegin(), days.cend(), [first](qint64 d) { return d < first; });
    const auto after = std::count_if(days.cbegin(), days.cend(), [last](qint64 d) { return d > last; });
    return {first, last, int(before), int(after)};
}

QString timelineSvg(const Report &report)
{
    QList<qint64> days;
    QList<qint64> disputed;
    for (const auto &t : report.timeline) {
        if (!t.date.isValid())
            continue;
        days << t.date.begin.toJulianDay();
        if (!t.findings.isEmpty())
            disputed << t.date.begin.toJulianDay();
    }
    if (days.isEmpty())
        return {};
    const TimelineRange range = fittedTimelineRange(days, disputed);
    qint64 first = range.first;
    qint64 last = range.last;
    // Pad a single day so the axis has a length.
    if (last - first < 2) {
        first -= 1;
        last += 1;
    }
    const qint64 spanDays = last - first;
    const int plotWidth = width - labelWidth - right;
    // Events outside the fitted range sit on its edge, marked as such and labelled with their date.
    const auto xOf = [&](qint64 jd) {
        return labelWidth + double(std::clamp(jd, first, last) - first) * plotWidth / double(spanDays);
    };
    const auto outside = [&](qint64 jd) { return jd < first || jd > last; };

    QMap<QString, int> laneOf; // by article id, in report order
    for (const auto &a : report.articles)
        laneOf.insert(a.id, int(laneOf.size()));
    for (const auto &t : report.timeline) {
        if (!laneOf.contains(t.doc))
            laneOf.insert(t.doc, int(laneOf.size()));
    }
    const int lanes = int(laneOf.size());
    const int height = top + lanes * laneHeight + axisHeight + legendHeight;
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
    qint64 previous = first - 1;
    for (int i = 0; i <= ticks; ++i) {
        const qint64 jd = first + spanDays * i / ticks;
        if (jd == previous)
            continue; // a span of fewer days than ticks: one tick per day, not two on one
        previous = jd;
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
        const qint64 jd = t.date.begin.toJulianDay();
        const QString tip = t.date.iso() + QStringLiteral(" · ") + t.doc + QStringLiteral(" · ") + t.label
            + (conflict ? QStringLiteral(" · ") + t.findings.join(QStringLiteral(", ")) : QString());
        QString classes = conflict ? QStringLiteral("event conflict") : QStringLiteral("event");
        if (outside(jd)) {
            classes += QStringLiteral(" outside");
            const bool early = jd < first;
            svg += QStringLiteral("<text class=\"outside-label\" x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>\n")
                       .arg(xOf(jd) + (early ? 9 : -9), 0, 'f', 1)
                       .arg(yOf(t.doc) - 8)
                       .arg(early ? QStringLiteral("start") : QStringLiteral("end"))
                       .arg(early ? QStringLiteral("\u2190 ") + htmlEscaped(t.date.iso())
                                  : htmlEscaped(t.date.iso()) + QStringLiteral(" \u2192"));
        }
        svg += QStringLiteral("<a href=\"#%1\"><circle class=\"%2\" cx=\"%3\" cy=\"%4\" r=\"6\"><title>%5</title>"
                              "</circle></a>\n")
                   .arg(timelineAnchorId(i), classes)
                   .arg(xOf(jd), 0, 'f', 1)
                   .arg(yOf(t.doc))
                   .arg(htmlEscaped(tip));
    }
    // What the marks mean, under the axis: a chart read on paper has no tooltips.
    const int legendY = axisY + axisHeight + 4;
    svg += QStringLiteral("<g class=\"chart-legend\">"
                          "<circle class=\"key event\" cx=\"%1\" cy=\"%2\" r=\"6\"/>"
                          "<text x=\"%3\" y=\"%4\">%5</text>"
                          "<circle class=\"key event conflict\" cx=\"%6\" cy=\"%2\" r=\"6\"/>"
                          "<text x=\"%7\" y=\"%4\">%8</text>"
                          "<line class=\"key conflict-link\" x1=\"%9\" y1=\"%2\" x2=\"%10\" y2=\"%2\"/>"
                          "<text x=\"%11\" y=\"%4\">%12</text></g>\n")
               .arg(labelWidth + 6)
               .arg(legendY - 4)
               .arg(labelWidth + 16)
               .arg(legendY)
               .arg(htmlEscaped(QCoreApplication::translate("fc::Report", "dated event")))
               .arg(labelWidth + 176)
               .arg(labelWidth + 186)
               .arg(htmlEscaped(QCoreApplication::translate("fc::Report", "disputed date")))
               .arg(labelWidth + 346)
               .arg(labelWidth + 376)
               .arg(labelWidth + 384)
               .arg(htmlEscaped(QCoreApplication::translate("fc::Report", "dates one finding compares")));
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace fc
