#include "HelpDesk.h"

#include "models/ExampleFiles.h"
#include "widgets/FirstRunView.h"
#include "widgets/MainWindow.h"
#include "widgets/ManualDialog.h"
#include "widgets/ShortcutsDialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeView>

namespace fc::ui {

HelpDesk::HelpDesk(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_manual(new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Manual"), this))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), this))
    , m_clearRecent(new QAction(tr("&Clear Recent Lists"), this))
    , m_firstRun(new FirstRunView)
    , m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("helpDesk"));
    m_manual->setObjectName(QStringLiteral("manualAction"));
    m_manual->setShortcut(QKeySequence::HelpContents);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_clearRecent->setObjectName(QStringLiteral("clearRecentAction"));
    m_clearRecent->setToolTip(tr("Forget the recently opened articles and projects"));
    connect(m_manual, &QAction::triggered, this, &HelpDesk::showManual);
    connect(m_shortcuts, &QAction::triggered, this, &HelpDesk::showShortcuts);
    connect(m_clearRecent, &QAction::triggered, this, &HelpDesk::clearRecent);

    if (auto *help = window->findChild<QMenu *>(QStringLiteral("helpMenu"))) {
        QAction *first = help->actions().value(0);
        help->insertActions(first, {m_manual, m_shortcuts});
        help->insertSeparator(first);
    }
    if (auto *recentProjects = window->findChild<QMenu *>(QStringLiteral("recentProjectsMenu"))) {
        // Right after the two recent lists, in the File menu that holds them.
        if (auto *file = qobject_cast<QMenu *>(recentProjects->parent())) {
            const QList<QAction *> actions = file->actions();
            const qsizetype at = actions.indexOf(recentProjects->menuAction());
            file->insertAction(actions.value(at + 1), m_clearRecent);
        }
    }

    connect(m_firstRun, &FirstRunView::openExampleRequested, this, &HelpDesk::openExample);
    connect(m_firstRun, &FirstRunView::openFilesRequested, this, [this] {
        if (auto *open = m_window->findChild<QAction *>(QStringLiteral("openAction")))
            open->trigger();
        updateFirstRun();
    });
    m_firstRun->setExampleAvailable(!exampleArticles().isEmpty());
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(window->takeCentralWidget());
    window->setCentralWidget(m_stack);
    connect(window, &MainWindow::analysisFinished, this, &HelpDesk::updateFirstRun);
    QAbstractItemModel *articles = window->articleList()->model();
    connect(articles, &QAbstractItemModel::modelReset, this, &HelpDesk::updateFirstRun);
    connect(articles, &QAbstractItemModel::rowsInserted, this, &HelpDesk::updateFirstRun);
    connect(articles, &QAbstractItemModel::rowsRemoved, this, &HelpDesk::updateFirstRun);
    updateFirstRun();
}

bool HelpDesk::showsFirstRun() const
{
    return m_stack->currentWidget() == m_firstRun;
}

void HelpDesk::updateFirstRun()
{
    const bool empty = m_window->articleList()->model()->rowCount() == 0 && !m_window->isAnalysing();
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

void HelpDesk::showManual()
{
    auto *dialog = m_window->findChild<ManualDialog *>();
    if (!dialog) {
        dialog = new ManualDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void HelpDesk::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpDesk::clearRecent()
{
    QSettings settings;
    settings.remove(QStringLiteral("recentFiles"));
    settings.remove(QStringLiteral("recentProjects"));
    for (const char *name : {"recentMenu", "recentProjectsMenu"}) {
        if (auto *menu = m_window->findChild<QMenu *>(QLatin1String(name))) {
            menu->clear();
            menu->setEnabled(false);
        }
    }
}

void HelpDesk::openExample()
{
    const QStringList files = exampleArticles();
    if (files.isEmpty())
        return;
    m_window->addFiles(files);
    updateFirstRun();
}

} // namespace fc::ui
