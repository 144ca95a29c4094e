#include "TestPaths.h"

#include "models/FindingsModel.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectStore.h"
#include "widgets/ArticlePane.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"

#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using fc::Article;
using fc::MetaSource;
using fc::NewArticle;
using fc::ProjectStore;
using fc::ReviewMap;
using fc::ReviewStatus; // one definition, core/model/ReviewStatus.h
using fc::StoredArticle;
using namespace fc::ui;

// The workbench on a review project, driven as an editor would: decisions made in the
// findings panel and a corrected date are in the file the moment they are made (no Save),
// and a window that opens the project again finds them; a second window is told the project
// is in use; an unsaved review becomes a project with Save Project As; a bad file is refused.
class TestProjectWorkbench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void decisionsAndDatesSurviveCloseAndReopen();
    void secondWindowIsToldTheProjectIsInUse();
    void saveProjectAsKeepsAnUnsavedReview();
    void closingAReadOnlyProjectWarns_data();
    void closingAReadOnlyProjectWarns();
    void projectNameInTheTitleIsShownAsWritten_data();
    void projectNameInTheTitleIsShownAsWritten();
    void badProjectFileIsRefusedAndLeftAlone();
    void otherEnginesCachesArePrunedOnOpenAndSaveAs();

private:
    static bool waitForAnalysis(MainWindow &window);
    static QStringList examples(int count);
    static ReviewMap storedDecisions(const QString &path);
    static int rowOf(const FindingsPanel *panel, const QString &key);
};

void TestProjectWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projectworkbench"));
}

void TestProjectWorkbench::init()
{
    QSettings().clear();
}

bool TestProjectWorkbench::waitForAnalysis(MainWindow &window)
{
    if (!window.isAnalysing())
        return true;
    QSignalSpy finished(&window, &MainWindow::analysisFinished);
    return finished.wait(120000);
}

QStringList TestProjectWorkbench::examples(int count)
{
    const QDir dir(fc::test::examplesDir());
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).mid(0, count))
        files << dir.filePath(f);
    return files;
}

ReviewMap TestProjectWorkbench::storedDecisions(const QString &path)
{
    // A reader of its own, as another program would look at the file.
    ProjectStore store;
    QString error;
    if (!store.open(path, ProjectStore::Mode::ReadOnly, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return store.decisions(&error);
}

int TestProjectWorkbench::rowOf(const FindingsPanel *panel, const QString &key)
{
    const FindingsModel *model = panel->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(FindingsModel::FindingKeyRole).toString() == key)
            return row;
    return -1;
}

void TestProjectWorkbench::decisionsAndDatesSurviveCloseAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garut.fcproj"));
    const ReviewStatus statuses[] = {ReviewStatus::Confirmed, ReviewStatus::Dismissed, ReviewStatus::NeedsCheck};
    QMap<QString, Review> made;
    const QDate corrected(2025, 3, 9);
    {
        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.newProject(path, &error), qPrintable(error));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("garut.fcproj")));
        window.addFiles(examples(4));
        QVERIFY(waitForAnalysis(window));
        QCOMPARE(window.report().articles.size(), 4);
        QVERIFY2(window.report().findings.size() >= 3, "the examples disagree in several places");

        // Through the panel: select the row, mark it (what Ctrl+1..3 do), type a note in the row.
        FindingsPanel *panel = window.findingsPanel();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(panel->selectFinding(i));
            panel->setCurrentStatus(int(statuses[i]));
            const QString note = QStringLiteral("dicek ke redaksi %1").arg(i);
            QVERIFY(panel->model()->setData(panel->model()->index(i, FindingsModel::NoteColumn), note));
            made.insert(window.report().findings.at(i).key, Review{statuses[i], note});
        }
        // In the file already, nothing saved by hand.
        const ReviewMap stored = storedDecisions(path);
        QCOMPARE(stored.size(), made.size());
        for (auto it = made.cbegin(); it != made.cend(); ++it) {
            QVERIFY2(stored.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(int(stored.value(it.key()).status), int(it->status));
            QCOMPARE(stored.value(it.key()).note, it->note);
        }

        // The editor corrects the second article's date in its pane.
        ArticlePane *pane = window.panes().at(1);
        pane->showArticle(QStringLiteral("d2"));
        QCOMPARE(pane->articleId(), QStringLiteral("d2"));
        pane->dateEdit()->setDate(corrected);
        Q_EMIT pane->dateEdit()->editingFinished();
        QVERIFY(window.isAnalysing());
        QVERIFY(waitForAnalysis(window));
        QCOMPARE(window.report().article(QStringLiteral("d2"))->meta.published, corrected);

        // Every article's analysis is cached for the next opening.
        ProjectStore reader;
        QVERIFY2(reader.open(path, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
        QVERIFY(reader.cachedAnalyses(fc::projectEngineVersion()).size() >= 4);
        QVERIFY(window.close());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // released on close

    MainWindow reopened;
    reopened.show();
    QString error;
    QVERIFY2(reopened.openProject(path, &error, MainWindow::IfLocked::Refuse), qPrintable(error));
    QVERIFY(reopened.reviews()->count() == made.size());
    // Opening it again from the recent list is no "in use by another process".
    QVERIFY2(reopened.openProject(path, &error, MainWindow::IfLocked::Refuse), qPrintable(error));
    QVERIFY(!reopened.project()->isReadOnly());
    QVERIFY(waitForAnalysis(reopened));
    QCOMPARE(reopened.report().articles.size(), 4);
    const Article *d2 = reopened.report().article(QStringLiteral("d2"));
    QVERIFY(d2);
    QCOMPARE(d2->meta.published, corrected);
    QCOMPARE(d2->meta.publishedSource, MetaSource::User);
    // The panel shows each decision on its finding's row.
    const FindingsPanel *panel = reopened.findingsPanel();
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        const int row = rowOf(panel, it.key());
        QVERIFY2(row >= 0, qPrintable(QStringLiteral("finding %1 is gone after reopening").arg(it.key())));
        QCOMPARE(panel->model()->index(row, 0).data(FindingsModel::StatusRole).toInt(), int(it->status));
        QCOMPARE(panel->model()->index(row, FindingsModel::NoteColumn).data().toString(), it->note);
        QCOMPARE(panel->model()->index(row, FindingsModel::StatusColumn).data().toString(),
                 ReviewState::statusLabel(it->status));
    }
    QVERIFY(reopened.statusSummary().contains(QStringLiteral("4 article")));
    QVERIFY(QSettings()
                .value(QStringLiteral("recentProjects"))
                .toStringList()
                .contains(QFileInfo(path).absoluteFilePath()));
}

void TestProjectWorkbench::secondWindowIsToldTheProjectIsInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.fcproj"));
    MainWindow first;
    QString error;
    QVERIFY2(first.newProject(path, &error), qPrintable(error));
    first.addFiles(examples(2));
    QVERIFY(waitForAnalysis(first));
    QVERIFY(!first.report().findings.isEmpty());
    const QString key = first.report().findings.first().key;
    first.reviews()->setStatus(key, ReviewStatus::Confirmed);

    MainWindow second;
    QVERIFY(!second.openProject(path, &error, MainWindow::IfLocked::Refuse));
    QVERIFY2(error.contains(QStringLiteral("shared.fcproj")) && error.contains(QStringLiteral("another process"))
                 && error.contains(QStringLiteral("read-only")),
             qPrintable(error));
    QVERIFY(!second.project()->isOpen());

    QVERIFY2(second.openProject(path, &error, MainWindow::IfLocked::OpenReadOnly), qPrintable(error));
    QVERIFY(second.project()->isReadOnly());
    QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(waitForAnalysis(second));
    QCOMPARE(second.reviews()->status(key), ReviewStatus::Confirmed);
    // A read-only window changes nothing in the file, and knows it has unsaved decisions.
    QVERIFY(!second.project()->hasUnsavedDecisions());
    second.reviews()->setStatus(key, ReviewStatus::Dismissed);
    QVERIFY(second.project()->hasUnsavedDecisions());
    QCOMPARE(int(storedDecisions(path).value(key).status), int(ReviewStatus::Confirmed));
    // The writer goes on writing.
    first.reviews()->setNote(key, QStringLiteral("tetap"));
    QCOMPARE(storedDecisions(path).value(key).note, QStringLiteral("tetap"));
}

void TestProjectWorkbench::closingAReadOnlyProjectWarns_data()
{
    // Read-only because another window writes the project, or because the file has no write
    // permission; the editor answers Cancel (the window stays) or Discard (it closes).
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("answerCode");
    QTest::newRow("locked, cancel") << true << int(MainWindow::UnsavedAnswer::Cancel);
    QTest::newRow("locked, discard") << true << int(MainWindow::UnsavedAnswer::Discard);
    QTest::newRow("no write permission, cancel") << false << int(MainWindow::UnsavedAnswer::Cancel);
    QTest::newRow("no write permission, discard") << false << int(MainWindow::UnsavedAnswer::Discard);
}

void TestProjectWorkbench::closingAReadOnlyProjectWarns()
{
    QFETCH(bool, locked);
    QFETCH(int, answerCode);
    const auto answer = MainWindow::UnsavedAnswer(answerCode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.fcproj"));
    QString error;
    auto writer = std::make_unique<MainWindow>();
    QVERIFY2(writer->newProject(path, &error), qPrintable(error));
    writer->addFiles(examples(2));
    QVERIFY(waitForAnalysis(*writer));
    QVERIFY(!writer->report().findings.isEmpty());
    const QString key = writer->report().findings.first().key;
    if (!locked) {
        writer.reset();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    }

    MainWindow window;
    QVERIFY2(window.openProject(path, &error, MainWindow::IfLocked::OpenReadOnly), qPrintable(error));
    QVERIFY(window.project()->isReadOnly());
    QVERIFY(waitForAnalysis(window));
    QStringList asked;
    window.setUnsavedReviewQuestion([&](const QString &text) {
        asked << text;
        return answer;
    });
    window.show();
    window.reviews()->setStatus(key, ReviewStatus::Dismissed);
    const bool closed = window.close();
    // Asked, naming the project and why the decision is not in it; never written to it.
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("desk.fcproj"))
                 && asked.first().contains(QStringLiteral("read-only")),
             qPrintable(asked.first()));
    QCOMPARE(closed, answer == MainWindow::UnsavedAnswer::Discard);
    QCOMPARE(window.isVisible(), answer != MainWindow::UnsavedAnswer::Discard);
    QVERIFY(storedDecisions(path).value(key).status != fc::ReviewStatus::Dismissed);
    if (!closed) {
        // Cancelled: the decision is still there, and the next close asks again.
        QCOMPARE(window.reviews()->status(key), ReviewStatus::Dismissed);
        window.setUnsavedReviewQuestion([](const QString &) { return MainWindow::UnsavedAnswer::Discard; });
        QVERIFY(window.close());
    }
}

void TestProjectWorkbench::projectNameInTheTitleIsShownAsWritten_data()
{
    // A project's file name is the user's (or a sender's): the title bar shows it as written.
    // Qt would drop "[*]" (its "modified" mark); a title is never markup, so tags stay text.
    QTest::addColumn<QString>("fileName");
    QTest::newRow("tags") << QStringLiteral("<img src=x> <b>bold.fcproj"); // no "/": it would be a folder
    QTest::newRow("modified mark") << QStringLiteral("draft [*] v2.fcproj");
    QTest::newRow("two marks") << QStringLiteral("[*][*].fcproj");
}

void TestProjectWorkbench::projectNameInTheTitleIsShownAsWritten()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.newProject(dir.filePath(fileName), &error), qPrintable(error));
    QVERIFY(window.windowHandle());
    // What the platform gets, after Qt's placeholder handling.
    const QString shown = window.windowHandle()->title();
    QVERIFY2(shown.startsWith(fileName + QStringLiteral(" \u2014 ")), qPrintable(shown));
}

void TestProjectWorkbench::saveProjectAsKeepsAnUnsavedReview()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.fcproj"));
    const QStringList files = examples(2);
    const QDate corrected(2025, 3, 8);
    QString key;
    {
        MainWindow window;
        window.addFiles(files);
        QVERIFY(waitForAnalysis(window));
        QVERIFY(!window.report().findings.isEmpty());
        QVERIFY(!window.project()->isOpen());
        key = window.report().findings.first().key;
        QVERIFY(window.findingsPanel()->selectFinding(0));
        window.findingsPanel()->setCurrentStatus(int(ReviewStatus::Dismissed));
        QVERIFY(window.project()->hasUnsavedDecisions());
        window.setPublishedDate(QStringLiteral("d1"), corrected);
        QVERIFY(waitForAnalysis(window));

        QString error;
        QVERIFY2(window.saveProjectAs(path, &error), qPrintable(error));
        QVERIFY(window.project()->isOpen());
        QVERIFY(!window.project()->hasUnsavedDecisions());
        QVERIFY(waitForAnalysis(window));
        QCOMPARE(window.report().article(QStringLiteral("d1"))->meta.published, corrected);
        // From now on a decision goes straight to the file.
        window.reviews()->setNote(key, QStringLiteral("sumber kedua"));
        QCOMPARE(storedDecisions(path).value(key).note, QStringLiteral("sumber kedua"));
    }

    // The original bytes travel with the project.
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    const QList<StoredArticle> stored = store.articles(&error);
    QCOMPARE(stored.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QFile f(files.at(i));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(stored.at(i).bytes, f.readAll());
    }
    QCOMPARE(stored.at(0).userPublished, corrected);
    QVERIFY(!stored.at(1).userPublished.isValid());

    MainWindow reopened;
    QVERIFY2(reopened.openProject(path, &error, MainWindow::IfLocked::Refuse), qPrintable(error));
    QVERIFY(waitForAnalysis(reopened));
    QCOMPARE(reopened.reviews()->review(key), (Review{ReviewStatus::Dismissed, QStringLiteral("sumber kedua")}));
    QCOMPARE(reopened.report().article(QStringLiteral("d1"))->meta.published, corrected);
}

void TestProjectWorkbench::badProjectFileIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.fcproj"));
    const QByteArray junk("these are an editor's notes, not a project\n");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    MainWindow window;
    window.addFiles(examples(1));
    QVERIFY(waitForAnalysis(window));
    QString error;
    QVERIFY(!window.openProject(path, &error, MainWindow::IfLocked::Refuse));
    QVERIFY2(error.contains(QStringLiteral("notes.fcproj")), qPrintable(error));
    QVERIFY(!window.project()->isOpen());
    QCOMPARE(window.report().articles.size(), 1); // what was shown stays
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk);
}

// A project keeps analyses keyed on the engine version; a writable open and Save Project As
// drop those of other versions (never read again), a read-only open leaves the file alone.
void TestProjectWorkbench::otherEnginesCachesArePrunedOnOpenAndSaveAs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.fcproj"));
    const QString oldEngine = QStringLiteral("an-older-engine");
    QString error;
    const auto seed = [&](const QString &file) {
        ProjectStore store;
        QVERIFY2(store.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        const QList<StoredArticle> stored = store.articles(&error);
        QVERIFY(!stored.isEmpty());
        QVERIFY2(store.storeAnalyses(oldEngine, {{stored.first().contentHash, QString(), QByteArray("stale")}}, &error),
                 qPrintable(error));
    };
    {
        ProjectStore store;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        QList<NewArticle> articles;
        for (const QString &file : examples(2)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            articles.append({QFileInfo(file).fileName(), file, f.readAll()});
        }
        QVERIFY2(store.addArticles(articles, &error), qPrintable(error));
        QVERIFY2(fc::analyzeProject(store, {}, &error), qPrintable(error));
    }
    seed(path);
    const auto cached = [&](const QString &file, const QString &engine) {
        ProjectStore store;
        if (!store.open(file, ProjectStore::Mode::ReadOnly, &error))
            return -1;
        return int(store.cachedAnalyses(engine).size());
    };
    QCOMPARE(cached(path, oldEngine), 1);
    QCOMPARE(cached(path, fc::projectEngineVersion()), 2);

    ReviewState reviews;
    {
        ProjectSession readOnly(&reviews);
        QCOMPARE(readOnly.open(path, true, &error), ProjectSession::OpenResult::Opened);
    }
    QCOMPARE(cached(path, oldEngine), 1); // a read-only open writes nothing

    {
        ProjectSession session(&reviews);
        QCOMPARE(session.open(path, false, &error), ProjectSession::OpenResult::Opened);
    }
    QCOMPARE(cached(path, oldEngine), 0);
    QCOMPARE(cached(path, fc::projectEngineVersion()), 2); // the current engine's stay

    seed(path);
    const QString copy = dir.filePath(QStringLiteral("copy.fcproj"));
    {
        ProjectSession session(&reviews);
        QCOMPARE(session.open(path, true, &error), ProjectSession::OpenResult::Opened);
        QVERIFY2(session.saveAs(copy, &error), qPrintable(error));
    }
    QCOMPARE(cached(copy, oldEngine), 0);
    QCOMPARE(cached(copy, fc::projectEngineVersion()), 2);
}

QTEST_MAIN(TestProjectWorkbench)
#include "tst_projectworkbench.moc"
