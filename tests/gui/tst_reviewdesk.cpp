// Who decided, and taking it back, in the workbench on a review project: every review action
// is recorded with the reviewer's name (asked once, kept in the settings), Edit › Undo and
// Redo take actions back and forth and the project commits each at once, the Review History
// dock lists the selected finding's changes, and the review JSON carries reviewer and history.
#include "ReportFixture.h"
#include "TestPaths.h"

#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "models/ReviewUndo.h"
#include "models/ReviewerName.h"
#include "project/ProjectStore.h"
#include "project/ReviewJson.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/ReviewDesk.h"
#include "widgets/ReviewHistoryView.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonArray>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using fc::ReviewStatus;
using namespace fc::ui;
using namespace Qt::StringLiterals;

class TestReviewDesk : public QObject
{
    Q_OBJECT

    static fc::ReviewMap stored(const QString &path)
    {
        fc::ProjectStore store;
        QString error;
        if (!store.open(path, fc::ProjectStore::Mode::ReadOnly, &error))
            qWarning("%s", qPrintable(error));
        return store.decisions(&error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"factcheck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_reviewdesk"_s);
    }
    void init() { QSettings().clear(); }

    // The name lives in the QSettings it is given: kept across instances, trimmed, and the
    // login name until one is kept.
    void reviewerNameIsKeptInTheGivenSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"names.ini"_s), QSettings::IniFormat);
        ReviewerName name(&settings);
        QVERIFY(!name.isKept());
        QCOMPARE(name.name(), ReviewerName::loginName());
        name.keep(u"  Ani Rahma "_s);
        QSettings again(dir.filePath(u"names.ini"_s), QSettings::IniFormat);
        QVERIFY(ReviewerName(&again).isKept());
        QCOMPARE(ReviewerName(&again).name(), u"Ani Rahma"_s);
    }

    void nameIsAskedOnceAndRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"desk.fcproj"_s);
        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.newProject(path, &error), qPrintable(error));
        window.setReport(fc::test::fixtureReport());
        const auto &findings = window.report().findings;
        QVERIFY(findings.size() >= 2);
        const QString k0 = findings.at(0).key, k1 = findings.at(1).key;

        QVERIFY(!window.findChild<QInputDialog *>(u"reviewerNameDialog"_s));
        window.reviews()->setStatus(k0, ReviewStatus::Confirmed);
        auto *dialog = window.findChild<QInputDialog *>(u"reviewerNameDialog"_s);
        QVERIFY2(dialog, "the first decision asks for the reviewer's name");
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal()); // the review goes on meanwhile
        QCOMPARE(stored(path).value(k0).reviewer, ReviewerName::loginName());
        dialog->setTextValue(u"Budi Santoso"_s);
        dialog->accept();
        QCOMPARE(QSettings().value(u"review/reviewer"_s).toString(), u"Budi Santoso"_s);

        QTRY_COMPARE(window.findChildren<QInputDialog *>().size(), 0); // closed and gone
        window.reviews()->setStatus(k1, ReviewStatus::Dismissed);
        QCOMPARE(window.findChildren<QInputDialog *>().size(), 0); // asked once only
        QCOMPARE(stored(path).value(k1).reviewer, u"Budi Santoso"_s);

        // A second window, later: the kept name, no question.
        MainWindow later;
        QVERIFY2(later.newProject(dir.filePath(u"later.fcproj"_s), &error), qPrintable(error));
        later.setReport(fc::test::fixtureReport());
        later.reviews()->setStatus(k0, ReviewStatus::NeedsCheck);
        QVERIFY(!later.findChild<QInputDialog *>(u"reviewerNameDialog"_s));
        QCOMPARE(stored(later.project()->path()).value(k0).reviewer, u"Budi Santoso"_s);
    }

    void undoRedoAreCommittedAndRecorded()
    {
        QSettings().setValue(u"review/reviewer"_s, u"Ani"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"undo.fcproj"_s);
        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(window.newProject(path, &error), qPrintable(error));
        window.setReport(fc::test::fixtureReport());
        const QString key = window.report().findings.at(0).key;
        auto *desk = window.findChild<ReviewDesk *>(u"reviewDesk"_s);
        QVERIFY(desk);
        QAction *undo = desk->undoAction();
        QAction *redo = desk->redoAction();
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
        auto *edit = window.findChild<QMenu *>(u"editMenu"_s);
        QVERIFY(edit && edit->actions().contains(undo) && edit->actions().contains(redo));
        QVERIFY(!undo->isEnabled()); // nothing done yet: loading a project is not an action

        window.reviews()->setStatus(key, ReviewStatus::Confirmed);
        window.reviews()->setNote(key, u"cek"_s);
        window.reviews()->setNote(key, u"cek ke BPBD"_s); // one note edit with the one before
        QCOMPARE(desk->undo()->stack()->count(), 2);
        QVERIFY(undo->isEnabled());

        undo->trigger(); // the note
        QCOMPARE(window.reviews()->note(key), QString());
        QCOMPARE(stored(path).value(key).note, QString());
        undo->trigger(); // the status: no decision left
        QCOMPARE(window.reviews()->status(key), ReviewStatus::Unreviewed);
        QVERIFY(!stored(path).contains(key));
        redo->trigger();
        QCOMPARE(stored(path).value(key).status, fc::ReviewStatus::Confirmed);

        // Every committed change is a history row: set, note, note, undo, undo, redo.
        fc::ProjectStore store;
        QVERIFY2(store.open(path, fc::ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
        const QList<fc::ReviewChange> history = store.history(key, &error);
        QCOMPARE(history.size(), 6);
        QCOMPARE(history.at(3).oldNote, u"cek ke BPBD"_s);
        QCOMPARE(history.at(3).newNote, QString());
        QCOMPARE(history.at(4).newStatus, fc::ReviewStatus::Unreviewed);
        QCOMPARE(history.at(5).newStatus, fc::ReviewStatus::Confirmed);
        for (const auto &c : history) {
            QCOMPARE(c.reviewer, u"Ani"_s);
            QVERIFY(c.at.isValid());
        }

        // The history dock shows the selected finding's changes, newest first.
        ReviewHistoryView *view = desk->historyView();
        QVERIFY(window.findChild<QDockWidget *>(u"reviewHistoryDock"_s));
        QVERIFY(window.findingsPanel()->selectFinding(0));
        QCOMPARE(view->finding(), key);
        QCOMPARE(view->topLevelItemCount(), 6);
        QCOMPARE(view->topLevelItem(0)->text(1), u"Ani"_s);
        QVERIFY(view->topLevelItem(0)->text(2).contains(ReviewState::statusLabel(ReviewStatus::Confirmed)));
        window.reviews()->setStatus(key, ReviewStatus::Dismissed);
        QCOMPARE(view->topLevelItemCount(), 7);
        desk->historyDock()->show();
        desk->historyDock()->raise();
        QVERIFY(desk->historyDock()->grab().save(fc::test::artifactPath(u"desk-review-history.png"_s)));

        // The review JSON the export writes: reviewer and history beside the old fields.
        const QJsonObject json = fc::reviewToJson(window.report(), window.project()->decisions());
        QJsonObject entry;
        for (const auto &v : json.value(u"reviews"_s).toArray())
            if (v.toObject().value(u"key"_s).toString() == key)
                entry = v.toObject();
        QCOMPARE(entry.value(u"status"_s).toString(), u"dismissed"_s);
        QCOMPARE(entry.value(u"reviewer"_s).toString(), u"Ani"_s);
        QVERIFY(entry.value(u"updated_at"_s).isString());
        const QJsonArray rows = entry.value(u"history"_s).toArray();
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.last().toObject().value(u"old_status"_s).toString(), u"confirmed"_s);
        QCOMPARE(rows.last().toObject().value(u"status"_s).toString(), u"dismissed"_s);

        // Opening another project starts a fresh stack: no undo reaches into the old one.
        QVERIFY2(window.newProject(dir.filePath(u"other.fcproj"_s), &error), qPrintable(error));
        QVERIFY(!undo->isEnabled());
    }

    void undoWithoutProjectWorksInMemory()
    {
        MainWindow window;
        window.setReport(fc::test::fixtureReport());
        const QString key = window.report().findings.at(1).key;
        auto *desk = window.findChild<ReviewDesk *>(u"reviewDesk"_s);
        window.reviews()->setStatus(key, ReviewStatus::NeedsCheck);
        window.reviews()->setStatus(key, ReviewStatus::Dismissed);
        desk->undoAction()->trigger();
        QCOMPARE(window.reviews()->status(key), ReviewStatus::NeedsCheck);
        QVERIFY(desk->undoAction()->text().contains(ReviewState::statusLabel(ReviewStatus::NeedsCheck)));
        QVERIFY(window.findingsPanel()->selectFinding(1));
        QCOMPARE(desk->historyView()->topLevelItemCount(), 1); // the "kept in a project" line
    }
};

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
