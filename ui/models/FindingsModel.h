#pragma once

#include "model/Report.h"
#include "models/ReviewState.h"

#include <QAbstractTableModel>

#include <memory>

namespace fc::ui {

// The contradiction panel's rows: one finding each, with the reviewer's status and note,
// which are editable and stored in a ReviewState under the finding's key.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, KindColumn, SummaryColumn, ArticlesColumn, StatusColumn, NoteColumn, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole + 1, // row in Report::findings
        SeverityRankRole,                    // int(Severity): High sorts first
        KindRole,                            // the kind code
        StatusRole,                          // int(ReviewStatus)
        FindingKeyRole,
        SortRole,         // what the column sorts by
        PlainToolTipRole, // the tooltip's text as written (Qt::ToolTipRole is it escaped)
    };

    explicit FindingsModel(ReviewState *reviews, QObject *parent = nullptr);
    void setReport(std::shared_ptr<const Report> report);
    ReviewState *reviews() const { return m_reviews; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityLabel(Severity severity);
    static QString kindLabel(const QString &kind);
    // The summary in the interface's language: the core writes both (English for the
    // contract, Indonesian beside it); Qt's translator never touches either.
    static QString summaryText(const Finding &finding);

private:
    void reviewChanged(const QString &key);
    // "d1, d2" for the table; with full, one "d1 · Outlet" line per article for the tooltip.
    QString articleNames(const Finding &finding, bool full = false) const;

    ReviewState *m_reviews;
    std::shared_ptr<const Report> m_report;
};

} // namespace fc::ui
