#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "widgets/MainWindow.h"

#include <QAbstractItemView>
#include <QDir>
#include <QImage>
#include <QPlainTextEdit>
#include <QTest>

// The main window constructs, shows the example corpus and can be looked at.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsExampleCorpusAndWritesScreenshot();
};

void TestMainWindow::showsExampleCorpusAndWritesScreenshot()
{
    const fc::ArticleLoader loader;
    QList<fc::Article> articles;
    const QDir dir(fc::test::examplesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const auto &name : files) {
        auto loaded = loader.loadFile(dir.filePath(name));
        QVERIFY2(loaded.ok(), qPrintable(name));
        articles.append(*loaded.article);
    }

    fc::ui::MainWindow window;
    window.setReport(fc::Analyzer().analyze(articles));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto panes = window.findChildren<QPlainTextEdit *>();
    QCOMPARE(panes.size(), files.size());
    for (const auto *pane : panes)
        QVERIFY(pane->toPlainText().contains(QStringLiteral("Cimanuk")));

    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 800);
    const QString path = fc::test::artifactPath(QStringLiteral("mainwindow.png"));
    QVERIFY(shot.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
