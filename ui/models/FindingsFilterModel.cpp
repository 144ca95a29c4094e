#include "FindingsFilterModel.h"

#include "models/FindingsModel.h"

namespace fc::ui {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Status and note change under the filter while the reviewer works.
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSeverity(std::optional<Severity> severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void FindingsFilterModel::setStatus(std::optional<ReviewStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void FindingsFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && first.data(FindingsModel::KindRole).toString() != m_kind)
        return false;
    if (m_severity && first.data(FindingsModel::SeverityRankRole).toInt() != int(*m_severity))
        return false;
    if (m_status && first.data(FindingsModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {FindingsModel::KindColumn, FindingsModel::SummaryColumn, FindingsModel::ArticlesColumn,
                       FindingsModel::NoteColumn}) {
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // The table shows article ids; their names (in the tooltip) match too.
    if (m->index(sourceRow, FindingsModel::ArticlesColumn, sourceParent)
            .data(FindingsModel::PlainToolTipRole)
            .toString()
            .contains(m_text, Qt::CaseInsensitive))
        return true;
    return first.data(FindingsModel::KindRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace fc::ui
