#include "TestPaths.h"

#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MainWindow.h"
#include "widgets/Screenshot.h"

#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The main window on the project's example corpus, as `factcheck-workbench --screenshot` shows
// it: the images are artifacts to look at, in both themes.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsExampleCorpusAndWritesScreenshot_data();
    void showsExampleCorpusAndWritesScreenshot();
    void unwritableScreenshotIsAnError();
};

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
