#include "TestPaths.h"

#include "models/EntityTreeModel.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/EntityPanel.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/Screenshot.h"
#include "widgets/TimelineChart.h"

#include <QCategoryAxis>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

#include <algorithm>

// The main window on the project's example corpus, as `factcheck-workbench --screenshot` shows
// it: the images are artifacts to look at, in both themes.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsExampleCorpusAndWritesScreenshot_data();
    void showsExampleCorpusAndWritesScreenshot();
    void seedArticlesFitTheWindow_data();
    void seedArticlesFitTheWindow();
    void unwritableScreenshotIsAnError();
    void statusBarCountsAnalysedArticles();

private:
    // What an editor needs to read in any loaded window; the reasons are in the messages.
    static void checkReadable(const fc::ui::MainWindow &window);
};

void TestMainWindow::checkReadable(const fc::ui::MainWindow &window)
{
    using namespace fc;
    // The screenshot selects the first high-severity finding: every pane that shows one of its
    // articles outlines the evidence there, and the panes show two of its articles.
    const int current = window.findingsPanel()->currentFinding();
    QVERIFY(current >= 0);
    const Finding &finding = window.report().findings.at(current);
    QCOMPARE(finding.severity, Severity::High);
    int showing = 0;
    for (const auto *pane : window.panes()) {
        bool involved = false;
        for (const Evidence &ev : finding.evidence)
            involved = involved || ev.doc == pane->articleId();
        showing += involved;
        if (involved)
            QVERIFY2(!pane->view()->selectionsOfKind(ui::ArticleView::EvidenceSelection).isEmpty(),
                     qPrintable(pane->articleId() + QStringLiteral(" shows no evidence")));
        // The chooser has room for its id and most of the name.
        const QComboBox *chooser = pane->articleChooser();
        QVERIFY2(chooser->width()
                     >= chooser->fontMetrics().horizontalAdvance(QStringLiteral("d1 \u00b7 Banjir Bandang T")),
                 qPrintable(QStringLiteral("article chooser only %1 px wide").arg(chooser->width())));
    }
    QCOMPARE(showing, 2);
    // Entity names are not squeezed out by the per-article count columns.
    const QTreeView *entities = window.entityPanel()->view();
    const int nameWidth = entities->header()->sectionSize(ui::EntityTreeModel::NameColumn);
    QVERIFY2(nameWidth >= entities->fontMetrics().horizontalAdvance(QStringLiteral("Badan Penanggulangan")),
             qPrintable(QStringLiteral("entity name column only %1 px wide").arg(nameWidth)));
    // Every article has its labelled row on the timeline, and every row is tall enough to read.
    const auto *chart = window.timeline()->chart();
    const auto *rows = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).first());
    QVERIFY(rows);
    QCOMPARE(rows->count(), window.report().articles.size());
    QVERIFY2(
        chart->plotArea().height() / rows->count() >= window.timeline()->fontMetrics().height(),
        qPrintable(QStringLiteral("timeline rows only %1 px tall").arg(chart->plotArea().height() / rows->count())));
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::showsExampleCorpusAndWritesScreenshot_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << "light";
    QTest::newRow("dark") << "dark";
}

void TestMainWindow::showsExampleCorpusAndWritesScreenshot()
{
    QFETCH(QString, theme);
    fc::ui::MainWindow window;
    window.setThemeName(theme);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString path = fc::test::artifactPath(QStringLiteral("mainwindow-examples-%1.png").arg(theme));
    QFile::remove(path);
    QString error;
    // The folder, as a user would open it: its README is not an article.
    QVERIFY2(fc::ui::takeScreenshot(window, {fc::test::examplesDir()}, path, &error), qPrintable(error));

    const QStringList files = QDir(fc::test::examplesDir()).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QCOMPARE(window.report().articles.size(), files.size());
    QCOMPARE(window.panes().size(), 2);
    for (const auto *pane : window.panes())
        QVERIFY(pane->view()->toPlainText().contains(QStringLiteral("Cimanuk")));

    const QImage shot(path);
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
    qInfo("screenshot: %s", qPrintable(path));
    checkReadable(window);
    // The example corpus's dates lie close together: the timeline shows all of them.
    QCOMPARE(window.timeline()->eventsOutsideView(), 0);
}

void TestMainWindow::seedArticlesFitTheWindow_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << "light";
    QTest::newRow("dark") << "dark";
}

void TestMainWindow::seedArticlesFitTheWindow()
{
    if (!fc::test::haveSeeds())
        QFAIL("the seed articles (../shared/corpus/seeds) are not beside the project: the suite needs them");
    QFETCH(QString, theme);
    fc::ui::MainWindow window;
    window.setThemeName(theme);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = fc::test::artifactPath(QStringLiteral("mainwindow-seeds-%1.png").arg(theme));
    QString error;
    QVERIFY2(fc::ui::takeScreenshot(window, {fc::test::seedsDir()}, path, &error), qPrintable(error));
    QCOMPARE(window.report().articles.size(), 5);
    checkReadable(window);
    // One article mentions a year long before the story: the timeline fits the story and says
    // that an event lies outside, instead of squeezing every other date into one corner.
    QVERIFY(window.timeline()->eventsOutsideView() >= 1);
    const auto *axis = qobject_cast<QDateTimeAxis *>(window.timeline()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QVERIFY(axis->min().date().year() >= 2021);
    QVERIFY(axis->titleText().contains(QStringLiteral("outside")));
}

void TestMainWindow::statusBarCountsAnalysedArticles()
{
    // The status bar's progress bar counts the articles analysed of the run's total, one at
    // a time, up to all of them; it goes away when the window is idle.
    fc::ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.statusBar()->findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->format(), QStringLiteral("%v/%m articles"));
    const QStringList files = QDir(fc::test::examplesDir()).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(files.size() >= 3);
    QList<int> values;
    QStringList texts;
    QStringList shownBeside;
    const QString shot = fc::test::artifactPath(QStringLiteral("mainwindow-progress.png"));
    QFile::remove(shot);
    connect(bar, &QProgressBar::valueChanged, &window, [&](int value) {
        if (value <= 0 || bar->maximum() <= 0)
            return;
        values << value;
        texts << bar->text();
        // The empty window's hint ("No articles yet") must not contradict the bar.
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            if (label->isVisible() && !label->text().isEmpty())
                shownBeside << label->text();
        if (value < bar->maximum() && !QFile::exists(shot)) // mid-run: the bar at work
            window.grab().save(shot);
    });
    QSignalSpy finished(&window, &fc::ui::MainWindow::analysisFinished);
    QStringList paths;
    for (const QString &f : files)
        paths << QDir(fc::test::examplesDir()).filePath(f);
    window.addFiles(paths);
    QVERIFY(bar->isVisible());
    QVERIFY(finished.wait(300000));
    QCOMPARE(window.report().articles.size(), files.size());
    QVERIFY(!values.isEmpty());
    QCOMPARE(values.last(), int(files.size()));
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QCOMPARE(texts.last(), QStringLiteral("%1/%1 articles").arg(files.size()));
    QVERIFY2(!shownBeside.join(u'\n').contains(QStringLiteral("No articles yet")), qPrintable(shownBeside.join(u'\n')));
    QVERIFY(QFile::exists(shot));
    qInfo("progress screenshot: %s", qPrintable(shot));
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::unwritableScreenshotIsAnError()
{
    fc::ui::MainWindow window;
    QString error;
    const QString path = QStringLiteral("/nonexistent-dir/shot.png");
    QVERIFY(!fc::ui::takeScreenshot(window, {}, path, &error));
    QVERIFY(error.contains(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
