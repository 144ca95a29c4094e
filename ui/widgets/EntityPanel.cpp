#include "EntityPanel.h"

#include "models/EntityTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace fc::ui {

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(EntityTreeModel::NameColumn);
    m_proxy->setSortRole(EntityTreeModel::CountRole);

    m_filter->setPlaceholderText(tr("Filter entities\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entities"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Entities"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(28);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting)
            Q_EMIT entitySelected(current.data(EntityTreeModel::EntityIdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_view);
}

void EntityPanel::setReport(std::shared_ptr<const Report> report)
{
    m_model->setReport(std::move(report));
    m_view->expandToDepth(0);
    for (int c = EntityTreeModel::TotalColumn; c < m_model->columnCount(); ++c) {
        // As narrow as the counts allow: with five articles fixed columns left the names no room.
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
}

void EntityPanel::selectEntity(const QString &entityId)
{
    m_selecting = true;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForEntity(entityId));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_selecting = false;
}

} // namespace fc::ui
