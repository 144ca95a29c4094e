#include "MainWindow.h"

#include "models/ArticleListModel.h"
#include "models/FindingsModel.h"
#include "widgets/ArticleView.h"

#include <QHeaderView>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace fc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_theme(MentionTheme::fromName({}))
    , m_articles(new ArticleListModel(this))
    , m_findings(new FindingsModel(this))
    , m_findingsProxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Fact-checking workbench"));

    m_articleList = new QListView;
    m_articleList->setModel(m_articles);

    m_panes = new QSplitter(Qt::Horizontal);

    m_findingsProxy->setSourceModel(m_findings);
    m_findingsView = new QTableView;
    m_findingsView->setModel(m_findingsProxy);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::SummaryColumn, QHeaderView::Stretch);
    m_findingsView->verticalHeader()->hide();
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current); });

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_panes);
    right->addWidget(m_findingsView);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *main = new QSplitter(Qt::Horizontal);
    main->addWidget(m_articleList);
    main->addWidget(right);
    main->setStretchFactor(1, 4);
    setCentralWidget(main);
    resize(1280, 800);
    statusBar()->showMessage(tr("No articles loaded"));
}

void MainWindow::setReport(Report report)
{
    m_report = std::move(report);
    m_articles->setReport(&m_report);
    m_findings->setReport(&m_report);
    showArticlesInPanes();
    statusBar()->showMessage(tr("Analysed %n article(s)", nullptr, int(m_report.articles.size())) + QStringLiteral(" · ")
                             + tr("%n entities", nullptr, int(m_report.entities.size())) + QStringLiteral(" · ")
                             + tr("%n finding(s)", nullptr, int(m_report.findings.size())));
}

void MainWindow::showArticlesInPanes()
{
    qDeleteAll(m_views);
    m_views.clear();
    for (const auto &a : m_report.articles) {
        auto *view = new ArticleView;
        view->setArticle(&a, m_theme);
        m_panes->addWidget(view);
        m_views.append(view);
    }
}

void MainWindow::showFinding(const QModelIndex &proxyIndex)
{
    const int row = m_findingsProxy->mapToSource(proxyIndex).row();
    if (row < 0 || row >= m_report.findings.size())
        return;
    const Finding &f = m_report.findings.at(row);
    for (auto *view : std::as_const(m_views)) {
        QList<Span> spans;
        for (const auto &ev : f.evidence)
            if (view->article() && ev.doc == view->article()->id)
                spans.append(ev.span);
        view->showEvidence(spans);
    }
}

} // namespace fc::ui
