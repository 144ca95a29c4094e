#pragma once

#include "model/Finding.h"
#include "models/ReviewState.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace fc::ui {

// Sorts findings by the column's SortRole and narrows them by kind, severity, review status
// and free text (summary, kind, articles, note).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setKind(const QString &kind); // "" for all
    void setSeverity(std::optional<Severity> severity);
    void setStatus(std::optional<ReviewStatus> status);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    std::optional<Severity> m_severity;
    std::optional<ReviewStatus> m_status;
    QString m_text;
};

} // namespace fc::ui
