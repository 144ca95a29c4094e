#pragma once

#include "model/Report.h"

#include <QAbstractTableModel>

namespace fc::ui {

// The contradiction panel's rows: one finding each.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, KindColumn, SummaryColumn, ArticlesColumn, ColumnCount };
    enum Role { FindingIndexRole = Qt::UserRole + 1, SeverityRankRole };

    explicit FindingsModel(QObject *parent = nullptr);
    void setReport(const Report *report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Report *m_report = nullptr;
};

} // namespace fc::ui
