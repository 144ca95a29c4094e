#pragma once

#include "models/ReviewerName.h"

#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QInputDialog;
class QSettings;

namespace fc::ui {

class MainWindow;
class ReviewHistoryView;
class ReviewUndo;

// Who decided, and taking it back: installs into the window Edit › Undo and Redo of review
// actions (ReviewUndo), Edit › Reviewer Name, and the Review History dock for the selected
// finding; gives the project the editor's name for every decision it records. The name is
// asked once, at the first decision committed to a project, in a dialog beside the window that
// blocks nothing (that decision is recorded under the login name), and kept in the settings.
class ReviewDesk : public QObject
{
    Q_OBJECT
public:
    // settings: where the name is kept; null for the application's QSettings.
    explicit ReviewDesk(MainWindow *window, QSettings *settings = nullptr);
    ~ReviewDesk() override;

    ReviewUndo *undo() const { return m_undo; }
    ReviewHistoryView *historyView() const { return m_history; }
    QDockWidget *historyDock() const { return m_dock; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    const ReviewerName &reviewerName() const { return m_name; }

    // Asks for the name (window-modal, not blocking); the answer is kept.
    void askReviewerName();

private:
    QString reviewerForNextDecision();
    QInputDialog *nameDialog();
    void findingSelected(int findingIndex);

    MainWindow *m_window;
    std::unique_ptr<QSettings> m_ownSettings;
    ReviewerName m_name;
    ReviewUndo *m_undo;
    ReviewHistoryView *m_history;
    QDockWidget *m_dock;
    QAction *m_undoAction;
    QAction *m_redoAction;
    bool m_asked = false;
};

} // namespace fc::ui
