#pragma once

#include "model/Report.h"

#include <QAbstractTableModel>

#include <memory>

namespace fc::ui {

// The analysed articles: outlet or title, date, language and how many findings touch each
// (corroborations, which are agreement, are not counted).
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DateColumn, LanguageColumn, FindingsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, FindingCountRole, HighFindingCountRole };

    explicit ArticleListModel(QObject *parent = nullptr);
    void setReport(std::shared_ptr<const Report> report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The name an article goes by everywhere in the workbench.
    static QString displayName(const Article &article);

private:
    std::shared_ptr<const Report> m_report;
    QList<int> m_findingCounts;
    QList<int> m_highCounts;
};

} // namespace fc::ui
