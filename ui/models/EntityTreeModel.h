#pragma once

#include "model/Report.h"

#include <QAbstractItemModel>

#include <memory>

namespace fc::ui {

// The entity panel: a group per entity type, the entities (canonical name) under it and
// their spelling variants under each, with mention counts in total and per article.
class EntityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TotalColumn, FirstArticleColumn };
    enum Role { EntityIdRole = Qt::UserRole + 1, NodeKindRole, MentionTypeRole, CountRole };
    enum NodeKind { TypeNode, EntityNode, VariantNode };

    explicit EntityTreeModel(QObject *parent = nullptr);
    void setReport(std::shared_ptr<const Report> report);

    QModelIndex indexForEntity(const QString &entityId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeLabel(MentionType type);

private:
    struct Node
    {
        NodeKind kind = TypeNode;
        int parent = -1; // index into m_nodes, -1 for the groups
        int row = 0;
        QList<int> children;
        QString name;
        QString entityId;
        MentionType type = MentionType::Person;
        QList<int> perArticle;
        int total = 0;
    };
    void rebuild();
    const Node *node(const QModelIndex &index) const;

    std::shared_ptr<const Report> m_report;
    QList<Node> m_nodes;
    QList<int> m_groups;
};

} // namespace fc::ui
