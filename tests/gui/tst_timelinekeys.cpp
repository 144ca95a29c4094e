// Timeline points by keyboard (offscreen): arrows walk the points in time order and between
// article rows, the point's details reach the status bar and screen readers (the accessible
// description), and Enter shows the event in its article as a click does.
#include "ReportFixture.h"
#include "TestPaths.h"

#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MainWindow.h"
#include "widgets/TimelineChart.h"

#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <algorithm>

using namespace fc;
using namespace fc::ui;

class TestTimelineKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void arrowsWalkThePointsInTimeOrder();
    void upAndDownChangeArticleRow();
    void enterShowsTheEventInItsArticle();

private:
    // The fixture's dated events in the order the keyboard must visit them: by date, then by
    // the article's row.
    QList<int> timeOrder() const;
    Report m_report = test::fixtureReport();
};

void TestTimelineKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelinekeys"));
    QSettings().clear();
}

QList<int> TestTimelineKeys::timeOrder() const
{
    auto row = [this](const QString &doc) {
        for (qsizetype i = 0; i < m_report.articles.size(); ++i)
            if (m_report.articles.at(i).id == doc)
                return int(i);
        return -1;
    };
    QList<int> order;
    for (qsizetype e = 0; e < m_report.timeline.size(); ++e)
        if (m_report.timeline.at(e).date.isValid())
            order << int(e);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TimelineEvent &x = m_report.timeline.at(a);
        const TimelineEvent &y = m_report.timeline.at(b);
        return x.date.begin != y.date.begin ? x.date.begin < y.date.begin : row(x.doc) < row(y.doc);
    });
    return order;
}

void TestTimelineKeys::arrowsWalkThePointsInTimeOrder()
{
    MainWindow window;
    window.setThemeName(QStringLiteral("light"));
    window.resize(1400, 900);
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineChart *chart = window.timeline();
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    chart->setFocus();
    QCOMPARE(chart->currentEvent(), -1);
    QSignalSpy changed(chart, &TimelineChart::currentEventChanged);

    const QList<int> order = timeOrder();
    QVERIFY(order.size() >= 4);
    for (int expected : order) {
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(chart->currentEvent(), expected);
        const TimelineEvent &ev = m_report.timeline.at(expected);
        // Told in words: to screen readers and in the status bar.
        const QString description = chart->describeEvent(expected);
        QVERIFY(description.contains(ev.date.iso()));
        QVERIFY(description.contains(ev.label));
        QCOMPARE(chart->accessibleDescription(), description);
        QCOMPARE(window.statusBar()->currentMessage(), description);
        if (!ev.findings.isEmpty())
            QVERIFY(description.contains(ev.findings.first()));
        // The ring sits on the point.
        QCOMPARE(chart->currentMarker()->count(), 1);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(chart->currentMarker()->at(0).x()), QTimeZone::UTC).date(),
                 ev.date.begin);
    }
    QCOMPARE(changed.size(), order.size());
    // At the end it stays; Left walks back.
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentEvent(), order.last());
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->currentEvent(), order.at(order.size() - 2));
    QTest::qWait(50);
    QVERIFY(window.grab().save(test::artifactPath(QStringLiteral("timeline-keyboard-point.png"))));

    // A theme change rebuilds the chart; the keyboard's point stays.
    const int before = chart->currentEvent();
    window.setThemeName(QStringLiteral("dark"));
    QCOMPARE(chart->currentEvent(), before);
}

void TestTimelineKeys::upAndDownChangeArticleRow()
{
    MainWindow window;
    window.setReport(m_report);
    TimelineChart *chart = window.timeline();
    const QList<int> order = timeOrder();
    chart->setCurrentEvent(order.first());
    const QString startDoc = m_report.timeline.at(order.first()).doc;
    auto rowOf = [this](int e) {
        const QString doc = m_report.timeline.at(e).doc;
        for (qsizetype i = 0; i < m_report.articles.size(); ++i)
            if (m_report.articles.at(i).id == doc)
                return int(i);
        return -1;
    };
    const int startRow = rowOf(chart->currentEvent());
    QTest::keyClick(chart, Qt::Key_Up);
    const int upRow = rowOf(chart->currentEvent());
    QVERIFY2(upRow > startRow, qPrintable(QStringLiteral("Up went from row %1 to %2").arg(startRow).arg(upRow)));
    QTest::keyClick(chart, Qt::Key_Down);
    QVERIFY(rowOf(chart->currentEvent()) < upRow);
}

void TestTimelineKeys::enterShowsTheEventInItsArticle()
{
    MainWindow window;
    window.resize(1400, 900);
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineChart *chart = window.timeline();
    chart->setFocus();
    QSignalSpy activated(chart, &TimelineChart::eventActivated);
    // Before any point is reached Enter does nothing.
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(activated.size(), 0);
    // The last point in time order.
    QTest::keyClick(chart, Qt::Key_Left);
    const int e = chart->currentEvent();
    QVERIFY(e >= 0);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const TimelineEvent &ev = m_report.timeline.at(e);
    QCOMPARE(activated.first().at(0).toString(), ev.doc);
    // The pane showing its article marks the sentence.
    const ArticlePane *showing = nullptr;
    for (const ArticlePane *pane : window.panes())
        if (pane->articleId() == ev.doc)
            showing = pane;
    QVERIFY(showing);
    const auto focus = showing->view()->selectionsOfKind(ArticleView::FocusSelection);
    QCOMPARE(focus.size(), 1);
    QVERIFY(focus.first().cursor.selectionStart() <= ev.span.start);
    QVERIFY(focus.first().cursor.selectionEnd() >= ev.span.end);
}

QTEST_MAIN(TestTimelineKeys)
#include "tst_timelinekeys.moc"
