#pragma once

#include "model/Report.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace fc::ui {

class EntityTreeModel;

// The entity panel: entities by type with their variants and counts per article, a filter,
// and selection that highlights the entity in every article pane.
class EntityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);

    void setReport(std::shared_ptr<const Report> report);
    // Selects the entity's row ("" clears) without emitting entitySelected.
    void selectEntity(const QString &entityId);

    EntityTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }

Q_SIGNALS:
    void entitySelected(const QString &entityId);

private:
    EntityTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_selecting = false;
};

} // namespace fc::ui
