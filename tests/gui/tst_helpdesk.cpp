// Help for a new editor, offscreen: the manual (F1) in each interface language, the list of
// keyboard shortcuts read from the window's actions, the first-run view with Open Example
// (the installed examples) and Open Files, and File › Clear Recent Lists. Screenshots of the
// first-run view, the manual and the shortcuts go to the test artifacts for a look.
#include "TestPaths.h"

#include "i18n/Translations.h"
#include "widgets/FirstRunView.h"
#include "widgets/HelpDesk.h"
#include "widgets/MainWindow.h"
#include "widgets/ManualDialog.h"
#include "widgets/ShortcutsDialog.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace fc::ui;
using namespace Qt::StringLiterals;

class TestHelpDesk : public QObject
{
    Q_OBJECT

    static HelpDesk *helpOf(MainWindow &window) { return window.findChild<HelpDesk *>(u"helpDesk"_s); }
    static void save(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().save(fc::test::artifactPath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"factcheck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_helpdesk"_s);
        qputenv("FACTCHECK_EXAMPLES", QFile::encodeName(fc::test::examplesDir()));
    }
    void init() { QSettings().clear(); }

    // Every interface language has a manual of its own, with the same sections.
    void manualInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Translations::availableLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }
    void manualInEveryLanguage()
    {
        QFETCH(QString, language);
        QVERIFY2(QFile::exists(u":/help/manual.%1.md"_s.arg(language)), "a manual per interface language");
        const QString text = ManualDialog::manualMarkdown(language);
        const QString english = ManualDialog::manualMarkdown(u"en"_s);
        QCOMPARE(text.count(u"\n## "_s), english.count(u"\n## "_s));
        QVERIFY(text.count(u"\n## "_s) >= 4);
        QVERIFY(text.contains(u"F1"_s));
    }

    void f1OpensTheManual()
    {
        MainWindow window;
        window.show();
        HelpDesk *help = helpOf(window);
        QVERIFY(help);
        QCOMPARE(help->manualAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        auto *menu = window.findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(menu->actions().contains(help->manualAction()));
        QVERIFY(menu->actions().contains(help->shortcutsAction()));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<ManualDialog *>();
        QVERIFY2(dialog, "F1 opens the manual");
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->browser()->toPlainText().contains(u"Undo"_s));
        QVERIFY(!dialog->browser()->toPlainText().contains(u"**"_s)); // rendered, not shown as source
        save(dialog, u"desk-manual.png"_s);
    }

    // The list is generated from the actions: every action with a shortcut is in it, with
    // its menu; one added later appears without anyone editing a list.
    void shortcutsListEveryAction()
    {
        MainWindow window;
        auto *extra = new QAction(u"Extra Thing"_s, &window);
        extra->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_X);
        window.addAction(extra);
        const QList<ShortcutEntry> entries = collectShortcuts(&window);
        QStringList listed;
        for (const ShortcutEntry &e : entries)
            listed << e.keys.split(u", "_s);
        int withShortcut = 0;
        for (const QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty())
                continue;
            ++withShortcut;
            for (const QKeySequence &k : a->shortcuts())
                QVERIFY2(listed.contains(k.toString(QKeySequence::NativeText)), qPrintable(a->text()));
        }
        QCOMPARE(entries.size(), withShortcut);
        const auto find = [&](const QString &action) {
            for (const ShortcutEntry &e : entries)
                if (e.action == action)
                    return e;
            return ShortcutEntry{};
        };
        QCOMPARE(find(u"Extra Thing"_s).keys,
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X).toString(QKeySequence::NativeText));
        QCOMPARE(find(u"Manual"_s).where, u"Help"_s);
        QCOMPARE(find(u"Find"_s).where, u"Edit"_s); // "&Find…" without its marks
        QVERIFY(find(u"Undo"_s).keys.isEmpty() || find(u"Undo"_s).where == u"Edit"_s);

        HelpDesk *help = helpOf(window);
        help->shortcutsAction()->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), entries.size());
        dialog->show();
        save(dialog, u"desk-shortcuts.png"_s);
    }

    void firstRunOpensTheExample()
    {
        MainWindow window;
        window.show();
        HelpDesk *help = helpOf(window);
        QVERIFY(help->showsFirstRun());
        FirstRunView *view = help->firstRunView();
        QVERIFY(view->isVisible());
        QVERIFY(view->openExampleButton()->isEnabled());
        QVERIFY(view->openFilesButton()->isEnabled());
        save(&window, u"desk-first-run.png"_s);

        QSignalSpy finished(&window, &MainWindow::analysisFinished);
        QTest::mouseClick(view->openExampleButton(), Qt::LeftButton);
        QVERIFY(!help->showsFirstRun()); // the panes, with the analysis running
        QVERIFY(finished.wait(120000));
        QCOMPARE(window.report().articles.size(), qsizetype(4));
        QVERIFY(!help->showsFirstRun());
        save(&window, u"desk-example-opened.png"_s);
    }

    void clearRecentEmptiesBothLists()
    {
        QSettings().setValue(u"recentFiles"_s, QStringList{u"/tmp/a.txt"_s, u"/tmp/b.txt"_s});
        QSettings().setValue(u"recentProjects"_s, QStringList{u"/tmp/p.fcproj"_s});
        MainWindow window;
        auto *files = window.findChild<QMenu *>(u"recentMenu"_s);
        auto *projects = window.findChild<QMenu *>(u"recentProjectsMenu"_s);
        QCOMPARE(files->actions().size(), 2);
        QCOMPARE(projects->actions().size(), 1);
        HelpDesk *help = helpOf(window);
        auto *file = qobject_cast<QMenu *>(projects->parent());
        QVERIFY(file && file->actions().contains(help->clearRecentAction()));
        help->clearRecentAction()->trigger();
        QVERIFY(files->actions().isEmpty() && !files->isEnabled());
        QVERIFY(projects->actions().isEmpty() && !projects->isEnabled());
        QVERIFY(!QSettings().contains(u"recentFiles"_s));
        QVERIFY(!QSettings().contains(u"recentProjects"_s));
    }
};

QTEST_MAIN(TestHelpDesk)
#include "tst_helpdesk.moc"
