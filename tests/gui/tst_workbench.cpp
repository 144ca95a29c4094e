#include "ReportFixture.h"
#include "TestPaths.h"

#include "export/ReportWriter.h"
#include "models/EntityTreeModel.h"
#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"
#include "models/ReviewState.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/EntityPanel.h"
#include "widgets/ExportDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/TimelineChart.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fc;
using namespace fc::ui;

// The workbench driven as an editor would: select a finding, click a name, use the timeline,
// review, export, change the date, drop files. Against the hand-made report unless the test
// is about loading.
class TestWorkbench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void statusBarSummarises();
    void selectingFindingOutlinesEvidenceInBothPanes();
    void selectingFindingBringsItsArticleIntoAPane();
    void clickingMentionHighlightsEntityEverywhere();
    void selectingEntityInPanelHighlightsMentions();
    void hoverTellsTypeValueAndEntity();
    void paneHeaderShowsMetadata();
    void timelineSeriesAndConflictLine();
    void timelineClickJumpsToSentence();
    void themeChangesColours();
    void findMarksMatchesInEveryPane();
    void textSizeFollowsZoom();
    void reviewStatusFromDelegateAndKeyboard();
    void findingsPanelFilters();
    void exportDialogListsFormatsAndPreviews();
    void settingsRestoreThemeAndLayout();
    void publishedDateEditReanalyses();
    void badInputIsReportedAndTheRestLoads();
    void droppingFilesAddsThem();
    void synchronisedScrollingKeepsPanesTogether();
    void everyControlHasAnAccessibleName();
    void screenshotsOfFixture_data();
    void screenshotsOfFixture();

private:
    static bool waitForAnalysis(MainWindow &window);
    static QString example(int n);
    Report m_report = test::fixtureReport();
    std::shared_ptr<const Report> m_shared = std::make_shared<const Report>(m_report);
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
}

void TestWorkbench::init()
{
    QSettings().clear();
}

bool TestWorkbench::waitForAnalysis(MainWindow &window)
{
    if (!window.isAnalysing())
        return true;
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    return finished.wait(60000);
}

QString TestWorkbench::example(int n)
{
    const QDir dir(test::examplesDir());
    return dir.filePath(dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).at(n));
}

void TestWorkbench::statusBarSummarises()
{
    MainWindow window;
    window.setReport(m_report);
    QCOMPARE(window.statusSummary(), QStringLiteral("Analysed 3 article(s) \u00b7 4 entities \u00b7 5 finding(s)"));
}

void TestWorkbench::selectingFindingOutlinesEvidenceInBothPanes()
{
    MainWindow window;
    window.resize(1200, 800);
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto panes = window.panes();
    QCOMPARE(panes.size(), 2);
    QCOMPARE(panes.at(1)->articleId(), QStringLiteral("d2"));
    QCOMPARE(panes.at(1)->view()->verticalScrollBar()->value(), 0);

    // As a person would: the table has focus, Home goes to the first (most severe) row.
    QTableView *table = window.findingsPanel()->view();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(window.findingsPanel()->currentFinding(), 0);

    const QStringList expected{QStringLiteral("Senin (3/3/2025)"), QStringLiteral("Sunday, March 2, 2025")};
    for (int i = 0; i < 2; ++i) {
        ArticleView *view = panes.at(i)->view();
        const auto outlined = view->selectionsOfKind(ArticleView::EvidenceSelection);
        QCOMPARE(outlined.size(), 1);
        QCOMPARE(outlined.first().cursor.selectedText(), expected.at(i));
        QCOMPARE(view->evidence().size(), 1);
        // Scrolled so the evidence is on screen.
        const QRect caret = view->cursorRect();
        QVERIFY2(view->viewport()->rect().contains(caret.center()), qPrintable(QStringLiteral("pane %1").arg(i)));
        QCOMPARE(view->textCursor().position(), int(m_report.findings.first().evidence.at(i).span.start));
    }
    QVERIFY(panes.at(1)->view()->verticalScrollBar()->value() > 0);

    // Next finding: the figures. Old outlines go, new ones come.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(window.report().findings.at(window.findingsPanel()->currentFinding()).kind,
             QStringLiteral("quantity_conflict"));
    QCOMPARE(panes.at(0)->view()->selectionsOfKind(ArticleView::EvidenceSelection).first().cursor.selectedText(),
             QStringLiteral("12 orang"));
    QCOMPARE(panes.at(1)->view()->selectionsOfKind(ArticleView::EvidenceSelection).first().cursor.selectedText(),
             QStringLiteral("15 people"));
}

void TestWorkbench::selectingFindingBringsItsArticleIntoAPane()
{
    MainWindow window;
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // f4's only evidence is in d3, which no pane shows yet.
    window.selectFinding(3);
    ArticlePane *pane = nullptr;
    for (ArticlePane *p : window.panes())
        if (p->articleId() == u"d3")
            pane = p;
    QVERIFY(pane);
    QCOMPARE(pane->view()->selectionsOfKind(ArticleView::EvidenceSelection).size(), 1);
    for (ArticlePane *p : window.panes())
        if (p != pane)
            QVERIFY(p->view()->selectionsOfKind(ArticleView::EvidenceSelection).isEmpty());
}

void TestWorkbench::clickingMentionHighlightsEntityEverywhere()
{
    MainWindow window;
    window.resize(1200, 800);
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ArticleView *left = window.panes().at(0)->view();
    const Span name = test::spanOf(m_report.articles.at(0), QStringLiteral("Sari Wulandari"));
    QTextCursor c(left->document());
    c.setPosition(int(name.start) + 3);
    const QPoint at = left->cursorRect(c).center();
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, at);

    QCOMPARE(window.selectedEntity(), QStringLiteral("e2"));
    const auto inLeft = left->selectionsOfKind(ArticleView::EntitySelection);
    QCOMPARE(inLeft.size(), 1);
    QCOMPARE(inLeft.first().cursor.selectedText(), QStringLiteral("Sari Wulandari"));
    // The other pane highlights the variant spelling: the same entity.
    const auto inRight = window.panes().at(1)->view()->selectionsOfKind(ArticleView::EntitySelection);
    QCOMPARE(inRight.size(), 1);
    QCOMPARE(inRight.first().cursor.selectedText(), QStringLiteral("Sari Wulandary"));
    QCOMPARE(inRight.first().format.background().color(), window.theme().emphasis());
    // And the entity panel follows.
    QCOMPARE(window.entityPanel()->view()->currentIndex().data(EntityTreeModel::EntityIdRole).toString(),
             QStringLiteral("e2"));

    // A date mention has no entity: clicking it shows the finding it is evidence of.
    const Span date = test::spanOf(m_report.articles.at(0), QStringLiteral("Senin (3/3/2025)"));
    c.setPosition(int(date.start) + 2);
    QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, left->cursorRect(c).center());
    QCOMPARE(window.findingsPanel()->currentFinding(), 0);
}

void TestWorkbench::selectingEntityInPanelHighlightsMentions()
{
    MainWindow window;
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EntityPanel *panel = window.entityPanel();
    panel->filter()->setText(QStringLiteral("lembah"));
    const QModelIndex place = panel->proxy()->mapFromSource(panel->model()->indexForEntity(QStringLiteral("e1")));
    QVERIFY(place.isValid());
    panel->view()->setCurrentIndex(place);
    QCOMPARE(window.selectedEntity(), QStringLiteral("e1"));
    for (ArticlePane *p : window.panes()) {
        const auto marked = p->view()->selectionsOfKind(ArticleView::EntitySelection);
        QCOMPARE(marked.size(), 1);
        QVERIFY(marked.first().cursor.selectedText().contains(QStringLiteral("Lembah")));
    }
    // Mentions of other entities keep their type colour.
    QVERIFY(!window.panes().at(0)->view()->selectionsOfKind(ArticleView::MentionSelection).isEmpty());
}

void TestWorkbench::hoverTellsTypeValueAndEntity()
{
    ArticleView view;
    view.setArticle(&m_shared->articles.at(1), MentionTheme::light(), m_shared);
    const Span name = test::spanOf(m_report.articles.at(1), QStringLiteral("Sari Wulandary"));
    const Mention *person = view.mentionAt(name.start + 1);
    QVERIFY(person);
    const QString tip = view.toolTipFor(*person);
    QVERIFY(tip.contains(QStringLiteral("Person")));
    QVERIFY(tip.contains(QStringLiteral("Sari Wulandari"))); // the entity's canonical name
    const Mention *figure = view.mentionAt(test::spanOf(m_report.articles.at(1), QStringLiteral("15 people")).start);
    QVERIFY(figure);
    QVERIFY(view.toolTipFor(*figure).contains(QStringLiteral("Value: 15")));
    QVERIFY(!view.mentionAt(0)); // the filler has no mentions
    // Every mention is coloured by its type from the theme.
    const auto coloured = view.selectionsOfKind(ArticleView::MentionSelection);
    QCOMPARE(coloured.size(), m_report.articles.at(1).mentions.size());
    QCOMPARE(coloured.first().format.background().color(), MentionTheme::light().background(MentionType::Location));
}

void TestWorkbench::paneHeaderShowsMetadata()
{
    ArticlePane pane;
    pane.setReport(m_shared, QStringLiteral("d1"), MentionTheme::light());
    QVERIFY(pane.headerText().contains(QStringLiteral("Harian Contoh")));
    QVERIFY(pane.headerText().contains(QStringLiteral("from the header")));
    QVERIFY(pane.headerText().contains(QStringLiteral("id")));
    QCOMPARE(pane.dateEdit()->date(), QDate(2025, 3, 4));
    pane.showArticle(QStringLiteral("d3"));
    QVERIFY(pane.headerText().contains(QStringLiteral("no publication date")));
    QCOMPARE(pane.dateEdit()->text(), pane.dateEdit()->specialValueText());
    QCOMPARE(pane.articleChooser()->count(), 3);
}

void TestWorkbench::timelineSeriesAndConflictLine()
{
    TimelineChart chart;
    chart.setReport(m_shared, MentionTheme::light());
    const auto series = chart.articleSeries();
    QCOMPARE(series.size(), 3);
    QCOMPARE(series.at(0)->count(), 2);
    QCOMPARE(series.at(1)->count(), 1);
    QCOMPARE(series.at(2)->count(), 1);
    QCOMPARE(series.at(1)->name(), QStringLiteral("Valley Post"));
    QCOMPARE(chart.disputedSeries()->count(), 3);
    // f1 disputes two dates: one line joins them; f4 has one date, so no line.
    const auto lines = chart.conflictLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first()->count(), 2);
    QCOMPARE(lines.first()->pen().color(), MentionTheme::light().alert());
    const QPointF a = lines.first()->at(0), b = lines.first()->at(1);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(a.x()), QTimeZone::UTC).date(), QDate(2025, 3, 3));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(b.x()), QTimeZone::UTC).date(), QDate(2025, 3, 2));
    // The axis fits the data with a margin on both sides.
    auto *axis = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QVERIFY(axis->min().date() < QDate(2025, 3, 2));
    QVERIFY(axis->max().date() > QDate(2025, 3, 4));
    QVERIFY(axis->min().date() > QDate(2025, 2, 20));
    // Hover text: label and evidence sentence.
    const int event = chart.eventAt(series.at(1), series.at(1)->at(0));
    QCOMPARE(event, 2);
    const QString tip = chart.toolTipFor(event);
    QVERIFY(tip.contains(QStringLiteral("flood")));
    QVERIFY(tip.contains(QStringLiteral("Floods hit Lembah City")));
    QVERIFY(tip.contains(QStringLiteral("f1")));
    // Zoom and fit.
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QDateTime before = axis->max();
    QTest::keyClick(&chart, Qt::Key_Plus);
    QVERIFY(axis->max() < before);
    QTest::keyClick(&chart, Qt::Key_Home);
    QCOMPARE(axis->max(), before);
}

void TestWorkbench::timelineClickJumpsToSentence()
{
    MainWindow window;
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The undisputed event of d1: the pane marks its sentence.
    QScatterSeries *first = window.timeline()->articleSeries().at(0);
    Q_EMIT first->clicked(first->at(1));
    const auto focus = window.panes().at(0)->view()->selectionsOfKind(ArticleView::FocusSelection);
    QCOMPARE(focus.size(), 1);
    QVERIFY(focus.first().cursor.selectedText().startsWith(QStringLiteral("Menurut Basarnas")));
    // A disputed one: its finding is selected, so both panes show their evidence.
    QScatterSeries *second = window.timeline()->articleSeries().at(1);
    Q_EMIT second->clicked(second->at(0));
    QCOMPARE(window.findingsPanel()->currentFinding(), 0);
    QCOMPARE(window.panes().at(0)->view()->selectionsOfKind(ArticleView::EvidenceSelection).size(), 1);
    QCOMPARE(window.panes().at(1)->view()->selectionsOfKind(ArticleView::EvidenceSelection).size(), 1);
}

void TestWorkbench::themeChangesColours()
{
    MainWindow window;
    window.setReport(m_report);
    window.setThemeName(QStringLiteral("light"));
    ArticleView *view = window.panes().at(0)->view();
    const QColor lightPaper = view->palette().color(QPalette::Base);
    const QColor lightMention =
        view->selectionsOfKind(ArticleView::MentionSelection).first().format.background().color();
    QVERIFY(!window.theme().isDark());
    window.setThemeName(QStringLiteral("dark"));
    QVERIFY(window.theme().isDark());
    QVERIFY(view->palette().color(QPalette::Base) != lightPaper);
    QVERIFY(view->palette().color(QPalette::Base).lightness() < 100);
    QVERIFY(view->selectionsOfKind(ArticleView::MentionSelection).first().format.background().color() != lightMention);
    QCOMPARE(window.timeline()->chart()->backgroundBrush().color(), window.theme().paper());
}

void TestWorkbench::findMarksMatchesInEveryPane()
{
    MainWindow window;
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // d1: "Kota Lembah", "BPBD Lembah"; d2: "Lembah City". Case does not matter.
    QCOMPARE(window.setFindText(QStringLiteral("lembah")), 3);
    QCOMPARE(window.panes().at(0)->view()->selectionsOfKind(ArticleView::FindSelection).size(), 2);
    QCOMPARE(window.panes().at(1)->view()->selectionsOfKind(ArticleView::FindSelection).size(), 1);
    ArticleView *left = window.panes().at(0)->view();
    left->setFocus();
    window.findNext(false);
    QCOMPARE(left->textCursor().selectedText(), QStringLiteral("Lembah"));
    const int first = left->textCursor().position();
    window.findNext(false);
    QVERIFY(left->textCursor().position() > first);
    window.findNext(false); // wraps
    QCOMPARE(left->textCursor().position(), first);
    QCOMPARE(window.setFindText({}), 0);
    QVERIFY(left->selectionsOfKind(ArticleView::FindSelection).isEmpty());
}

void TestWorkbench::textSizeFollowsZoom()
{
    MainWindow window;
    window.setReport(m_report);
    const qreal before = window.panes().at(0)->view()->font().pointSizeF();
    window.setFontDelta(3);
    QCOMPARE(window.panes().at(0)->view()->font().pointSizeF(), before + 3);
    QCOMPARE(window.panes().at(1)->view()->font().pointSizeF(), before + 3);
    window.setPaneCount(3); // a new pane starts at the chosen size
    QCOMPARE(window.panes().at(2)->view()->font().pointSizeF(), before + 3);
    window.setFontDelta(0);
    QCOMPARE(window.panes().at(2)->view()->font().pointSizeF(), before);
}

void TestWorkbench::reviewStatusFromDelegateAndKeyboard()
{
    MainWindow window;
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FindingsPanel *panel = window.findingsPanel();
    QTableView *table = panel->view();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);

    // In the row: the delegate's combo box.
    const QModelIndex status = table->model()->index(0, FindingsModel::StatusColumn);
    table->setCurrentIndex(status);
    table->edit(status);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    const int dismissed = combo->findData(int(ReviewStatus::Dismissed));
    combo->setCurrentIndex(dismissed);
    Q_EMIT combo->activated(dismissed);
    QCOMPARE(window.reviews()->status(QStringLiteral("date_conflict|flood")), ReviewStatus::Dismissed);

    // From the keyboard: Ctrl+1 confirms the current finding.
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.reviews()->status(QStringLiteral("date_conflict|flood")), ReviewStatus::Confirmed);

    // The note column takes typed text.
    const QModelIndex note = table->model()->index(0, FindingsModel::NoteColumn);
    table->setCurrentIndex(note);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("checked with the desk"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(window.reviews()->note(QStringLiteral("date_conflict|flood")),
                 QStringLiteral("checked with the desk"));

    // Re-analysis keeps the decision: it hangs on the finding's key.
    Report again = m_report;
    std::rotate(again.findings.begin(), again.findings.begin() + 2, again.findings.end());
    window.setReport(again);
    QCOMPARE(window.reviews()->status(QStringLiteral("date_conflict|flood")), ReviewStatus::Confirmed);
}

void TestWorkbench::findingsPanelFilters()
{
    ReviewState reviews;
    FindingsPanel panel(&reviews);
    panel.setReport(m_shared);
    QCOMPARE(panel.kindFilter()->count(), 6); // "all" + five kinds
    panel.kindFilter()->setCurrentIndex(panel.kindFilter()->findData(QStringLiteral("name_variant")));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    panel.kindFilter()->setCurrentIndex(0);
    panel.severityFilter()->setCurrentIndex(panel.severityFilter()->findData(int(Severity::Medium)));
    QCOMPARE(panel.proxy()->rowCount(), 2);
    panel.severityFilter()->setCurrentIndex(0);
    reviews.setStatus(QStringLiteral("name_variant|e2"), ReviewStatus::NeedsCheck);
    panel.statusFilter()->setCurrentIndex(panel.statusFilter()->findData(int(ReviewStatus::NeedsCheck)));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    panel.statusFilter()->setCurrentIndex(0);
    panel.textFilter()->setText(QStringLiteral("deaths"));
    QCOMPARE(panel.proxy()->rowCount(), 1);
}

void TestWorkbench::exportDialogListsFormatsAndPreviews()
{
    ExportDialog dialog(m_report, MentionTheme::light());
    QStringList listed;
    for (int i = 0; i < dialog.formatChooser()->count(); ++i)
        listed << dialog.formatChooser()->itemData(i).toString();
    QCOMPARE(listed, reportFormats());
    dialog.formatChooser()->setCurrentIndex(listed.indexOf(QStringLiteral("json")));
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("\"schema_version\"")));
    QCOMPARE(dialog.highlighterDefinition(), QStringLiteral("JSON"));
    // Other text formats get their own syntax, where the report writers offer them.
    const QHash<QString, QString> syntax{{QStringLiteral("md"), QStringLiteral("Markdown")},
                                         {QStringLiteral("html"), QStringLiteral("HTML")}};
    for (auto it = syntax.cbegin(); it != syntax.cend(); ++it) {
        if (!listed.contains(it.key()))
            continue;
        dialog.formatChooser()->setCurrentIndex(listed.indexOf(it.key()));
        QCOMPARE(dialog.highlighterDefinition(), it.value());
        QVERIFY(!dialog.preview()->toPlainText().isEmpty());
    }
    QTemporaryDir dir;
    dialog.formatChooser()->setCurrentIndex(listed.indexOf(QStringLiteral("json")));
    QString error;
    QVERIFY2(dialog.exportTo(dir.filePath(QStringLiteral("r.json")), &error), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("r.json"))).size() > 100);
}

void TestWorkbench::settingsRestoreThemeAndLayout()
{
    {
        MainWindow window;
        window.setThemeName(QStringLiteral("dark"));
        window.setPaneCount(3);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow again;
    QVERIFY(again.theme().isDark());
    QCOMPARE(again.panes().size(), 3);
    QVERIFY(!QSettings().value(QStringLiteral("window/state")).toByteArray().isEmpty());
}

void TestWorkbench::publishedDateEditReanalyses()
{
    MainWindow window;
    window.show();
    window.addFiles({example(0), example(1)});
    QVERIFY(window.isAnalysing());
    QVERIFY(waitForAnalysis(window));
    QCOMPARE(window.report().articles.size(), 2);
    ArticlePane *pane = window.panes().at(1);
    QCOMPARE(pane->articleId(), QStringLiteral("d2"));
    const QDate date(2025, 3, 9);
    QSignalSpy edited(pane, &ArticlePane::publishedDateEdited);
    pane->dateEdit()->setFocus();
    pane->dateEdit()->setDate(date);
    Q_EMIT pane->dateEdit()->editingFinished();
    QCOMPARE(edited.count(), 1);
    QVERIFY(waitForAnalysis(window));
    const Article *a = window.report().article(QStringLiteral("d2"));
    QVERIFY(a);
    QCOMPARE(a->meta.published, date);
    QCOMPARE(a->meta.publishedSource, MetaSource::User);
    QVERIFY(pane->headerText().contains(QStringLiteral("set by you")));
    QCOMPARE(pane->dateEdit()->date(), date);
}

void TestWorkbench::badInputIsReportedAndTheRestLoads()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-article.txt"));
    MainWindow window;
    window.addFiles({example(0), missing});
    QVERIFY(waitForAnalysis(window));
    QCOMPARE(window.report().articles.size(), 1);
    QVERIFY(window.messages()->count() >= 1);
    const QString message = window.messages()->item(0)->text();
    QVERIFY2(message.contains(QStringLiteral("no-such-article.txt")), qPrintable(message));
    QVERIFY(message.size() > missing.size() + 5); // and a reason
}

void TestWorkbench::droppingFilesAddsThem()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(example(2)), QUrl::fromLocalFile(example(3))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(waitForAnalysis(window));
    QCOMPARE(window.report().articles.size(), 2);
    QCOMPARE(window.panes().at(1)->articleId(), QStringLiteral("d2"));
    QVERIFY(window.panes().at(0)->view()->toPlainText().contains(QStringLiteral("Garut")));
}

void TestWorkbench::synchronisedScrollingKeepsPanesTogether()
{
    MainWindow window;
    window.resize(900, 600);
    window.setReport(m_report);
    window.setFontDelta(14); // the fixture's short articles must scroll
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *sync = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == MainWindow::tr("&Synchronise Scrolling"))
            sync = a;
    QVERIFY(sync);
    QScrollBar *left = window.panes().at(0)->view()->verticalScrollBar();
    QScrollBar *right = window.panes().at(1)->view()->verticalScrollBar();
    QTRY_VERIFY(left->maximum() > 0 && right->maximum() > 0);
    // Off: each pane scrolls on its own.
    left->setValue(left->maximum());
    QCOMPARE(right->value(), 0);
    left->setValue(0);
    // On: the other pane follows to the same proportion of its length, both ways.
    sync->setChecked(true);
    left->setValue(left->maximum());
    QCOMPARE(right->value(), right->maximum());
    right->setValue(0);
    QCOMPARE(left->value(), 0);
    left->setValue(left->maximum() / 2);
    const double fraction = double(left->value()) / left->maximum();
    // QPlainTextEdit counts lines and lays wrapped paragraphs out lazily, so its maximum can
    // still grow a little after the jump: the same place within a few per cent.
    QVERIFY2(qAbs(double(right->value()) / right->maximum() - fraction) < 0.05,
             qPrintable(QStringLiteral("left %1/%2, right %3/%4")
                            .arg(left->value())
                            .arg(left->maximum())
                            .arg(right->value())
                            .arg(right->maximum())));
}

void TestWorkbench::everyControlHasAnAccessibleName()
{
    MainWindow window;
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // What a screen reader lands on: views, fields, lists and the chart. The editors inside a
    // combo or spin box speak for their parent, headers for their view; popups are Qt's.
    QStringList unnamed;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<TimelineChart *>(w);
        if (!control || w->window() != &window || qobject_cast<QHeaderView *>(w)
            || qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (w->accessibleName().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestWorkbench::screenshotsOfFixture_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << "light";
    QTest::newRow("dark") << "dark";
}

void TestWorkbench::screenshotsOfFixture()
{
    QFETCH(QString, theme);
    MainWindow window;
    window.setThemeName(theme);
    window.resize(1600, 1000);
    window.setReport(m_report);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectFirstFinding();
    window.selectEntity(QStringLiteral("e2"));
    QTest::qWait(50);
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(test::artifactPath(QStringLiteral("workbench-fixture-%1.png").arg(theme))));
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
