// A project keeps the bytes of every article it holds, so an article read from an image (a
// screenshot, a scanned PDF) shows its image in the workbench's pane after the file it was
// added from has moved: the pane's source loader asks the project (MainWindow::sourceBytes,
// ProjectStore::articleBytes). The images are drawn here and "read" by a stand-in for
// Tesseract (tests/support/StandInScans.h).
#include "StandInScans.h"
#include "pdf/PdfTextExtractor.h"
#include "project/ProjectStore.h"
#include "widgets/ArticleImageView.h"
#include "widgets/ArticlePane.h"
#include "widgets/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fc;
using namespace fc::ui;
using namespace Qt::StringLiterals;

class TestProjectImage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { setImageTextReader({}); }
    void init() { QSettings().clear(); }
    void imagesShownAfterTheFilesMoved_data();
    void imagesShownAfterTheFilesMoved();
    void storeGivesAnArticlesBytes();

private:
    static bool waitForAnalysis(MainWindow &window);
    static bool write(const QString &path, const QByteArray &bytes);
    // The pages the pane shows for the article read from name, or none.
    static QList<ArticlePage> shownPages(MainWindow &window, const QString &name);

    fc::test::DrawnScan m_shot;
    fc::test::DrawnScan m_page;
};

void TestProjectImage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"factcheck-tests"_s);
    QCoreApplication::setApplicationName(u"tst_project_image"_s);
    registerPdfSupport();
    m_shot = fc::test::drawScan(0, {u"Banjir bandang melanda Garut pada Senin pagi."_s}, QSize(1400, 260));
    m_page = fc::test::drawScan(1, {u"Bantuan dari Bandung tiba pada Selasa siang."_s});
    setImageTextReader(fc::test::standInReader({m_shot, m_page}));
}

bool TestProjectImage::waitForAnalysis(MainWindow &window)
{
    if (!window.isAnalysing())
        return true;
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    return finished.wait(120000);
}

bool TestProjectImage::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QList<ArticlePage> TestProjectImage::shownPages(MainWindow &window, const QString &name)
{
    for (const Article &a : window.report().articles) {
        if (!a.source.endsWith(name))
            continue;
        ArticlePane *pane = window.panes().constFirst();
        pane->showArticle(a.id);
        if (pane->articleId() != a.id || pane->imageToggle()->isHidden())
            return {};
        pane->setShowImage(true);
        return pane->showsImage() ? pane->imageView()->pages() : QList<ArticlePage>();
    }
    return {};
}

void TestProjectImage::imagesShownAfterTheFilesMoved_data()
{
    QTest::addColumn<bool>("saveAs");
    // Added to a new project, or read without one and kept with Save Project As.
    QTest::newRow("added to a project") << false;
    QTest::newRow("saved as a project") << true;
}

void TestProjectImage::imagesShownAfterTheFilesMoved()
{
    QFETCH(bool, saveAs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"masuk"_s));
    const QString shot = dir.filePath(u"masuk/layar.png"_s);
    const QString pdf = dir.filePath(u"masuk/pindaian.pdf"_s);
    QVERIFY(write(shot, fc::test::png(m_shot.image)));
    QVERIFY(write(pdf, fc::test::imageOnlyPdf({m_page})));
    const QString project = dir.filePath(u"banjir.fcproj"_s);
    {
        MainWindow window;
        window.show();
        QString error;
        if (!saveAs)
            QVERIFY2(window.newProject(project, &error), qPrintable(error));
        window.addFiles({shot, pdf});
        QVERIFY(waitForAnalysis(window));
        if (saveAs) {
            QVERIFY2(window.saveProjectAs(project, &error), qPrintable(error));
            QVERIFY(waitForAnalysis(window));
        }
        QCOMPARE(window.report().articles.size(), 2);
        QCOMPARE(shownPages(window, u"layar.png"_s).size(), 1);
        QCOMPARE(shownPages(window, u"pindaian.pdf"_s).size(), 1);
    }
    // The files move away (the folder renamed): the project alone holds them now.
    QVERIFY(QDir(dir.path()).rename(u"masuk"_s, u"arsip"_s));
    QVERIFY(!QFile::exists(shot) && !QFile::exists(pdf));

    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openProject(project, &error, MainWindow::IfLocked::Refuse), qPrintable(error));
    QVERIFY(waitForAnalysis(window));
    QCOMPARE(window.report().articles.size(), 2);

    const QList<ArticlePage> image = shownPages(window, u"layar.png"_s);
    QCOMPARE(image.size(), 1);
    QCOMPARE(image.first().page, 0);
    QCOMPARE(image.first().image.size(), m_shot.image.size());
    QCOMPARE(image.first().image.pixelColor(fc::test::scanMarker(0).center()),
             m_shot.image.pixelColor(fc::test::scanMarker(0).center()));
    const ArticleImageView *view = window.panes().constFirst()->imageView();
    QVERIFY(!view->mentionBoxes(0).isEmpty()); // Garut

    const QList<ArticlePage> pages = shownPages(window, u"pindaian.pdf"_s);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().page, 1);
    QVERIFY(!pages.first().image.isNull());
    QVERIFY(!view->mentionBoxes(1).isEmpty()); // Bandung
}

// The store hands out one article's bytes by its id, and nothing for an id it does not hold.
void TestProjectImage::storeGivesAnArticlesBytes()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(dir.filePath(u"p.fcproj"_s), &error), qPrintable(error));
    const QByteArray bytes = fc::test::png(m_shot.image);
    const auto ids = store.addArticles({{u"layar.png"_s, u"layar.png"_s, bytes}, {u"b.txt"_s, {}, "teks"_ba}}, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(store.articleBytes(ids->at(0), &error), bytes);
    QCOMPARE(store.articleBytes(ids->at(1), &error), "teks"_ba);
    QVERIFY(store.articleBytes(ids->at(1) + 100, &error).isEmpty());
    QVERIFY(error.isEmpty());
}

QTEST_MAIN(TestProjectImage)
#include "tst_project_image.moc"
