#pragma once

#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QMainWindow>

class QListView;
class QTableView;
class QSplitter;
class QSortFilterProxyModel;

namespace fc::ui {

class ArticleListModel;
class ArticleView;
class FindingsModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setReport(Report report);
    const Report &report() const { return m_report; }

private:
    void showFinding(const QModelIndex &proxyIndex);
    void showArticlesInPanes();

    Report m_report;
    MentionTheme m_theme;
    ArticleListModel *m_articles = nullptr;
    FindingsModel *m_findings = nullptr;
    QSortFilterProxyModel *m_findingsProxy = nullptr;
    QListView *m_articleList = nullptr;
    QTableView *m_findingsView = nullptr;
    QSplitter *m_panes = nullptr;
    QList<ArticleView *> m_views;
};

} // namespace fc::ui
