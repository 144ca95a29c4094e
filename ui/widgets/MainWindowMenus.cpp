// MainWindow's docks, menus and toolbar: the action builders.
#include "MainWindow.h"
#include "widgets/MainWindowInputs.h"

#include "i18n/Translations.h"
#include "ingest/ArticleLoader.h"
#include "models/ArticleListModel.h"
#include "models/FindingsModel.h"
#include "models/PlainText.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "net/UrlFetcher.h"
#include "pipeline/AnalysisRunner.h"
#include "pipeline/Analyzer.h"
#include "project/ProjectAnalysis.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/EntityPanel.h"
#include "widgets/ExportDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/OcrLanguagesDialog.h"
#include "widgets/OpenUrlDialog.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <ksyntaxhighlighting_version.h>

namespace fc::ui {

void MainWindow::createDocks()
{
    m_articleList = new QTreeView;
    m_articleList->setModel(m_articles);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setAccessibleName(tr("Articles"));
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(ArticleListModel::NameColumn, QHeaderView::Stretch);
    m_articleList->header()->setMinimumSectionSize(30);
    m_articleList->header()->resizeSection(ArticleListModel::DateColumn, 80);
    m_articleList->header()->resizeSection(ArticleListModel::LanguageColumn, 44);
    m_articleList->header()->resizeSection(ArticleListModel::FindingsColumn, 64);
    connect(m_articleList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        showArticleInPane(index.data(ArticleListModel::ArticleIdRole).toString());
    });

    m_entityPanel = new EntityPanel;
    connect(m_entityPanel, &EntityPanel::entitySelected, this, &MainWindow::selectEntity);

    m_timeline = new TimelineChart;
    m_timeline->setMinimumHeight(160);
    connect(m_timeline, &TimelineChart::eventActivated, this, &MainWindow::showTimelineEvent);
    connect(m_timeline, &TimelineChart::currentEventChanged, this,
            [this](int, const QString &description) { statusBar()->showMessage(description); });

    m_findingsPanel = new FindingsPanel(m_reviews);
    connect(m_findingsPanel, &FindingsPanel::findingSelected, this, &MainWindow::showFinding);

    m_messages = new QListWidget;
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setWordWrap(true);

    auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                       | QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        return d;
    };
    auto *articlesDock = dock(m_articleList, tr("Articles"), QStringLiteral("articlesDock"), Qt::LeftDockWidgetArea);
    auto *entitiesDock = dock(m_entityPanel, tr("Entities"), QStringLiteral("entitiesDock"), Qt::LeftDockWidgetArea);
    auto *timelineDock = dock(m_timeline, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    auto *findingsDock =
        dock(m_findingsPanel, tr("Findings"), QStringLiteral("findingsDock"), Qt::BottomDockWidgetArea);
    m_messagesDock = dock(m_messages, tr("Messages"), QStringLiteral("messagesDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(articlesDock, entitiesDock, Qt::Vertical);
    splitDockWidget(timelineDock, findingsDock, Qt::Vertical);
    tabifyDockWidget(findingsDock, m_messagesDock);
    findingsDock->raise();
    m_messagesDock->hide();
    // The left column spans the full height; the bottom area sits under the panes only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({articlesDock, entitiesDock}, {220, 420}, Qt::Vertical);
    resizeDocks({articlesDock}, {360}, Qt::Horizontal);
    resizeDocks({timelineDock, findingsDock}, {220, 240}, Qt::Vertical);
}

void MainWindow::createActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open\u2026"), this,
                                    &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    open->setToolTip(tr("Open article files (text, Markdown, HTML, PDF)"));
    QAction *openFolder = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder\u2026"),
                                          this, &MainWindow::openFolder);
    openFolder->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    QAction *addText = file->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("Add &Text\u2026"), this,
                                       &MainWindow::addTextDialog);
    addText->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    addText->setToolTip(tr("Paste an article's text"));
    QAction *openUrl = file->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open &URL\u2026"),
                                       this, &MainWindow::openUrlDialog);
    openUrl->setObjectName(QStringLiteral("openUrlAction"));
    openUrl->setShortcut(Qt::CTRL | Qt::Key_L);
    openUrl->setToolTip(tr("Fetch articles from the web (http or https addresses)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project\u2026"), this,
                    &MainWindow::newProjectDialog)
        ->setShortcut(QKeySequence::New);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &Project\u2026"), this,
                    &MainWindow::openProjectDialog)
        ->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_O);
    m_recentProjectsMenu = file->addMenu(tr("Open Recent Pro&ject"));
    m_recentProjectsMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    QAction *saveProject = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Project"), this,
                                           &MainWindow::saveProject);
    saveProject->setShortcut(QKeySequence::Save);
    saveProject->setToolTip(tr("Decisions are saved as they are made; without a project, create one"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Project &As\u2026"), this, [this] {
        saveProjectAsDialog();
    })->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Report\u2026"),
                                     this, &MainWindow::exportReport);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    file->addSeparator();
    QAction *quit =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_findField = new QLineEdit;
    m_findField->setPlaceholderText(tr("Find in articles (Ctrl+F)"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setAccessibleName(tr("Find in articles"));
    m_findField->setMaximumWidth(260);
    connect(m_findField, &QLineEdit::textChanged, this, &MainWindow::setFindText);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find\u2026"), this, [this] {
        m_findField->setFocus();
        m_findField->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] { findNext(false); });
    edit->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, this, [this] { findNext(true); });

    // View
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Colour Scheme"));
    themeMenu->setObjectName(QStringLiteral("colourSchemeMenu"));
    auto *themes = new QActionGroup(this);
    m_lightAction = themeMenu->addAction(tr("&Light"), this, [this] { setThemeName(QStringLiteral("light")); });
    m_darkAction = themeMenu->addAction(tr("&Dark"), this, [this] { setThemeName(QStringLiteral("dark")); });
    m_systemSchemeAction =
        themeMenu->addAction(tr("&System"), this, [this] { setThemeName(QStringLiteral("system")); });
    for (QAction *a : {m_lightAction, m_darkAction, m_systemSchemeAction}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    m_typeLinesAction = m_viewMenu->addAction(tr("Mention Type &Lines"), this, &MainWindow::setTypeLines);
    m_typeLinesAction->setObjectName(QStringLiteral("typeLinesAction"));
    m_typeLinesAction->setCheckable(true);
    m_typeLinesAction->setChecked(m_typeLines);
    m_typeLinesAction->setToolTip(tr("Mark each mention type with a line of its own, not by colour alone"));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Larger Text"), QKeySequence::ZoomIn, this, [this] { setFontDelta(m_fontDelta + 1); });
    m_viewMenu->addAction(tr("&Smaller Text"), QKeySequence::ZoomOut, this, [this] { setFontDelta(m_fontDelta - 1); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Add &Pane"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), this,
                          [this] { setPaneCount(int(m_panes.size()) + 1); });
    m_viewMenu->addAction(tr("&Remove Pane"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), this,
                          [this] { setPaneCount(int(m_panes.size()) - 1); });
    m_syncAction = m_viewMenu->addAction(tr("&Synchronise Scrolling"));
    m_syncAction->setCheckable(true);
    m_viewMenu->addAction(tr("&Fit Timeline"), QKeySequence(Qt::CTRL | Qt::Key_0), m_timeline,
                          &TimelineChart::fitToData);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    // The interface language: saved, and used from the next start (Translations::install).
    QMenu *languageMenu = m_viewMenu->addMenu(tr("Interface &Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString configured = Translations::configuredLanguage();
    QStringList codes{QString()};
    codes << Translations::availableLanguages();
    for (const QString &code : std::as_const(codes)) {
        // Each language in its own name, so whoever cannot read the current one finds theirs.
        const QString label = code.isEmpty() ? tr("&System Language") : Translations::nativeName(code);
        QAction *a = languageMenu->addAction(label);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == configured);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    // Analysis
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction *rerun = analysis->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-analyse"), this,
                                         &MainWindow::reanalyse);
    rerun->setShortcut(QKeySequence::Refresh);
    m_cancelAction = analysis->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel Analysis"), this,
                                         &MainWindow::cancelAnalysis);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
    analysis->addAction(tr("Text Recognition &Languages\u2026"), this, [this] {
        QSettings settings;
        OcrLanguagesDialog(&settings, this).exec();
    });
    analysis->addSeparator();
    auto step = [this](int delta) {
        QAbstractItemView *view = reinterpret_cast<QAbstractItemView *>(m_findingsPanel->view());
        const int rows = view->model()->rowCount();
        if (rows == 0)
            return;
        const int row = (view->currentIndex().row() + delta + rows) % rows;
        view->setCurrentIndex(view->model()->index(row, 0));
    };
    analysis->addAction(tr("&Next Finding"), QKeySequence(Qt::Key_F8), this, [step] { step(1); });
    analysis->addAction(tr("&Previous Finding"), QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [step] { step(-1); });
    analysis->addSeparator();
    const std::pair<ReviewStatus, QKeySequence> marks[] = {
        {ReviewStatus::Confirmed, QKeySequence(Qt::CTRL | Qt::Key_1)},
        {ReviewStatus::NeedsCheck, QKeySequence(Qt::CTRL | Qt::Key_2)},
        {ReviewStatus::Dismissed, QKeySequence(Qt::CTRL | Qt::Key_3)},
        {ReviewStatus::Unreviewed, QKeySequence(Qt::CTRL | Qt::Key_4)},
    };
    for (const auto &[status, keys] : marks) {
        const ReviewStatus s = status;
        analysis->addAction(tr("Mark as %1").arg(ReviewState::statusLabel(s)), keys, this,
                            [this, s] { m_findingsPanel->setCurrentStatus(int(s)); });
    }

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                           tr("&About Fact-checking Workbench"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addAction(openUrl);
    bar->addAction(addText);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(rerun);
    bar->addAction(m_cancelAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_findField);
    updateRecentMenu();
    updateRecentProjectsMenu();
}

} // namespace fc::ui
