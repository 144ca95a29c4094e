#pragma once

#include <QObject>

class QAction;
class QStackedWidget;

namespace fc::ui {

class FirstRunView;
class MainWindow;

// Help for a new editor, installed into the window: Help › Manual (F1) and Help › Keyboard
// Shortcuts, File › Clear Recent Lists, and the first-run view that takes the window's place
// while no article is open (Open Example, Open Files).
class HelpDesk : public QObject
{
    Q_OBJECT
public:
    explicit HelpDesk(MainWindow *window);

    QAction *manualAction() const { return m_manual; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *clearRecentAction() const { return m_clearRecent; }
    FirstRunView *firstRunView() const { return m_firstRun; }
    bool showsFirstRun() const;

    void showManual();
    void showShortcuts();
    void clearRecent();
    void openExample();

private:
    void updateFirstRun();

    MainWindow *m_window;
    QAction *m_manual;
    QAction *m_shortcuts;
    QAction *m_clearRecent;
    FirstRunView *m_firstRun;
    QStackedWidget *m_stack;
};

} // namespace fc::ui
