#include "ReviewDesk.h"

#include "models/ProjectSession.h"
#include "models/ReviewUndo.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MainWindow.h"
#include "widgets/ReviewHistoryView.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QUndoStack>

namespace fc::ui {

ReviewDesk::ReviewDesk(MainWindow *window, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_name(settings ? settings : m_ownSettings.get())
    , m_undo(new ReviewUndo(window->reviews(), window->project(), this))
    , m_history(new ReviewHistoryView(window->project()))
{
    setObjectName(QStringLiteral("reviewDesk"));
    window->project()->setReviewerSource([this] { return reviewerForNextDecision(); });

    m_undoAction = m_undo->stack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = m_undo->stack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    auto *reviewerAction = new QAction(tr("Reviewer Na&me\u2026"), this);
    reviewerAction->setObjectName(QStringLiteral("reviewerNameAction"));
    connect(reviewerAction, &QAction::triggered, this, &ReviewDesk::askReviewerName);
    if (auto *edit = window->findChild<QMenu *>(QStringLiteral("editMenu"))) {
        QAction *first = edit->actions().value(0);
        edit->insertActions(first, {m_undoAction, m_redoAction});
        edit->insertSeparator(first);
        edit->addSeparator();
        edit->addAction(reviewerAction);
    }
    // The window's own shortcuts work wherever the focus is in it, menus shown or not.
    window->addActions({m_undoAction, m_redoAction});

    m_dock = new QDockWidget(tr("Review History"), window);
    m_dock->setObjectName(QStringLiteral("reviewHistoryDock"));
    m_dock->setWidget(m_history);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                        | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (auto *findings = window->findChild<QDockWidget *>(QStringLiteral("findingsDock"))) {
        window->tabifyDockWidget(findings, m_dock);
        findings->raise();
    }
    if (auto *view = window->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(m_dock->toggleViewAction());

    connect(window->findingsPanel(), &FindingsPanel::findingSelected, this, &ReviewDesk::findingSelected);
}

ReviewDesk::~ReviewDesk() = default;

void ReviewDesk::findingSelected(int findingIndex)
{
    const auto &findings = m_window->report().findings;
    m_history->setFinding(findingIndex >= 0 && findingIndex < findings.size() ? findings.at(findingIndex).key
                                                                              : QString());
}

QString ReviewDesk::reviewerForNextDecision()
{
    if (!m_name.isKept() && !m_asked) {
        m_asked = true; // once per run, answered or not
        // Beside the window, not over it: the editor's work (and the keyboard focus) stays
        // where it was, and this decision is recorded under the login name meanwhile.
        QInputDialog *dialog = nameDialog();
        dialog->setAttribute(Qt::WA_ShowWithoutActivating);
        dialog->show();
    }
    return m_name.name();
}

void ReviewDesk::askReviewerName()
{
    nameDialog()->open();
}

QInputDialog *ReviewDesk::nameDialog()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("reviewerNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reviewer Name"));
    dialog->setLabelText(tr("Your name, as the project records it with each review decision:"));
    dialog->setTextValue(m_name.name());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_name.keep(text);
    });
    return dialog;
}

} // namespace fc::ui
