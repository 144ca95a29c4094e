#include "EntityTreeModel.h"

#include "models/ArticleListModel.h"
#include "models/PlainText.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace fc::ui {

EntityTreeModel::EntityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString EntityTreeModel::typeLabel(MentionType type)
{
    switch (type) {
    case MentionType::Person: return tr("People");
    case MentionType::Organisation: return tr("Organisations");
    case MentionType::Location: return tr("Places");
    case MentionType::Title: return tr("Titles and roles");
    case MentionType::Date: return tr("Dates");
    case MentionType::Time: return tr("Times");
    case MentionType::Quantity: return tr("Figures");
    case MentionType::Source: return tr("Sources");
    }
    return {};
}

void EntityTreeModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    rebuild();
    endResetModel();
}

void EntityTreeModel::rebuild()
{
    m_nodes.clear();
    m_groups.clear();
    if (!m_report)
        return;
    const qsizetype articleCount = m_report->articles.size();

    // Mention counts per entity and per (entity, spelling), per article.
    QHash<QString, QList<int>> entityCounts;
    QHash<QString, QHash<QString, QList<int>>> variantCounts;
    for (qsizetype a = 0; a < articleCount; ++a) {
        for (const auto &m : m_report->articles.at(a).mentions) {
            if (m.entityId.isEmpty())
                continue;
            auto &counts = entityCounts[m.entityId];
            counts.resize(articleCount);
            ++counts[a];
            auto &vcounts = variantCounts[m.entityId][m.text];
            vcounts.resize(articleCount);
            ++vcounts[a];
        }
    }

    // Groups in the order of the type enum; entities in report order (already stable).
    QMap<int, QList<const Entity *>> byType;
    for (const auto &e : m_report->entities)
        byType[int(e.type)].append(&e);
    auto sum = [](const QList<int> &l) {
        int s = 0;
        for (int v : l)
            s += v;
        return s;
    };
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        Node group;
        group.kind = TypeNode;
        group.type = MentionType(it.key());
        group.name = typeLabel(group.type);
        group.row = int(m_groups.size());
        group.perArticle.resize(articleCount);
        const int groupIndex = int(m_nodes.size());
        m_nodes.append(group);
        m_groups.append(groupIndex);
        for (const Entity *e : it.value()) {
            Node en;
            en.kind = EntityNode;
            en.parent = groupIndex;
            en.row = int(m_nodes[groupIndex].children.size());
            en.name = e->name;
            en.entityId = e->id;
            en.type = e->type;
            en.perArticle = entityCounts.value(e->id);
            en.perArticle.resize(articleCount);
            en.total = sum(en.perArticle);
            const int entityIndex = int(m_nodes.size());
            m_nodes.append(en);
            m_nodes[groupIndex].children.append(entityIndex);
            for (qsizetype a = 0; a < articleCount; ++a)
                m_nodes[groupIndex].perArticle[a] += en.perArticle.at(a);
            m_nodes[groupIndex].total += en.total;
            // Variants: the entity's own list, plus any spelling its mentions use that is not
            // the canonical name, so what the articles write is always visible.
            QStringList variants = e->variants;
            const auto spellings = variantCounts.value(e->id);
            for (auto s = spellings.cbegin(); s != spellings.cend(); ++s)
                if (s.key() != e->name && !variants.contains(s.key()))
                    variants.append(s.key());
            std::sort(variants.begin(), variants.end());
            for (const QString &v : std::as_const(variants)) {
                if (v == e->name)
                    continue;
                Node var;
                var.kind = VariantNode;
                var.parent = entityIndex;
                var.row = int(m_nodes[entityIndex].children.size());
                var.name = v;
                var.entityId = e->id;
                var.type = e->type;
                var.perArticle = spellings.value(v);
                var.perArticle.resize(articleCount);
                var.total = sum(var.perArticle);
                const int variantIndex = int(m_nodes.size());
                m_nodes.append(var);
                m_nodes[entityIndex].children.append(variantIndex);
            }
        }
    }
}

const EntityTreeModel::Node *EntityTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i >= 0 && i < m_nodes.size() ? &m_nodes.at(i) : nullptr;
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(m_groups.at(row))) : QModelIndex();
    const Node *p = node(parent);
    if (!p || parent.column() != 0 || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    const Node *p = node(parent);
    return p && parent.column() == 0 ? int(p->children.size()) : 0;
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return FirstArticleColumn + (m_report ? int(m_report->articles.size()) : 0);
}

QModelIndex EntityTreeModel::indexForEntity(const QString &entityId) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.kind == EntityNode && n.entityId == entityId)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const int column = index.column();
    switch (role) {
    case EntityIdRole: return n->entityId;
    case NodeKindRole: return int(n->kind);
    case MentionTypeRole: return int(n->type);
    case CountRole:
        if (column == TotalColumn)
            return n->total;
        if (column >= FirstArticleColumn)
            return n->perArticle.value(column - FirstArticleColumn);
        return {};
    case Qt::DisplayRole:
        if (column == NameColumn)
            return n->kind == TypeNode ? QStringLiteral("%1 (%2)").arg(n->name).arg(n->children.size()) : n->name;
        if (column == TotalColumn)
            return n->total;
        if (column >= FirstArticleColumn) {
            const int c = n->perArticle.value(column - FirstArticleColumn);
            return c ? QVariant(c) : QVariant(QString());
        }
        return {};
    case Qt::ToolTipRole:
        if (n->kind == EntityNode && m_report) {
            const Entity *e = m_report->entity(n->entityId);
            QString tip = QStringLiteral("%1 (%2)").arg(n->name, mentionTypeCode(n->type));
            if (e && !e->kb.isEmpty())
                tip += QLatin1Char('\n') + tr("Wikidata: %1").arg(e->kb);
            if (e && !e->variants.isEmpty())
                tip += QLatin1Char('\n') + tr("Also written: %1").arg(e->variants.join(QLatin1String(", ")));
            return plainToolTip(tip);
        }
        if (n->kind == VariantNode)
            return plainToolTip(tr("Spelling of %1").arg(m_nodes.at(n->parent).name));
        return {};
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_report)
        return {};
    if (section >= FirstArticleColumn && section - FirstArticleColumn < m_report->articles.size()) {
        const Article &a = m_report->articles.at(section - FirstArticleColumn);
        if (role == Qt::DisplayRole)
            return a.id;
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("Mentions in %1").arg(ArticleListModel::displayName(a)));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Name");
    if (section == TotalColumn)
        return tr("Total");
    return {};
}

} // namespace fc::ui
