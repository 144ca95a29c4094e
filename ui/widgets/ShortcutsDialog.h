#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;
class QTableWidget;

namespace fc::ui {

// One keyboard shortcut of the window: where the action is (its menu path, empty for an
// action outside the menus), its name as the menu shows it, and its keys as this platform
// writes them.
struct ShortcutEntry
{
    QString where;
    QString action;
    QString keys;
};

// Every action of the window that has a shortcut, read from the actions themselves (menus in
// menu-bar order, then actions outside the menus), so the list cannot fall behind them.
QList<ShortcutEntry> collectShortcuts(const QMainWindow *window);

// Help › Keyboard Shortcuts: the list above in a table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace fc::ui
