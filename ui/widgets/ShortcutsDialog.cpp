#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

// "Find &Next" -> "Find Next", "&Open…" -> "Open" ("&&" is a literal ampersand).
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void walk(const QList<QAction *> &actions, const QString &where, QSet<const QAction *> *seen,
          QList<ShortcutEntry> *entries)
{
    for (const QAction *a : actions) {
        if (a->isSeparator() || seen->contains(a))
            continue;
        seen->insert(a);
        if (const QMenu *menu = a->menu()) {
            const QString path = where.isEmpty() ? plainText(menu->title())
                                                 : where + QStringLiteral(" \u203a ") + plainText(menu->title());
            walk(menu->actions(), path, seen, entries);
            continue;
        }
        if (!a->shortcuts().isEmpty())
            entries->append(ShortcutEntry{where, plainText(a->text()), keysOf(a)});
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    walk(window->menuBar()->actions(), QString(), &seen, &entries);
    // Shortcuts of actions no menu shows (a panel's, or the window's own).
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (!seen.contains(a) && !a->shortcuts().isEmpty() && !a->text().isEmpty()) {
            seen.insert(a);
            entries.append(ShortcutEntry{QString(), plainText(a->text()), keysOf(a)});
        }
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = collectShortcuts(window);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.where));
        m_table->setItem(row, 1, new QTableWidgetItem(e.action));
        m_table->setItem(row, 2, new QTableWidgetItem(e.keys));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace fc::ui
