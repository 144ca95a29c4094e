#pragma once

#include "model/Report.h"

#include <QAbstractListModel>

namespace fc::ui {

// The analysed articles: outlet or title, date, language and how many findings touch each.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, FindingCountRole };

    explicit ArticleListModel(QObject *parent = nullptr);
    void setReport(const Report *report);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Report *m_report = nullptr;
    QList<int> m_findingCounts;
};

} // namespace fc::ui
