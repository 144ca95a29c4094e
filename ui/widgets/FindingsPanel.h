#pragma once

#include "model/Report.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;

namespace fc::ui {

class FindingsFilterModel;
class FindingsModel;
class ReviewState;

// The contradiction panel: findings in a sortable table, narrowed by kind, severity, review
// status and text; status and note are edited in the row.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(ReviewState *reviews, QWidget *parent = nullptr);

    void setReport(std::shared_ptr<const Report> report);
    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }

    // Selects the finding (row in Report::findings); false when it is filtered out.
    bool selectFinding(int findingIndex);
    int currentFinding() const;        // -1 when none
    void setCurrentStatus(int status); // for the keyboard shortcuts

Q_SIGNALS:
    void findingSelected(int findingIndex); // -1 when the selection is cleared

private:
    void rebuildKindFilter();

    std::shared_ptr<const Report> m_report;
    FindingsModel *m_model;
    FindingsFilterModel *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_text;
    QTableView *m_view;
};

} // namespace fc::ui
