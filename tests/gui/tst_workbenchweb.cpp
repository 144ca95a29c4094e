// The workbench's web and settings paths, driven as an editor would: open an article by URL
// (File > Open URL, Ctrl+L, or a drop) from a server the test runs on 127.0.0.1; failures
// named in Messages; a URL article kept in a review project and read back with the server
// gone; cancel that stops a fetch and a long analysis; the interface language menu; the
// About dialog; the JSON export with the review decisions.
#include "LocalHttpServer.h"
#include "TestPaths.h"

#include "i18n/Translations.h"
#include "models/ArticleListModel.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "project/ProjectReport.h"
#include "project/ProjectStore.h"
#include "project/ReviewJson.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/ExportDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/OpenUrlDialog.h"
#include "widgets/Screenshot.h"
#include "widgets/UrlFetchJob.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

#include <ksyntaxhighlighting_version.h>

using fc::Article;
using fc::Mention;
using fc::MentionType;
using fc::ProjectStore;
using fc::ReviewMap;
using fc::ReviewStatus; // one definition, core/model/ReviewStatus.h
using namespace fc::ui;
using namespace Qt::StringLiterals;

namespace {

QByteArray response(const QByteArray &type, const QByteArray &body)
{
    return fc::test::LocalHttpServer::ok(type, body);
}

// An invented news page: title, outlet and date in the head, a flood in Garut in the body.
const QByteArray articlePage = R"(<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Jembatan Gantung Putus di Garut | Kabar Lereng</title>
<meta property="og:title" content="Jembatan Gantung Putus Diterjang Arus Sungai">
<meta property="og:site_name" content="Kabar Lereng">
<meta property="article:published_time" content="2025-02-10T09:30:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article>
<h1>Jembatan Gantung Putus Diterjang Arus Sungai</h1>
<p>GARUT &ndash; Jembatan gantung yang menghubungkan dua desa di Kabupaten Garut putus pada Minggu pagi
setelah hujan deras mengguyur sejak Sabtu malam.</p>
<p>Kepala BPBD Garut, Asep Hidayat, mengatakan 3 warga luka ringan dan sekitar 40 rumah terdampak
luapan sungai.</p>
<p>Warga kini memakai perahu karet untuk menyeberang sambil menunggu jembatan darurat dibangun.</p>
</article>
<footer><p>Hak cipta Kabar Lereng.</p></footer>
</body></html>
)";

// Runs check on the first modal dialog that opens (polling, since the code under test opens
// it with exec()), then closes it unless check did.
void whenModalOpens(const std::function<void(QWidget *)> &check)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        check(modal);
        if (QApplication::activeModalWidget() == modal)
            modal->close();
    });
    timer->start();
}

QStringList messageTexts(const MainWindow &window)
{
    QStringList texts;
    for (int i = 0; i < window.messages()->count(); ++i)
        texts << window.messages()->item(i)->text();
    return texts;
}

// The test's servers run on this machine, which the workbench asks about before fetching:
// these tests answer yes.
void allowTheTestServer(MainWindow &window)
{
    window.urlFetcher()->setPrivateAddressQuestion([](const QUrl &, const QString &, const QString &) { return true; });
}

QAction *actionNamed(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestWorkbenchWeb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void urlDialogAcceptsOnlyWebAddresses_data();
    void urlDialogAcceptsOnlyWebAddresses();
    void openUrlByKeyboardShowsTheArticle();
    void screenshotTakesUrlsOnTheCommandLine();
    void droppedWebUrlIsFetched_data();
    void droppedWebUrlIsFetched();
    void fetchFailuresNameTheUrl_data();
    void fetchFailuresNameTheUrl();
    void cancelStopsAFetch();
    void localAddressIsAskedAboutFirst_data();
    void localAddressIsAskedAboutFirst();
    void cancelStopsALongAnalysis();
    void urlArticleIsKeptInTheProject();
    void saveProjectAsKeepsTheFetchedPage();
    void languageMenuSavesTheChoice();
    void aboutDialogShowsVersions();
    void jsonExportCarriesTheProjectsDecisions();

private:
    static bool waitForIdle(MainWindow &window, int ms = 60000);
    fc::test::LocalHttpServer m_server;
};

void TestWorkbenchWeb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"factcheck-tests"_s);
    QCoreApplication::setApplicationName(u"tst_workbenchweb"_s);
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    m_server.responses.insert("/jembatan", response("text/html; charset=utf-8", articlePage));
    m_server.responses.insert("/image.png", response("image/png", QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00", 11)));
}

void TestWorkbenchWeb::init()
{
    QSettings().clear();
}

bool TestWorkbenchWeb::waitForIdle(MainWindow &window, int ms)
{
    if (!window.isAnalysing())
        return true;
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    return finished.wait(ms);
}

void TestWorkbenchWeb::urlDialogAcceptsOnlyWebAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<bool>("canOpen");
    QTest::newRow("empty") << QString() << QStringList() << false;
    QTest::newRow("one") << u"https://news.example/a.html"_s << QStringList{u"https://news.example/a.html"_s} << true;
    QTest::newRow("one per line, blank lines and repeats ignored")
        << u"http://a.example/1\n\n  https://b.example/2?x=1  \nhttp://a.example/1\n"_s
        << QStringList{u"http://a.example/1"_s, u"https://b.example/2?x=1"_s} << true;
    QTest::newRow("a file path is not a web address")
        << u"https://a.example/1\n/home/x/article.txt"_s << QStringList{u"https://a.example/1"_s} << false;
    QTest::newRow("ftp is not fetched") << u"ftp://a.example/1"_s << QStringList() << false;
    QTest::newRow("no host") << u"http://"_s << QStringList() << false;
}

void TestWorkbenchWeb::urlDialogAcceptsOnlyWebAddresses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QFETCH(bool, canOpen);
    OpenUrlDialog dialog;
    dialog.editor()->setPlainText(text);
    QStringList got;
    for (const QUrl &url : dialog.urls())
        got << url.toString();
    QCOMPARE(got, urls);
    QCOMPARE(dialog.openButton()->isEnabled(), canOpen);
    // What is not an address is named, so the editor sees which line to fix.
    const QLabel *problem = nullptr;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().startsWith(u"Not a web address"_s))
            problem = label;
    QVERIFY(problem);
    QCOMPARE(problem->isVisibleTo(&dialog), !text.trimmed().isEmpty() && !canOpen);
}

void TestWorkbenchWeb::openUrlByKeyboardShowsTheArticle()
{
    MainWindow window;
    allowTheTestServer(window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *openUrl = actionNamed(window, "openUrlAction");
    QVERIFY(openUrl);
    QCOMPARE(openUrl->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    const QUrl url = m_server.url("/jembatan");
    bool sawDialog = false;
    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<OpenUrlDialog *>(modal);
        QVERIFY(dialog);
        sawDialog = true;
        QVERIFY(!dialog->openButton()->isEnabled());
        QTest::keyClicks(dialog->editor(), u"news.example/no-scheme"_s);
        QVERIFY(!dialog->openButton()->isEnabled());
        QVERIFY(dialog->grab().save(fc::test::artifactPath(u"workbench-open-url-invalid.png"_s)));
        dialog->editor()->clear();
        QTest::keyClicks(dialog->editor(), url.toString());
        QVERIFY(dialog->openButton()->isEnabled());
        QVERIFY(dialog->grab().save(fc::test::artifactPath(u"workbench-open-url-dialog.png"_s)));
        dialog->openButton()->click();
    });
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(sawDialog);
    QVERIFY(window.isAnalysing()); // fetching, the window free meanwhile
    QVERIFY(finished.wait(60000));
    QVERIFY2(window.messages()->count() == 0, qPrintable(messageTexts(window).join(u'\n')));

    // In the article list with the page's outlet and title.
    QCOMPARE(window.report().articles.size(), 1);
    const Article &a = window.report().articles.first();
    QCOMPARE(a.source, url.toString());
    QCOMPARE(a.meta.outlet, u"Kabar Lereng"_s);
    QCOMPARE(a.meta.title, u"Jembatan Gantung Putus Diterjang Arus Sungai"_s);
    QCOMPARE(a.meta.published, QDate(2025, 2, 10));
    const QModelIndex row = window.articleList()->model()->index(0, ArticleListModel::NameColumn);
    QVERIFY(row.data().toString().contains(u"Kabar Lereng"_s));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(url.toString()));
    QVERIFY(!a.text.contains(u"Beranda"_s)); // page furniture left out

    // In the first pane, its mentions highlighted, the URL named as where it came from.
    ArticlePane *pane = window.panes().first();
    QCOMPARE(pane->articleId(), a.id);
    QVERIFY(pane->headerText().contains(u"from "_s + url.toString()));
    const auto garut = std::find_if(a.mentions.cbegin(), a.mentions.cend(), [](const Mention &m) {
        return m.type == MentionType::Location && m.text == u"Garut";
    });
    QVERIFY(garut != a.mentions.cend());
    const auto coloured = pane->view()->selectionsOfKind(ArticleView::MentionSelection);
    QCOMPARE(coloured.size(), a.mentions.size());
    QVERIFY(std::any_of(coloured.cbegin(), coloured.cend(), [&](const QTextEdit::ExtraSelection &s) {
        return s.cursor.selectionStart() == garut->span.start
            && s.format.background().color() == window.theme().background(MentionType::Location);
    }));
    QTest::qWait(200); // the chart lays itself out when events are processed
    QVERIFY(window.grab().save(fc::test::artifactPath(u"workbench-url-article.png"_s)));
}

void TestWorkbenchWeb::screenshotTakesUrlsOnTheCommandLine()
{
    // `factcheck-workbench --screenshot x.png URL FILE`: the URL fetched, the file read.
    MainWindow window;
    allowTheTestServer(window);
    window.resize(1600, 1000);
    window.show();
    const QString shot = fc::test::artifactPath(u"workbench-url-and-file.png"_s);
    QFile::remove(shot);
    const QString file = QDir(fc::test::examplesDir()).filePath(u"01-kabar-pagi.txt"_s);
    QString error;
    QVERIFY2(takeScreenshot(window, {m_server.url("/jembatan").toString(), file}, shot, &error), qPrintable(error));
    QVERIFY(QFile::exists(shot));
    QCOMPARE(window.report().articles.size(), 2);
    QStringList sources;
    for (const Article &a : window.report().articles)
        sources << a.source;
    QVERIFY(sources.contains(m_server.url("/jembatan").toString()));
    QVERIFY(sources.contains(file));
    // The file came first and filled both panes; the page, which came after, took the second.
    QCOMPARE(window.panes().at(0)->articleId(), u"d1"_s);
    QCOMPARE(window.panes().at(1)->articleId(), u"d2"_s);
    // The selected finding's evidence is in view in every article it involves.
    QVERIFY(!window.report().findings.isEmpty());
    for (const fc::Evidence &ev : window.report().findings.first().evidence) {
        const auto pane = std::find_if(window.panes().cbegin(), window.panes().cend(),
                                       [&](const ArticlePane *p) { return p->articleId() == ev.doc; });
        QVERIFY2(pane != window.panes().cend(), qPrintable(ev.doc));
        QVERIFY((*pane)->view()->evidence().contains(ev.span));
    }
}

void TestWorkbenchWeb::droppedWebUrlIsFetched_data()
{
    QTest::addColumn<bool>("asText");
    QTest::newRow("URL list") << false;
    QTest::newRow("text that is a URL") << true; // a browser's address bar
}

void TestWorkbenchWeb::droppedWebUrlIsFetched()
{
    QFETCH(bool, asText);
    MainWindow window;
    allowTheTestServer(window);
    window.show();
    const QUrl url = m_server.url("/jembatan");
    QMimeData mime;
    if (asText)
        mime.setText(u"  "_s + url.toString() + u"\n"_s);
    else
        mime.setUrls({url});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(waitForIdle(window));
    QCOMPARE(window.report().articles.size(), 1);
    // Fetched, not pasted: the page's text and outlet, the URL as its source.
    QCOMPARE(window.report().articles.first().source, url.toString());
    QCOMPARE(window.report().articles.first().meta.outlet, u"Kabar Lereng"_s);
}

void TestWorkbenchWeb::fetchFailuresNameTheUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not found") << m_server.url("/missing") << u"HTTP 404"_s;
    QTest::newRow("not text") << m_server.url("/image.png") << u"binary"_s;
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QTest::newRow("connection refused") << QUrl(u"http://127.0.0.1:%1/a.html"_s.arg(port)) << u"could not be fetched"_s;
}

void TestWorkbenchWeb::fetchFailuresNameTheUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, reason);
    MainWindow window;
    allowTheTestServer(window);
    window.openUrls({url, m_server.url("/jembatan")});
    QVERIFY(waitForIdle(window));
    // The good page loads; the bad one is in Messages with its URL and why.
    QCOMPARE(window.report().articles.size(), 1);
    const QStringList messages = messageTexts(window);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(url.toString() + u": "_s), qPrintable(messages.first()));
    QVERIFY2(messages.first().contains(reason), qPrintable(messages.first()));
}

void TestWorkbenchWeb::localAddressIsAskedAboutFirst_data()
{
    // The page on 127.0.0.1; "/moved" redirects to the same page on 127.0.0.2, another
    // loopback host, asked about afresh. answers: what the editor says to each question.
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<bool>>("answers");
    QTest::addColumn<QStringList>("askedHosts");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<int>("requests"); // none to a host before it was allowed
    QTest::newRow("refused") << QByteArray("/jembatan") << QList<bool>{false} << QStringList{u"127.0.0.1"_s} << false
                             << u"loopback"_s << 0;
    QTest::newRow("allowed") << QByteArray("/jembatan") << QList<bool>{true} << QStringList{u"127.0.0.1"_s} << true
                             << QString() << 1;
    QTest::newRow("redirect refused") << QByteArray("/moved") << QList<bool>{true, false}
                                      << QStringList{u"127.0.0.1"_s, u"127.0.0.2"_s} << false << u"redirects to"_s << 1;
    // The redirect asked about, then the page fetched again through it.
    QTest::newRow("redirect allowed") << QByteArray("/moved") << QList<bool>{true, true}
                                      << QStringList{u"127.0.0.1"_s, u"127.0.0.2"_s} << true << QString() << 3;
}

void TestWorkbenchWeb::localAddressIsAskedAboutFirst()
{
    QFETCH(QByteArray, path);
    QFETCH(QList<bool>, answers);
    QFETCH(QStringList, askedHosts);
    QFETCH(bool, loaded);
    QFETCH(QString, refusal);
    QFETCH(int, requests);
    fc::test::LocalHttpServer other;
    QVERIFY(other.listen(QHostAddress(u"127.0.0.2"_s)));
    other.responses.insert("/jembatan", response("text/html; charset=utf-8", articlePage));
    m_server.responses.insert("/moved",
                              "HTTP/1.0 302 Found\r\nLocation: http://127.0.0.2:"
                                  + QByteArray::number(other.serverPort()) + "/jembatan\r\nContent-Length: 0\r\n\r\n");
    MainWindow window;
    QStringList asked;
    window.urlFetcher()->setPrivateAddressQuestion([&](const QUrl &url, const QString &host, const QString &reason) {
        asked << host;
        [&] {
            QCOMPARE(url, m_server.url(path.constData()));
            QVERIFY2(reason.contains(host), qPrintable(reason));
        }();
        return answers.value(asked.size() - 1);
    });
    const int before = m_server.requests + other.requests;
    window.openUrls({m_server.url(path.constData())});
    QVERIFY(waitForIdle(window));
    QCOMPARE(asked, askedHosts);
    QCOMPARE(window.report().articles.size(), loaded ? 1 : 0);
    QCOMPARE(m_server.requests + other.requests - before, requests);
    const QStringList messages = messageTexts(window);
    if (loaded) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    } else {
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(refusal), qPrintable(messages.first()));
    }
}

void TestWorkbenchWeb::cancelStopsAFetch()
{
    MainWindow window;
    allowTheTestServer(window);
    const int before = m_server.requests;
    window.openUrls({m_server.url("/slow")}); // never answers; the fetch would wait 30 s
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requests > before, 10000);
    QVERIFY(window.isAnalysing());
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    QElapsedTimer clock;
    clock.start();
    window.cancelAnalysis();
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!window.isAnalysing());
    QVERIFY(window.report().articles.isEmpty());
    QCOMPARE(window.messages()->count(), 0); // cancelled is not a problem with the input
}

void TestWorkbenchWeb::cancelStopsALongAnalysis()
{
    // About 1.2 MB of the example corpus as one article: analysing it takes minutes here (the
    // claims step grows faster than the text); cancel must not wait for that.
    QString text;
    const QDir dir(fc::test::examplesDir());
    QString corpus;
    for (const QString &f : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        corpus += QString::fromUtf8(file.readAll()) + u"\n\n"_s;
    }
    while (text.size() < 1200 * 1000)
        text += corpus;
    MainWindow window;
    allowTheTestServer(window);
    window.addText(text, u"long.txt"_s);
    QVERIFY(window.isAnalysing());
    QTest::qWait(1500); // well into the loading and analysis
    QVERIFY(window.isAnalysing());
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    QElapsedTimer clock;
    clock.start();
    window.cancelAnalysis();
    QVERIFY(finished.wait(20000));
    qInfo("cancelled analysis ended %lld ms after cancel", clock.elapsed());
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    // Nothing of the cancelled run is shown.
    QVERIFY(window.report().articles.isEmpty());
    QCOMPARE(window.articleList()->model()->rowCount(), 0);
    QVERIFY(window.panes().first()->articleId().isEmpty());

    // The window works on: the next input is analysed as usual.
    window.openUrls({m_server.url("/jembatan")});
    QVERIFY(waitForIdle(window));
    QCOMPARE(window.report().articles.size(), 1);
}

void TestWorkbenchWeb::urlArticleIsKeptInTheProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"web.fcproj"_s);
    fc::test::LocalHttpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    server.responses.insert("/jembatan", response("text/html; charset=utf-8", articlePage));
    const QUrl url = server.url("/jembatan");
    QString title;
    {
        MainWindow window;
        allowTheTestServer(window);
        QString error;
        QVERIFY2(window.newProject(path, &error), qPrintable(error));
        window.openUrls({url});
        QVERIFY(waitForIdle(window));
        QCOMPARE(window.report().articles.size(), 1);
        title = window.report().articles.first().meta.title;
        QVERIFY(!title.isEmpty());
        // The page as fetched, under its URL.
        QList<fc::StoredArticle> stored = window.project()->store().articles(&error);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, url.toString());
        QCOMPARE(stored.first().originalPath, url.toString());
        QCOMPARE(stored.first().bytes, articlePage);
    }
    const int requests = server.requests;
    server.close(); // reopening must not need the web
    MainWindow window;
    allowTheTestServer(window);
    QString error;
    QVERIFY2(window.openProject(path, &error, MainWindow::IfLocked::Refuse), qPrintable(error));
    QVERIFY(waitForIdle(window));
    QVERIFY2(window.messages()->count() == 0, qPrintable(messageTexts(window).join(u'\n')));
    QCOMPARE(window.report().articles.size(), 1);
    const Article &a = window.report().articles.first();
    QCOMPARE(a.source, url.toString());
    QCOMPARE(a.meta.title, title);
    QCOMPARE(a.meta.outlet, u"Kabar Lereng"_s);
    QVERIFY(!a.mentions.isEmpty());
    QVERIFY(window.panes().first()->headerText().contains(url.toString()));
    QCOMPARE(server.requests, requests);
}

void TestWorkbenchWeb::saveProjectAsKeepsTheFetchedPage()
{
    // Opened without a project, then kept with Save Project As: the page's bytes, not its
    // extracted text, go into the project, so its title and outlet come back.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"later.fcproj"_s);
    const QUrl url = m_server.url("/jembatan");
    MainWindow window;
    allowTheTestServer(window);
    window.openUrls({url});
    QVERIFY(waitForIdle(window));
    QCOMPARE(window.report().articles.size(), 1);
    QString error;
    QVERIFY2(window.saveProjectAs(path, &error), qPrintable(error));
    QVERIFY(waitForIdle(window));
    const QList<fc::StoredArticle> stored = window.project()->store().articles(&error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, url.toString());
    QCOMPARE(stored.first().bytes, articlePage);
    QCOMPARE(window.report().articles.size(), 1);
    QCOMPARE(window.report().articles.first().meta.outlet, u"Kabar Lereng"_s);
    QCOMPARE(window.report().articles.first().source, url.toString());
}

void TestWorkbenchWeb::languageMenuSavesTheChoice()
{
    QVERIFY(Translations::configuredLanguage().isEmpty());
    QList<QAction *> actions;
    {
        MainWindow window;
        allowTheTestServer(window);
        window.show();
        auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(menu);
        // Reached from the View menu.
        QMenu *view = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->menu()->actions().contains(menu->menuAction()))
                view = a->menu();
        QVERIFY(view);
        QCOMPARE(view->title(), u"&View"_s);
        QStringList labels;
        QAction *indonesian = nullptr;
        QAction *system = nullptr;
        for (QAction *a : menu->actions()) {
            labels << a->text();
            if (a->data().toString() == u"id")
                indonesian = a;
            if (a->data().toString().isEmpty())
                system = a;
        }
        QCOMPARE(labels.size(), 3);
        QCOMPARE(labels.first(), u"&System Language"_s);
        QCOMPARE(labels.at(1), u"English"_s);
        QCOMPARE(labels.at(2), u"Bahasa Indonesia"_s);
        QVERIFY(system->isChecked()); // nothing saved: the system's
        QVERIFY(indonesian && !indonesian->isChecked());
        QVERIFY(window.grab().save(fc::test::artifactPath(u"workbench-language-menu-window.png"_s)));
        menu->popup(window.mapToGlobal(QPoint(200, 60)));
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->grab().save(fc::test::artifactPath(u"workbench-language-menu.png"_s)));
        menu->hide();

        indonesian->trigger();
        QCOMPARE(QSettings().value(QLatin1String(Translations::SettingsKey)).toString(), u"id"_s);
        QCOMPARE(Translations::configuredLanguage(), u"id"_s);
        QVERIFY(indonesian->isChecked() && !system->isChecked());
        // Said to take effect from the next start, without blocking the window.
        auto *box = window.findChild<QMessageBox *>(u"languageChangedBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"Bahasa Indonesia"_s));
        QVERIFY(box->text().contains(u"next start"_s));
        box->accept();
    }
    {
        // The next window shows the saved choice; System forgets it.
        MainWindow window;
        allowTheTestServer(window);
        auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
        QAction *system = menu->actions().first();
        QVERIFY(menu->actions().at(2)->isChecked());
        system->trigger();
        QVERIFY(!QSettings().contains(QLatin1String(Translations::SettingsKey)));
        QVERIFY(Translations::configuredLanguage().isEmpty());
        QVERIFY(system->isChecked());
    }
}

void TestWorkbenchWeb::aboutDialogShowsVersions()
{
    QApplication::setApplicationVersion(QStringLiteral(FACTCHECK_VERSION));
    MainWindow window;
    allowTheTestServer(window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *about = actionNamed(window, "aboutAction");
    QVERIFY(about);
    // In the Help menu, with a mnemonic: Alt+H, A.
    QMenu *help = nullptr;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->menu()->actions().contains(about))
            help = a->menu();
    QVERIFY(help);
    QCOMPARE(help->title(), u"&Help"_s);
    QVERIFY(about->text().startsWith(u"&A"_s));

    QString text;
    QString title;
    whenModalOpens([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        title = box->windowTitle();
        text = box->text();
        QVERIFY(box->grab().save(fc::test::artifactPath(u"workbench-about.png"_s)));
    });
    QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(help->isVisible());
    QTest::keyClick(help, Qt::Key_A);
    QTRY_VERIFY(!text.isEmpty());
    QCOMPARE(title, u"About Fact-checking Workbench"_s);
    QVERIFY2(text.contains(QStringLiteral("Fact-checking Workbench " FACTCHECK_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("KSyntaxHighlighting " KSYNTAXHIGHLIGHTING_VERSION_STRING)),
             qPrintable(text));
}

void TestWorkbenchWeb::jsonExportCarriesTheProjectsDecisions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.fcproj"_s);
    const QDir examples(fc::test::examplesDir());
    QStringList files;
    for (const QString &f : examples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << examples.filePath(f);
    MainWindow window;
    allowTheTestServer(window);
    QString error;
    QVERIFY2(window.newProject(path, &error), qPrintable(error));
    window.addFiles(files);
    QVERIFY(waitForIdle(window));
    QVERIFY(window.report().findings.size() >= 2);
    const QString confirmed = window.report().findings.at(0).key;
    const QString dismissed = window.report().findings.at(1).key;
    window.reviews()->setStatus(confirmed, ReviewStatus::Confirmed);
    window.reviews()->setNote(confirmed, u"dicek ke BPBD"_s);
    window.reviews()->setStatus(dismissed, ReviewStatus::Dismissed);

    // Through the window's Export action, as the editor would.
    const QString exported = dir.filePath(u"export.json"_s);
    QString preview;
    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        QVERIFY(dialog);
        dialog->formatChooser()->setCurrentIndex(dialog->formatChooser()->findData(u"json"_s));
        preview = dialog->preview()->toPlainText();
        QString writeError;
        QVERIFY2(dialog->exportTo(exported, &writeError), qPrintable(writeError));
        dialog->reject();
    });
    actionNamed(window, "exportReportAction")->trigger();
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();

    // What `factcheck analyze --project` writes for the same project, byte for byte.
    ReviewMap reviews;
    QList<fc::Diagnostic> diagnostics;
    const std::optional<fc::Report> report =
        fc::loadProjectReport(path, fc::AnalysisOptions(), &reviews, &diagnostics, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(json, fc::writeReviewJson(*report, reviews));
    QCOMPARE(preview.toUtf8(), json);

    const QJsonArray entries = QJsonDocument::fromJson(json).object().value(u"reviews"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QHash<QString, QJsonObject> byKey;
    for (const auto &e : entries)
        byKey.insert(e.toObject().value(u"key"_s).toString(), e.toObject());
    QCOMPARE(byKey.value(confirmed).value(u"status"_s).toString(), u"confirmed"_s);
    QCOMPARE(byKey.value(confirmed).value(u"note"_s).toString(), u"dicek ke BPBD"_s);
    QVERIFY(byKey.value(confirmed).value(u"updated_at"_s).isString());
    QCOMPARE(byKey.value(dismissed).value(u"status"_s).toString(), u"dismissed"_s);
    QCOMPARE(byKey.value(dismissed).value(u"finding"_s).toString(), window.report().findings.at(1).id);
}

QTEST_MAIN(TestWorkbenchWeb)
#include "tst_workbenchweb.moc"
