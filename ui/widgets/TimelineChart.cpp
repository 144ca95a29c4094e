#include "TimelineChart.h"

#include "export/SvgTimeline.h"
#include "models/ArticleListModel.h"

#include <QAccessible>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace fc::ui {

namespace {
QDateTime pointTime(const TimeValue &value)
{
    return QDateTime(value.begin, value.time.value_or(QTime(12, 0)), QTimeZone::UTC);
}
} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QChartView(parent)
    , m_theme(MentionTheme::light())
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline of dated events"));
    setToolTip(tr("Drag to zoom into a period, wheel to zoom, Home to fit; arrow keys move between the "
                  "points, Enter shows one in its article, Shift+arrows pan"));
    // The rows are labelled with their article; the legend only explains the disputed ring, on
    // the right, so the rows keep the height (five articles need it in a short dock).
    chart()->legend()->setAlignment(Qt::AlignRight);
    // Month names in the interface language ("Mei", not "May").
    chart()->setLocalizeNumbers(true);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
}

void TimelineChart::setReport(std::shared_ptr<const Report> report, const MentionTheme &theme)
{
    m_report = std::move(report);
    m_theme = theme;
    m_current = -1; // another report: its indices mean other events
    rebuild();
}

void TimelineChart::setTheme(const MentionTheme &theme)
{
    m_theme = theme;
    const int current = currentEvent(); // the same report: the keyboard's point stays
    rebuild();
    if (current >= 0)
        setCurrentEvent(current);
}

int TimelineChart::eventAt(const QScatterSeries *series, const QPointF &point) const
{
    const QList<int> events = m_pointEvents.value(series);
    const QList<QPointF> points = series->points();
    for (qsizetype i = 0; i < points.size() && i < events.size(); ++i)
        if (qFuzzyCompare(points.at(i).x(), point.x()) && qFuzzyCompare(points.at(i).y(), point.y()))
            return events.at(i);
    return -1;
}

QString TimelineChart::toolTipFor(int eventIndex) const
{
    if (!m_report || eventIndex < 0 || eventIndex >= m_report->timeline.size())
        return {};
    const TimelineEvent &ev = m_report->timeline.at(eventIndex);
    const Article *a = m_report->article(ev.doc);
    QString tip = QStringLiteral("<b>%1</b> \u2014 %2").arg(ev.date.iso().toHtmlEscaped(), ev.label.toHtmlEscaped());
    if (a) {
        tip += QStringLiteral("<br/><i>%1</i>").arg(ArticleListModel::displayName(*a).toHtmlEscaped());
        const int sentence = a->sentenceAt(ev.span.start);
        const QString evidence =
            sentence >= 0 ? a->textOf(a->sentences.at(sentence).span).toString() : a->textOf(ev.span).toString();
        if (!evidence.isEmpty())
            tip += QStringLiteral("<br/>\u201c%1\u201d").arg(evidence.left(240).toHtmlEscaped());
    }
    if (!ev.findings.isEmpty())
        tip += QStringLiteral("<br/><b>")
            + tr("Disputed by %1").arg(ev.findings.join(QLatin1String(", ")).toHtmlEscaped()) + QStringLiteral("</b>");
    return tip;
}

void TimelineChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    m_articleSeries.clear();
    m_conflictLines.clear();
    m_pointEvents.clear();
    m_disputed = nullptr;
    m_currentMarker = nullptr;
    m_points.clear();
    m_current = -1;
    applyTheme();
    if (!m_report)
        return;

    chart()->setLocale(QLocale());
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM yyyy"));
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    const auto &articles = m_report->articles;
    QHash<QString, int> rowOf;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        rowOf.insert(articles.at(i).id, int(i));
        // Category labels must be unique; two articles from one outlet are told apart by id.
        QString name = ArticleListModel::displayName(articles.at(i));
        if (name.size() > 24)
            name = name.left(23) + QChar(0x2026);
        yAxis->append(QStringLiteral("%1 \u00b7 %2").arg(articles.at(i).id, name), double(i) + 1.5);
    }
    yAxis->setStartValue(0.5);
    yAxis->setRange(0.5, double(articles.size()) + 0.5);

    for (qsizetype i = 0; i < articles.size(); ++i) {
        auto *s = new QScatterSeries;
        s->setName(ArticleListModel::displayName(articles.at(i)));
        s->setMarkerSize(11);
        s->setColor(m_theme.seriesColor(int(i)));
        s->setBorderColor(m_theme.paper());
        m_articleSeries.append(s);
    }
    m_disputed = new QScatterSeries;
    m_disputed->setName(tr("Disputed date"));
    m_disputed->setMarkerSize(20);
    m_disputed->setColor(Qt::transparent);
    m_disputed->setPen(QPen(m_theme.alert(), 2.5));

    QMap<QString, QList<QPointF>> byFinding; // ordered: lines come out in finding-id order
    QMap<QString, QList<int>> byFindingEvents;
    m_min = {};
    m_max = {};
    QList<qint64> days;
    QList<qint64> disputedDays; // always in view: they are what the chart is for
    for (qsizetype e = 0; e < m_report->timeline.size(); ++e) {
        const TimelineEvent &ev = m_report->timeline.at(e);
        if (!ev.date.isValid() || !rowOf.contains(ev.doc))
            continue;
        const int row = rowOf.value(ev.doc);
        const QDateTime t = pointTime(ev.date);
        const QPointF p(double(t.toMSecsSinceEpoch()), row + 1.0);
        m_articleSeries.at(row)->append(p);
        m_pointEvents[m_articleSeries.at(row)].append(int(e));
        m_points.append({int(e), p});
        if (!ev.findings.isEmpty()) {
            m_disputed->append(p);
            m_pointEvents[m_disputed].append(int(e));
            for (const QString &f : ev.findings)
                byFinding[f].append(p);
            disputedDays << ev.date.begin.toJulianDay();
        }
        days << ev.date.begin.toJulianDay();
    }
    // The view fits the bulk of the events; a far-off stray one is reached by zooming out.
    const TimelineRange range = fittedTimelineRange(days, disputedDays);
    m_outside = range.before + range.after;
    if (!days.isEmpty()) {
        m_min = QDateTime(QDate::fromJulianDay(range.first), QTime(0, 0), QTimeZone::UTC);
        m_max = QDateTime(QDate::fromJulianDay(range.last), QTime(23, 59), QTimeZone::UTC);
    }
    if (m_outside > 0)
        xAxis->setTitleText(tr("Date (%n event(s) outside the view: zoom out to see)", nullptr, m_outside));

    for (auto it = byFinding.begin(); it != byFinding.end(); ++it) {
        QList<QPointF> points = it.value();
        if (points.size() < 2)
            continue;
        std::stable_sort(points.begin(), points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        auto *line = new QLineSeries;
        line->setName(tr("Conflict %1").arg(it.key()));
        line->append(points);
        line->setPen(QPen(m_theme.alert(), 2, Qt::SolidLine, Qt::RoundCap));
        m_conflictLines.append(line);
    }

    // Lines under the points, the rings on top.
    for (QLineSeries *line : std::as_const(m_conflictLines)) {
        c->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        for (QLegendMarker *marker : c->legend()->markers(line))
            marker->setVisible(false);
    }
    for (QScatterSeries *s : std::as_const(m_articleSeries)) {
        c->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    c->addSeries(m_disputed);
    m_disputed->attachAxis(xAxis);
    m_disputed->attachAxis(yAxis);
    std::stable_sort(m_points.begin(), m_points.end(), [](const Point &a, const Point &b) {
        return a.at.x() != b.at.x() ? a.at.x() < b.at.x() : a.at.y() < b.at.y();
    });
    m_currentMarker = new QScatterSeries;
    m_currentMarker->setName(tr("Keyboard point"));
    m_currentMarker->setMarkerSize(26);
    m_currentMarker->setColor(Qt::transparent);
    m_currentMarker->setPen(QPen(m_theme.ink(), 2, Qt::DashLine));
    c->addSeries(m_currentMarker);
    m_currentMarker->attachAxis(xAxis);
    m_currentMarker->attachAxis(yAxis);
    for (QLegendMarker *marker : c->legend()->markers(m_currentMarker))
        marker->setVisible(false);
    for (QScatterSeries *s : std::as_const(m_articleSeries))
        for (QLegendMarker *marker : c->legend()->markers(s))
            marker->setVisible(false);
    for (QLegendMarker *marker : c->legend()->markers(m_disputed)) {
        marker->setVisible(m_disputed->count() > 0);
        // A ring, as on the chart (the series' own colour is transparent).
        marker->setPen(QPen(m_theme.alert(), 2));
        marker->setBrush(Qt::NoBrush);
    }
    // As wide as its one entry, not the quarter of the chart a side legend takes by default.
    c->legend()->setMaximumWidth(fontMetrics().horizontalAdvance(m_disputed->name()) + 60);

    for (QScatterSeries *s : m_articleSeries + QList<QScatterSeries *>{m_disputed}) {
        connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), toolTipFor(eventAt(s, point)), this);
            else
                QToolTip::hideText();
        });
        connect(s, &QScatterSeries::clicked, this, [this, s](const QPointF &point) {
            const int e = eventAt(s, point);
            if (e >= 0)
                Q_EMIT eventActivated(m_report->timeline.at(e).doc, m_report->timeline.at(e).span);
        });
    }
    // With nothing dated, empty axes only look broken: say so instead.
    const bool empty = !m_min.isValid();
    c->setTitle(empty ? tr("No dated events yet") : QString());
    xAxis->setVisible(!empty);
    yAxis->setVisible(!empty);
    c->legend()->setVisible(!empty && m_disputed->count() > 0);
    fitToData();
    applyTheme();
}

void TimelineChart::fitToData()
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return;
    auto *xAxis = static_cast<QDateTimeAxis *>(axes.first());
    QDateTime from = m_min.isValid() ? m_min : QDateTime::currentDateTimeUtc().addDays(-7);
    QDateTime to = m_max.isValid() ? m_max : QDateTime::currentDateTimeUtc();
    // Pad by a twentieth of the span, and at least two days, so edge points are not clipped.
    const qint64 pad = std::max<qint64>(from.msecsTo(to) / 20, qint64(2) * 24 * 3600 * 1000);
    xAxis->setRange(from.addMSecs(-pad), to.addMSecs(pad));
    const qint64 days = from.daysTo(to);
    xAxis->setFormat(days > 700 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy"));
    xAxis->setTickCount(days > 14 ? 6 : 4);
}

void TimelineChart::applyTheme()
{
    QChart *c = chart();
    c->setBackgroundBrush(m_theme.paper());
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(m_theme.ink());
    c->legend()->setLabelColor(m_theme.ink());
    const QColor grid = QColor::fromRgba(m_theme.theme().editorColor(KSyntaxHighlighting::Theme::IndentationLine));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(m_theme.ink());
        axis->setTitleBrush(m_theme.ink());
        axis->setLinePenColor(m_theme.ink());
        axis->setGridLineColor(grid.isValid() ? grid : m_theme.ink().lighter());
    }
    setBackgroundBrush(m_theme.paper());
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QChartView::wheelEvent(event);
    zoomTime(delta > 0 ? 1.25 : 0.8);
    event->accept();
}

void TimelineChart::zoomTime(qreal factor)
{
    // Along time only, around the plot's centre: the article rows stay put.
    const QRectF area = chart()->plotArea();
    chart()->zoomIn(
        QRectF(area.center().x() - area.width() / (2 * factor), area.top(), area.width() / factor, area.height()));
}

int TimelineChart::currentEvent() const
{
    return m_current >= 0 && m_current < m_points.size() ? m_points.at(m_current).event : -1;
}

void TimelineChart::setCurrentEvent(int eventIndex)
{
    for (qsizetype i = 0; i < m_points.size(); ++i)
        if (m_points.at(i).event == eventIndex)
            return moveTo(int(i));
}

QString TimelineChart::describeEvent(int eventIndex) const
{
    if (!m_report || eventIndex < 0 || eventIndex >= m_report->timeline.size())
        return {};
    const TimelineEvent &ev = m_report->timeline.at(eventIndex);
    const Article *a = m_report->article(ev.doc);
    QString text = tr("%1: %2, in %3").arg(ev.date.iso(), ev.label, a ? ArticleListModel::displayName(*a) : ev.doc);
    if (!ev.findings.isEmpty())
        text += QStringLiteral("; ") + tr("disputed by %1").arg(ev.findings.join(QLatin1String(", ")));
    return text;
}

void TimelineChart::moveTo(int pointIndex)
{
    if (pointIndex < 0 || pointIndex >= m_points.size())
        return;
    m_current = pointIndex;
    const Point &point = m_points.at(pointIndex);
    if (m_currentMarker)
        m_currentMarker->replace(QList<QPointF>{point.at});
    ensureVisible(point.at);
    const QString description = describeEvent(point.event);
    // Screen readers hear the point's details; sighted users read them beside the point.
    setAccessibleDescription(description);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleAnnouncementEvent announcement(this, description);
    QAccessible::updateAccessibility(&announcement);
    if (isVisible())
        QToolTip::showText(mapToGlobal(chart()->mapToPosition(point.at).toPoint()), toolTipFor(point.event), this);
    Q_EMIT currentEventChanged(point.event, description);
}

void TimelineChart::stepRow(int delta)
{
    if (m_current < 0)
        return moveTo(0);
    // The nearest point in time of the next row with points in that direction.
    const QPointF from = m_points.at(m_current).at;
    const auto rows = m_articleSeries.size();
    for (qsizetype row = qsizetype(from.y()) - 1 + delta; row >= 0 && row < rows; row += delta) {
        int best = -1;
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            if (qRound(m_points.at(i).at.y()) != row + 1)
                continue;
            if (best < 0 || qAbs(m_points.at(i).at.x() - from.x()) < qAbs(m_points.at(best).at.x() - from.x()))
                best = int(i);
        }
        if (best >= 0)
            return moveTo(best);
    }
}

void TimelineChart::ensureVisible(const QPointF &point)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return;
    auto *xAxis = static_cast<QDateTimeAxis *>(axes.first());
    const qint64 at = qint64(point.x());
    const qint64 from = xAxis->min().toMSecsSinceEpoch();
    const qint64 to = xAxis->max().toMSecsSinceEpoch();
    if (at >= from && at <= to)
        return;
    // The view keeps its zoom and centres on the point (a stray date outside the fitted range).
    const qint64 half = (to - from) / 2;
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(at - half, QTimeZone::UTC),
                    QDateTime::fromMSecsSinceEpoch(at + half, QTimeZone::UTC));
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    const qreal step = chart()->plotArea().width() / 10;
    const bool pan = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left:
        if (pan)
            chart()->scroll(-step, 0);
        else
            moveTo(m_current < 0 ? int(m_points.size()) - 1 : qMax(0, m_current - 1));
        break;
    case Qt::Key_Right:
        if (pan)
            chart()->scroll(step, 0);
        else
            moveTo(m_current < 0 ? 0 : qMin(int(m_points.size()) - 1, m_current + 1));
        break;
    case Qt::Key_Up: stepRow(1); break; // the first article is the bottom row
    case Qt::Key_Down: stepRow(-1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        const int e = currentEvent();
        if (e < 0)
            return QChartView::keyPressEvent(event);
        Q_EMIT eventActivated(m_report->timeline.at(e).doc, m_report->timeline.at(e).span);
        break;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomTime(1.25); break;
    case Qt::Key_Minus: zoomTime(0.8); break;
    case Qt::Key_Home:
    case Qt::Key_0: fitToData(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace fc::ui
