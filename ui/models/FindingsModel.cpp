#include "FindingsModel.h"

#include <QStringList>

namespace fc::ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setReport(const Report *report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || !index.isValid() || index.row() >= m_report->findings.size())
        return {};
    const Finding &f = m_report->findings.at(index.row());
    if (role == FindingIndexRole)
        return index.row();
    if (role == SeverityRankRole)
        return int(f.severity);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return severityCode(f.severity);
    case KindColumn: return f.kind;
    case SummaryColumn: return f.summary;
    case ArticlesColumn: {
        QStringList docs;
        for (const auto &ev : f.evidence)
            if (!docs.contains(ev.doc))
                docs << ev.doc;
        return docs.join(QLatin1String(", "));
    }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("Summary");
    case ArticlesColumn: return tr("Articles");
    }
    return {};
}

} // namespace fc::ui
