#pragma once

#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QChartView>
#include <QHash>

#include <memory>

class QScatterSeries;
class QLineSeries;

namespace fc::ui {

// The timeline: one row of points per article on a date axis, disputed dates ringed and the
// dates one finding disputes joined by a line. Hover tells the event and its evidence, a click
// asks the panes to show the sentence. Rubber band and wheel zoom; Home fits the data again.
// By keyboard: Left/Right step through the points in time order, Up/Down to the nearest point
// of the article above or below, Enter does what a click does; Shift+Left/Right pan. The point
// reached is ringed, its details shown beside it and announced to screen readers.
class TimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void setReport(std::shared_ptr<const Report> report, const MentionTheme &theme);
    void setTheme(const MentionTheme &theme);
    void fitToData();

    QList<QScatterSeries *> articleSeries() const { return m_articleSeries; }
    QScatterSeries *disputedSeries() const { return m_disputed; }
    QList<QLineSeries *> conflictLines() const { return m_conflictLines; }
    // The report's timeline index behind a point of one of the series above, or -1.
    int eventAt(const QScatterSeries *series, const QPointF &point) const;
    QString toolTipFor(int eventIndex) const;
    // Dated events that fitToData() leaves out because they lie far from all the others.
    int eventsOutsideView() const { return m_outside; }

    // The keyboard's point: a timeline index, or -1 (none yet).
    int currentEvent() const;
    void setCurrentEvent(int eventIndex);
    // One line for the status bar and screen readers: date, what happened, article, dispute.
    QString describeEvent(int eventIndex) const;
    QScatterSeries *currentMarker() const { return m_currentMarker; }

Q_SIGNALS:
    void eventActivated(const QString &articleId, const fc::Span &span);
    void currentEventChanged(int eventIndex, const QString &description);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    void zoomTime(qreal factor);
    void moveTo(int pointIndex);
    void stepRow(int delta);
    void ensureVisible(const QPointF &point);

    // A plotted point of an article's row.
    struct Point
    {
        int event = -1;
        QPointF at;
    };

    std::shared_ptr<const Report> m_report;
    MentionTheme m_theme;
    QList<QScatterSeries *> m_articleSeries;
    QScatterSeries *m_disputed = nullptr;
    QList<QLineSeries *> m_conflictLines;
    // Per scatter series, the timeline index of each point, in point order.
    QHash<const QScatterSeries *, QList<int>> m_pointEvents;
    QDateTime m_min;
    QDateTime m_max;
    int m_outside = 0;                         // dated events left outside the fitted range
    QList<Point> m_points;                     // every article point, in time order (then row)
    int m_current = -1;                        // index into m_points of the keyboard's point
    QScatterSeries *m_currentMarker = nullptr; // rings the keyboard's point
};

} // namespace fc::ui
