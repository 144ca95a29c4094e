#include "FindingsPanel.h"

#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"
#include "widgets/ReviewStatusDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace fc::ui {

FindingsPanel::FindingsPanel(ReviewState *reviews, QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(reviews, this))
    , m_proxy(new FindingsFilterModel(this))
    , m_kind(new QComboBox)
    , m_severity(new QComboBox)
    , m_status(new QComboBox)
    , m_text(new QLineEdit)
    , m_view(new QTableView)
{
    m_proxy->setSourceModel(m_model);

    m_kind->setAccessibleName(tr("Filter by kind"));
    m_severity->setAccessibleName(tr("Filter by severity"));
    m_severity->addItem(tr("All severities"), -1);
    for (Severity s : {Severity::High, Severity::Medium, Severity::Low, Severity::Info})
        m_severity->addItem(FindingsModel::severityLabel(s), int(s));
    m_status->setAccessibleName(tr("Filter by review status"));
    m_status->addItem(tr("Any review"), -1);
    for (ReviewStatus s : allReviewStatuses())
        m_status->addItem(ReviewState::statusLabel(s), int(s));
    m_text->setPlaceholderText(tr("Filter findings\u2026"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter findings by text"));
    rebuildKindFilter();

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toString()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_severity->currentData().toInt();
        m_proxy->setSeverity(v < 0 ? std::nullopt : std::optional<Severity>(Severity(v)));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_status->currentData().toInt();
        m_proxy->setStatus(v < 0 ? std::nullopt : std::optional<ReviewStatus>(ReviewStatus(v)));
    });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &FindingsFilterModel::setText);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setItemDelegateForColumn(FindingsModel::StatusColumn, new ReviewStatusDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::SummaryColumn, QHeaderView::Stretch);
    header->resizeSection(FindingsModel::SeverityColumn, 80);
    header->resizeSection(FindingsModel::KindColumn, 140);
    header->resizeSection(FindingsModel::ArticlesColumn, 120);
    header->resizeSection(FindingsModel::StatusColumn, 110);
    header->resizeSection(FindingsModel::NoteColumn, 160);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT findingSelected(currentFinding()); });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kind);
    filters->addWidget(m_severity);
    filters->addWidget(m_status);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setTabOrder(m_kind, m_severity);
    setTabOrder(m_severity, m_status);
    setTabOrder(m_status, m_text);
    setTabOrder(m_text, m_view);
}

void FindingsPanel::setReport(std::shared_ptr<const Report> report)
{
    m_model->setReport(report);
    m_report = std::move(report);
    rebuildKindFilter();
}

void FindingsPanel::rebuildKindFilter()
{
    const QString current = m_kind->currentData().toString();
    std::set<QString> kinds;
    if (m_report)
        for (const auto &f : m_report->findings)
            kinds.insert(f.kind);
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &k : kinds)
        m_kind->addItem(FindingsModel::kindLabel(k), k);
    const int index = m_kind->findData(current);
    m_kind->setCurrentIndex(qMax(0, index));
    m_proxy->setKind(m_kind->currentData().toString());
}

bool FindingsPanel::selectFinding(int findingIndex)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(findingIndex, 0));
    if (!proxyIndex.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(proxyIndex,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
    return true;
}

int FindingsPanel::currentFinding() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void FindingsPanel::setCurrentStatus(int status)
{
    const int row = currentFinding();
    if (row >= 0)
        m_model->setData(m_model->index(row, FindingsModel::StatusColumn), status);
}

} // namespace fc::ui
