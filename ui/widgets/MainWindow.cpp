#include "MainWindow.h"

#include "i18n/Translations.h"
#include "ingest/ArticleLoader.h"
#include "models/ArticleListModel.h"
#include "models/FindingsModel.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "net/UrlFetcher.h"
#include "pipeline/Analyzer.h"
#include "project/ProjectAnalysis.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/EntityPanel.h"
#include "widgets/ExportDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/HelpDesk.h"
#include "widgets/OpenUrlDialog.h"
#include "widgets/ProjectLaunch.h"
#include "widgets/ReviewDesk.h"
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
#include <QtConcurrentRun>

#include <ksyntaxhighlighting_version.h>

namespace fc::ui {

namespace {
const QStringList articleSuffixes{QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html"),
                                  QStringLiteral("htm"), QStringLiteral("pdf")};
constexpr int maxRecentFiles = 8;
const QString projectSuffix = QStringLiteral("fcproj");

// Folders stand for the article files in them, in name order so runs are repeatable.
QStringList expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.isDir()) {
            files << p;
            continue;
        }
        QStringList inDir;
        QDirIterator it(p, QDir::Files | QDir::Readable);
        while (it.hasNext()) {
            const QString f = it.next();
            const QFileInfo fi(f);
            // A folder's README describes the articles; it is not one of them.
            if (articleSuffixes.contains(fi.suffix().toLower())
                && !fi.completeBaseName().startsWith(QLatin1String("README"), Qt::CaseInsensitive))
                inDir << f;
        }
        std::sort(inDir.begin(), inDir.end());
        files << inDir;
    }
    return files;
}

AnalysisOptions cancellable(const std::shared_ptr<std::atomic_bool> &cancel)
{
    AnalysisOptions options;
    options.cancelled = [cancel] { return cancel->load(); };
    return options;
}

AnalysisResult runAnalysis(QList<Article> inputs, const QStringList &paths,
                           const QList<std::pair<QString, QString>> &texts, const QList<Article> &pages,
                           const std::shared_ptr<std::atomic_bool> &cancel)
{
    AnalysisResult result;
    const ArticleLoader loader;
    auto take = [&result](LoadResult loaded) {
        result.diagnostics << loaded.diagnostics;
        if (loaded.ok())
            result.loaded.append(std::move(*loaded.article));
    };
    for (const QString &path : expandPaths(paths)) {
        if (cancel->load())
            return result; // dropped by the window
        take(loader.loadFile(path));
    }
    for (const auto &[text, name] : texts)
        take(loader.loadText(text, name));
    result.loaded << pages; // fetched and read already
    inputs << result.loaded;
    result.report = Analyzer(cancellable(cancel)).analyze(std::move(inputs));
    return result;
}

// The project's articles with the editor's corrections, through a read-only connection of
// this thread's own (SQL connections stay in their thread; read-only takes no lock and never
// writes). Cached results make reopening fast; new results go back in result.fresh.
AnalysisResult runProjectAnalysis(const QString &path, const QList<Diagnostic> &problems,
                                  const std::shared_ptr<std::atomic_bool> &cancel)
{
    AnalysisResult result;
    result.fromProject = true;
    result.diagnostics = problems;
    ProjectStore store;
    QString error;
    std::optional<ProjectAnalysis> analysis;
    if (store.open(path, ProjectStore::Mode::ReadOnly, &error))
        analysis = analyzeProject(store, cancellable(cancel), &error);
    if (!analysis) {
        result.diagnostics << Diagnostic{Diagnostic::Severity::Error, path, error};
        return result;
    }
    for (Diagnostic d : std::as_const(analysis->diagnostics)) {
        d.input = QFileInfo(path).fileName() + QStringLiteral(" > ") + d.input;
        result.diagnostics << d;
    }
    result.report = std::move(analysis->report);
    result.storeIds = std::move(analysis->articleIds);
    result.fresh = std::move(analysis->fresh);
    return result;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_theme(MentionTheme::light())
    , m_reviews(new ReviewState(this))
    , m_articles(new ArticleListModel(this))
    , m_project(new ProjectSession(m_reviews, this))
    , m_fetcher(new UrlFetchJob(this))
{
    setWindowTitle(tr("Fact-checking Workbench"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);

    m_paneSplitter = new QSplitter(Qt::Horizontal);
    m_paneSplitter->setChildrenCollapsible(false);
    m_paneSplitter->setHandleWidth(6);
    m_legend = new QLabel;
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setContentsMargins(6, 2, 6, 2);
    m_legend->setAccessibleName(tr("Colour legend"));
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_legend);
    centralLayout->addWidget(m_paneSplitter, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    new ReviewDesk(this); // review history, undo, reviewer name (widgets/ReviewDesk.h)
    new HelpDesk(this);   // manual, shortcuts, first-run view, Clear Recent (widgets/HelpDesk.h)

    m_summary = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // the analysis reports no steps, only that it runs
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_progress->hide();
    m_cancelButton = new QToolButton;
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_summary);

    connect(&m_watcher, &QFutureWatcher<AnalysisResult>::finished, this, &MainWindow::analysisDone);
    connect(m_fetcher, &UrlFetchJob::finished, this, &MainWindow::pagesFetched);
    connect(m_fetcher, &UrlFetchJob::cancelled, this, &MainWindow::finishIfIdle);
    connect(m_reviews, &ReviewState::reviewChanged, this, &MainWindow::updateStatus);
    connect(m_project, &ProjectSession::projectChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectSession::writeFailed, this, &MainWindow::projectWriteFailed);

    resize(1440, 900);
    setPaneCount(2);
    restoreSettings();
    applyReport({});
}

MainWindow::~MainWindow()
{
    // A worker still running holds only its own copies; stop it and wait so it never outlives
    // the window.
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
    // Children die after this destructor has run; none of their signals may reach it then.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    // The views outlive m_report by a little (QWidget's destructor hides them, which asks the
    // models for header sizes): leave them nothing to read.
    m_articles->setReport(nullptr);
    m_entityPanel->setReport(nullptr);
    m_findingsPanel->setReport(nullptr);
    m_timeline->setReport(nullptr, m_theme);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setReport(nullptr, {}, m_theme);
}

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
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    m_lightAction = themeMenu->addAction(tr("&Light"), this, [this] { setThemeName(QStringLiteral("light")); });
    m_darkAction = themeMenu->addAction(tr("&Dark"), this, [this] { setThemeName(QStringLiteral("dark")); });
    for (QAction *a : {m_lightAction, m_darkAction}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
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
    bar->addSeparator();
    bar->addAction(m_darkAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_findField);
    updateRecentMenu();
    updateRecentProjectsMenu();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    setThemeName(settings.value(QStringLiteral("view/theme"), QStringLiteral("light")).toString());
    m_syncAction->setChecked(settings.value(QStringLiteral("view/syncScroll"), false).toBool());
    setPaneCount(settings.value(QStringLiteral("view/panes"), 2).toInt());
    setFontDelta(settings.value(QStringLiteral("view/fontDelta"), 0).toInt());
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!keepUnsavedReview()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), m_themeKey);
    settings.setValue(QStringLiteral("view/syncScroll"), m_syncAction->isChecked());
    settings.setValue(QStringLiteral("view/panes"), int(m_panes.size()));
    settings.setValue(QStringLiteral("view/fontDelta"), m_fontDelta);
    QMainWindow::closeEvent(event);
}

void MainWindow::setThemeName(const QString &name)
{
    m_themeKey = name;
    m_theme = name == u"dark" ? MentionTheme::dark()
        : name == u"light"    ? MentionTheme::light()
                              : MentionTheme::fromName(name);
    m_darkAction->setChecked(m_theme.isDark());
    m_lightAction->setChecked(!m_theme.isDark());
    const QPalette palette = m_theme.palette();
    // The application palette, so menus, tooltips and dialogs follow the theme too.
    QApplication::setPalette(palette);
    setPalette(palette);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setTheme(m_theme);
    m_timeline->setTheme(m_theme);
    QStringList legend;
    for (int t = int(MentionType::Person); t <= int(MentionType::Source); ++t) {
        const auto type = MentionType(t);
        legend << QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
                      .arg(m_theme.background(type).name(), m_theme.ink().name(),
                           ArticleView::typeLabel(type).toHtmlEscaped());
    }
    legend << QStringLiteral("<span style=\"color:%1\">&#9634; %2</span>")
                  .arg(m_theme.alert().name(), tr("evidence").toHtmlEscaped());
    m_legend->setText(legend.join(QLatin1Char(' ')));
}

void MainWindow::setPaneCount(int count)
{
    count = qBound(1, count, 6);
    while (m_panes.size() > count)
        delete m_panes.takeLast();
    while (m_panes.size() < count) {
        auto *pane = new ArticlePane;
        const int index = int(m_panes.size());
        m_panes.append(pane);
        m_paneSplitter->addWidget(pane);
        const QString id = index < m_report.articles.size() ? m_report.articles.at(index).id : QString();
        pane->setReport(&m_report, id, m_theme);
        pane->view()->setSelectedEntity(m_entityId);
        pane->view()->setFindText(m_findText);
        pane->view()->zoomIn(m_fontDelta);
        connect(pane, &ArticlePane::publishedDateEdited, this, &MainWindow::setPublishedDate);
        connect(pane->view(), &ArticleView::mentionActivated, this, &MainWindow::mentionActivated);
        connect(pane->view()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] { syncScroll(pane); });
        connect(pane, &ArticlePane::articleChanged, this, [this, pane] {
            pane->view()->setSelectedEntity(m_entityId);
            pane->view()->setFindText(m_findText);
            if (m_findingIndex >= 0)
                showFinding(m_findingIndex);
        });
    }
    QList<int> sizes(m_panes.size(), 1000);
    m_paneSplitter->setSizes(sizes);
}

void MainWindow::setFontDelta(int delta)
{
    delta = qBound(-6, delta, 16);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->zoomIn(delta - m_fontDelta);
    m_fontDelta = delta;
}

int MainWindow::setFindText(const QString &text)
{
    m_findText = text;
    int matches = 0;
    for (ArticlePane *pane : std::as_const(m_panes))
        matches += pane->view()->setFindText(text);
    if (!text.isEmpty())
        statusBar()->showMessage(tr("%n match(es) in the panes", nullptr, matches), 5000);
    return matches;
}

void MainWindow::findNext(bool backward)
{
    if (m_findText.isEmpty() || m_panes.isEmpty())
        return;
    // In the pane the user is reading; else the first that has a match.
    ArticlePane *pane = nullptr;
    for (ArticlePane *p : std::as_const(m_panes))
        if (p->view()->hasFocus())
            pane = p;
    if (!pane)
        for (ArticlePane *p : std::as_const(m_panes))
            if (!pane && !p->view()->selectionsOfKind(ArticleView::FindSelection).isEmpty())
                pane = p;
    if (pane && !pane->view()->findNext(backward))
        statusBar()->showMessage(tr("\u201c%1\u201d not found").arg(m_findText), 5000);
}

void MainWindow::syncScroll(ArticlePane *source)
{
    if (m_syncing || !m_syncAction->isChecked())
        return;
    m_syncing = true;
    // Proportional: articles differ in length, so the same offset would mean different places.
    const QScrollBar *from = source->view()->verticalScrollBar();
    const double fraction = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (pane == source)
            continue;
        QScrollBar *to = pane->view()->verticalScrollBar();
        to->setValue(int(fraction * to->maximum()));
    }
    m_syncing = false;
}

void MainWindow::setReport(Report report)
{
    const QString key = m_findingIndex >= 0 && m_findingIndex < m_report.findings.size()
        ? m_report.findings.at(m_findingIndex).key
        : QString();
    m_report = std::move(report);
    m_inputs = m_report.articles;
    applyReport(key);
}

void MainWindow::applyReport(const QString &findingKey)
{
    QStringList shown;
    for (ArticlePane *pane : std::as_const(m_panes))
        shown << pane->articleId();
    // A pane that showed the same article as one before it (there were fewer articles than
    // panes) takes an article that came with this report, so the new one is in view.
    const qsizetype before = m_panes.isEmpty() ? 0 : m_panes.first()->articleChooser()->count();
    QStringList unshown;
    for (qsizetype i = before; i < m_report.articles.size(); ++i)
        if (!shown.contains(m_report.articles.at(i).id))
            unshown << m_report.articles.at(i).id;
    for (qsizetype i = 0; i < shown.size() && !unshown.isEmpty(); ++i)
        if (shown.at(i).isEmpty() || shown.mid(0, i).contains(shown.at(i)))
            shown[i] = unshown.takeFirst();
    m_articles->setReport(&m_report);
    m_entityPanel->setReport(&m_report);
    m_findingsPanel->setReport(&m_report);
    m_timeline->setReport(&m_report, m_theme);
    for (int i = 0; i < m_panes.size(); ++i) {
        QString id = shown.value(i);
        if (!m_report.article(id))
            id = i < m_report.articles.size() ? m_report.articles.at(i).id : QString();
        m_panes.at(i)->setReport(&m_report, id, m_theme);
    }
    if (!m_report.entity(m_entityId))
        m_entityId.clear();
    selectEntity(m_entityId);
    m_findingIndex = -1;
    for (int i = 0; i < m_report.findings.size() && !findingKey.isEmpty(); ++i)
        if (m_report.findings.at(i).key == findingKey)
            selectFinding(i);
    m_exportAction->setEnabled(!m_report.articles.isEmpty());
    updateStatus();
}

QString MainWindow::statusSummary() const
{
    return tr("Analysed %n article(s)", nullptr, int(m_report.articles.size())) + QStringLiteral(" \u00b7 ")
        + tr("%n entities", nullptr, int(m_report.entities.size())) + QStringLiteral(" \u00b7 ")
        + tr("%n finding(s)", nullptr, int(m_report.findings.size()));
}

void MainWindow::updateStatus()
{
    if (m_report.articles.isEmpty() && !isAnalysing()) {
        m_summary->setText(tr("No articles yet: open files, drop them here or paste a text"));
        return;
    }
    QString text = statusSummary();
    if (m_reviews->count())
        text += QStringLiteral(" \u00b7 ") + tr("%n reviewed", nullptr, m_reviews->count());
    m_summary->setText(text);
}

// --- analysis ------------------------------------------------------------------------------

bool MainWindow::isAnalysing() const
{
    // Not the watcher's state: the future ends before its finished signal is handled here.
    return m_analysing || m_fetcher->isRunning();
}

void MainWindow::addInputs(const QStringList &inputs)
{
    QStringList paths;
    QList<QUrl> urls;
    for (const QString &input : inputs) {
        if (isWebUrl(input))
            urls << QUrl(input);
        else
            paths << input;
    }
    addFiles(paths);
    openUrls(urls);
}

void MainWindow::openUrls(const QList<QUrl> &urls)
{
    if (urls.isEmpty())
        return;
    m_fetcher->fetch(urls);
    showBusy(tr("Fetching %n page(s)\u2026", nullptr, int(urls.size())));
}

void MainWindow::pagesFetched(const FetchOutcome &outcome)
{
    addMessages(outcome.diagnostics);
    if (outcome.pages.isEmpty()) {
        finishIfIdle();
        return;
    }
    for (const FetchedPage &page : outcome.pages)
        m_pageBytes.insert(page.url, page.bytes);
    m_pending.pages << outcome.pages;
    startAnalysis();
}

void MainWindow::showBusy(const QString &message)
{
    m_cancelAction->setEnabled(true);
    m_progress->show();
    m_cancelButton->show();
    statusBar()->showMessage(message);
}

void MainWindow::finishIfIdle()
{
    if (isAnalysing() || !m_pending.isEmpty())
        return;
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
    Q_EMIT analysisFinished();
}

void MainWindow::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_pending.paths << paths;
    addRecentFiles(paths);
    startAnalysis();
}

void MainWindow::addText(const QString &text, const QString &name)
{
    m_pending.texts.append({text, name});
    startAnalysis();
}

void MainWindow::setPublishedDate(const QString &articleId, const QDate &date)
{
    if (m_project->isOpen()) {
        // Committed to the project first: the correction outlives a crash before the re-run.
        for (qsizetype i = 0; i < m_report.articles.size() && i < m_storeIds.size(); ++i) {
            if (m_report.articles.at(i).id != articleId)
                continue;
            QString error;
            if (!m_project->setUserPublished(m_storeIds.at(i), date, &error))
                projectWriteFailed(error);
            else
                reanalyse();
            return;
        }
        return;
    }
    for (Article &a : m_inputs) {
        if (a.id == articleId || (a.id.isEmpty() && &a - m_inputs.data() == articleId.mid(1).toInt() - 1)) {
            a.meta.published = date;
            a.meta.publishedSource = MetaSource::User;
            reanalyse();
            return;
        }
    }
}

void MainWindow::reanalyse()
{
    m_pending.reanalyse = true;
    startAnalysis();
}

void MainWindow::startAnalysis()
{
    if (isAnalysing() || m_pending.isEmpty())
        return; // analysisDone() starts what was asked for meanwhile
    const PendingWork work = std::exchange(m_pending, {});
    m_cancelled = false;
    m_analysing = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    showBusy(tr("Analysing\u2026"));
    if (m_project->isOpen()) {
        m_watcher.setFuture(QtConcurrent::run(runProjectAnalysis, m_project->path(), addToProject(work), m_cancelFlag));
    } else {
        QList<Article> pages;
        for (const FetchedPage &page : work.pages)
            pages << page.article;
        m_watcher.setFuture(QtConcurrent::run(runAnalysis, m_inputs, work.paths, work.texts, pages, m_cancelFlag));
    }
}

void MainWindow::cancelAnalysis()
{
    if (!isAnalysing())
        return;
    // The run stops at the pipeline's next step (fetches within 50 ms); its result is
    // dropped when it ends.
    if (m_analysing) {
        m_cancelled = true;
        *m_cancelFlag = true;
    }
    m_fetcher->cancel();
    m_pending = {};
    statusBar()->showMessage(tr("Analysis cancelled"), 5000);
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
}

void MainWindow::analysisDone()
{
    m_analysing = false;
    if (!m_cancelled) {
        AnalysisResult result = m_watcher.result();
        addMessages(result.diagnostics);
        if (result.fromProject) {
            m_storeIds = result.storeIds;
            m_project->cacheAnalyses(result.fresh);
        }
        m_inputs << result.loaded;
        // Inputs may have changed while the worker ran (a date set); only their ids are taken.
        for (qsizetype i = 0; i < m_inputs.size() && i < result.report.articles.size(); ++i)
            m_inputs[i].id = result.report.articles.at(i).id;
        const QString key = m_findingIndex >= 0 && m_findingIndex < m_report.findings.size()
            ? m_report.findings.at(m_findingIndex).key
            : QString();
        m_report = std::move(result.report);
        applyReport(key);
        statusBar()->showMessage(tr("Analysis finished"), 3000);
    }
    m_cancelled = false;
    if (!m_pending.isEmpty())
        startAnalysis();
    else if (m_fetcher->isRunning())
        showBusy(tr("Fetching\u2026"));
    else
        finishIfIdle();
}

void MainWindow::addMessages(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QListWidgetItem(d.toString());
        item->setIcon(QIcon::fromTheme(d.severity == Diagnostic::Severity::Error ? QStringLiteral("dialog-error")
                                                                                 : QStringLiteral("dialog-warning")));
        item->setToolTip(d.input);
        m_messages->addItem(item);
    }
    if (!diagnostics.isEmpty()) {
        m_messagesDock->show();
        m_messagesDock->raise();
        statusBar()->showMessage(tr("%n input(s) had problems, see Messages", nullptr, int(diagnostics.size())), 8000);
    }
}

// --- selection -----------------------------------------------------------------------------

void MainWindow::selectFinding(int findingIndex)
{
    if (!m_findingsPanel->selectFinding(findingIndex))
        showFinding(findingIndex); // filtered out of the table: still show its evidence
}

bool MainWindow::selectFirstFinding(Severity severity)
{
    int best = -1;
    for (int i = 0; i < m_report.findings.size(); ++i) {
        const Severity s = m_report.findings.at(i).severity;
        if (s == severity) {
            best = i;
            break;
        }
        if (best < 0 || s < m_report.findings.at(best).severity)
            best = i;
    }
    if (best < 0)
        return false;
    selectFinding(best);
    return true;
}

ArticlePane *MainWindow::paneShowing(const QString &articleId) const
{
    for (ArticlePane *pane : m_panes)
        if (pane->articleId() == articleId)
            return pane;
    return nullptr;
}

void MainWindow::showFinding(int findingIndex)
{
    if (findingIndex < 0 || findingIndex >= m_report.findings.size()) {
        m_findingIndex = -1;
        for (ArticlePane *pane : std::as_const(m_panes))
            pane->view()->showEvidence({});
        return;
    }
    m_findingIndex = findingIndex;
    const Finding &f = m_report.findings.at(findingIndex);
    QStringList docs;
    for (const Evidence &ev : f.evidence)
        if (!docs.contains(ev.doc))
            docs << ev.doc;
    // Bring every involved article into a pane, reusing panes that show no evidence or the
    // same article as a pane before them.
    QList<ArticlePane *> free;
    QStringList seen;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (!docs.contains(pane->articleId()) || seen.contains(pane->articleId()))
            free << pane;
        seen << pane->articleId();
    }
    const int previous = m_findingIndex;
    for (const QString &doc : std::as_const(docs)) {
        if (!paneShowing(doc) && !free.isEmpty()) {
            ArticlePane *pane = free.takeFirst();
            m_findingIndex = -1; // showArticle() calls back into here; not again
            pane->showArticle(doc);
            m_findingIndex = previous;
        }
    }
    for (ArticlePane *pane : std::as_const(m_panes)) {
        QList<Span> spans;
        for (const Evidence &ev : f.evidence)
            if (ev.doc == pane->articleId())
                spans << ev.span;
        pane->view()->showEvidence(spans);
    }
    statusBar()->showMessage(FindingsModel::summaryText(f), 8000);
}

void MainWindow::selectEntity(const QString &entityId)
{
    m_entityId = entityId;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setSelectedEntity(entityId);
    m_entityPanel->selectEntity(entityId);
    if (const Entity *e = m_report.entity(entityId))
        statusBar()->showMessage(tr("%1: %2").arg(ArticleView::typeLabel(e->type), e->name), 5000);
}

void MainWindow::mentionActivated(const QString &articleId, const Mention &mention)
{
    if (!mention.entityId.isEmpty()) {
        selectEntity(mention.entityId);
        return;
    }
    // A date or figure: show the finding it is evidence of, if any.
    for (int i = 0; i < m_report.findings.size(); ++i)
        for (const Evidence &ev : m_report.findings.at(i).evidence)
            if (ev.doc == articleId && ev.span.overlaps(mention.span))
                return selectFinding(i);
}

void MainWindow::showTimelineEvent(const QString &articleId, const Span &span)
{
    for (const TimelineEvent &ev : std::as_const(m_report.timeline)) {
        if (ev.doc == articleId && ev.span == span && !ev.findings.isEmpty()) {
            for (int i = 0; i < m_report.findings.size(); ++i)
                if (m_report.findings.at(i).id == ev.findings.first())
                    selectFinding(i);
            break;
        }
    }
    ArticlePane *pane = paneShowing(articleId);
    if (!pane) {
        showArticleInPane(articleId);
        pane = paneShowing(articleId);
    }
    if (pane)
        pane->view()->showSentenceAt(span);
}

void MainWindow::showArticleInPane(const QString &articleId)
{
    if (ArticlePane *pane = paneShowing(articleId)) {
        pane->view()->setFocus();
        return;
    }
    if (m_panes.isEmpty())
        return;
    ArticlePane *pane = m_panes.at(m_nextPane++ % m_panes.size());
    pane->showArticle(articleId);
    pane->view()->setFocus();
}

// --- files, dialogs ------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList paths;
    QList<QUrl> webUrls;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else if (isWebUrl(url.toString()))
            webUrls << url;
    }
    // A browser's address bar drops its URL as text too: text that is nothing but web
    // addresses is fetched, any other text is an article.
    QStringList notUrls;
    const QList<QUrl> textUrls = mime->hasText() ? OpenUrlDialog::parseUrls(mime->text(), &notUrls) : QList<QUrl>();
    if (paths.isEmpty() && webUrls.isEmpty() && notUrls.isEmpty())
        webUrls = textUrls;
    if (paths.isEmpty() && webUrls.isEmpty() && !(mime->hasText() && !mime->text().trimmed().isEmpty()))
        return;
    addFiles(openProjectAmong(*this, paths)); // a dropped .fcproj opens as the project
    openUrls(webUrls);
    if (paths.isEmpty() && webUrls.isEmpty())
        addText(mime->text(), tr("Dropped text"));
    event->acceptProposedAction();
}

void MainWindow::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(), tr("Articles (*.txt *.md *.html *.htm *.pdf);;All files (*)"));
    addFiles(paths);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
    if (!dir.isEmpty())
        addFiles({dir});
}

void MainWindow::addTextDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Text"));
    auto *name = new QLineEdit(tr("Pasted article %1").arg(m_inputs.size() + 1));
    auto *text = new QPlainTextEdit;
    text->setPlaceholderText(tr("Paste the article here: headline, date line and body."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Text:"), text);
    form->addRow(buttons);
    dialog.resize(640, 480);
    text->setFocus();
    if (dialog.exec() == QDialog::Accepted && !text->toPlainText().trimmed().isEmpty())
        addText(text->toPlainText(), name->text());
}

void MainWindow::openUrlDialog()
{
    OpenUrlDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openUrls(dialog.urls());
}

void MainWindow::exportReport()
{
    ExportDialog dialog(m_report, m_theme, this);
    ReportExtras extras;
    const ReviewMap decisions = m_project->decisions(); // with who decided, when the project knows
    for (const QString &key : m_reviews->keys()) {
        const Review r = m_reviews->review(key);
        extras.reviews.insert(key,
                              ReportReview{ReviewState::statusCode(r.status), r.note, decisions.value(key).reviewer});
    }
    dialog.setExtras(extras);
    // The JSON carries the decisions as `factcheck analyze --project` writes them: always in
    // a project, else when there are any.
    if (m_project->isOpen() || m_reviews->count() > 0)
        dialog.setReviewDecisions(m_project->decisions());
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Report exported"), 5000);
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == Translations::configuredLanguage())
        return;
    Translations::setConfiguredLanguage(code);
    // Not switched live: every window, dialog and the analysis' own messages would have to
    // follow; the next start installs the catalogue before the first string is made.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Interface Language"),
                                tr("The workbench will use %1 from its next start.")
                                    .arg(code.isEmpty() ? tr("the system's language") : Translations::nativeName(code)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageChangedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Fact-checking Workbench"),
                       tr("<h3>Fact-checking Workbench %1</h3>"
                          "<p>Compares news articles about one story and shows where they disagree: "
                          "dates, figures, names, titles and who said what.</p>"
                          "<p>Qt %2 \u00b7 KSyntaxHighlighting %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
}

void MainWindow::addRecentFiles(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, maxRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { addFiles({path}); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// --- review projects -----------------------------------------------------------------------

QList<Diagnostic> MainWindow::addToProject(const PendingWork &work)
{
    QList<Diagnostic> problems;
    QList<NewArticle> added;
    for (const QString &path : expandPaths(work.paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << Diagnostic{Diagnostic::Severity::Error, path, file.errorString()};
            continue;
        }
        const QFileInfo info(path);
        added.append({info.fileName(), info.absoluteFilePath(), file.readAll()});
    }
    for (const auto &[text, name] : work.texts)
        added.append({name, QString(), text.toUtf8()});
    // A web page: its bytes as fetched, under its URL, so reopening the project reads them.
    for (const FetchedPage &page : work.pages)
        added.append({page.url, page.url, page.bytes});
    QString error;
    if (!added.isEmpty() && !m_project->addArticles(added, &error))
        projectWriteFailed(error);
    return problems;
}

void MainWindow::dropRunningAnalysis()
{
    // A run over what the window showed before must not land in the project opened now.
    if (m_analysing) {
        m_cancelled = true;
        *m_cancelFlag = true;
    }
    m_fetcher->cancel(); // a page asked for before belongs to what was open before
    m_pending = {};
    m_pageBytes.clear();
    m_inputs.clear();
    m_storeIds.clear();
    m_report = Report();
    m_messages->clear();
    applyReport({});
}

bool MainWindow::newProject(const QString &path, QString *error)
{
    if (!m_project->create(path, error))
        return false;
    dropRunningAnalysis();
    m_reviews->clear();
    addRecentProject(m_project->path());
    return true;
}

bool MainWindow::openProject(const QString &path, QString *error, IfLocked ifLocked)
{
    if (m_project->isOpen() && QFileInfo(path).absoluteFilePath() == m_project->path())
        return true; // already here, and every decision already in it
    ProjectSession::OpenResult result = m_project->open(path, false, error);
    if (result == ProjectSession::OpenResult::Locked && ifLocked != IfLocked::Refuse) {
        bool readOnly = ifLocked == IfLocked::OpenReadOnly;
        if (ifLocked == IfLocked::Ask) {
            QMessageBox box(QMessageBox::Warning, tr("Project in use"),
                            tr("%1\n\nOpen it read-only? You can read the review; decisions you make then are "
                               "not saved to it (Save Project As keeps them in a copy).")
                                .arg(*error),
                            QMessageBox::Cancel, this);
            QPushButton *readOnlyButton = box.addButton(tr("Open &Read-only"), QMessageBox::AcceptRole);
            box.exec();
            readOnly = box.clickedButton() == readOnlyButton;
        }
        if (!readOnly) {
            error->clear(); // the editor chose not to open it; nothing more to tell
            return false;
        }
        result = m_project->open(path, true, error);
    }
    if (result != ProjectSession::OpenResult::Opened)
        return false;
    dropRunningAnalysis();
    addRecentProject(m_project->path());
    if (m_project->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: decisions are not saved to this project"), 10000);
    reanalyse();
    return true;
}

bool MainWindow::saveProjectAs(const QString &path, QString *error)
{
    if (m_project->isOpen()) {
        if (!m_project->saveAs(path, error))
            return false;
        addRecentProject(m_project->path());
        return true;
    }
    if (isAnalysing()) {
        *error = tr("The analysis is still running: save the project when it has finished.");
        return false;
    }
    // The review so far lives in memory: its articles (their files' bytes, read again, or the
    // text as it was read), their corrected dates and the decisions go into the new project.
    QList<NewArticle> articles;
    QList<QDate> dates;
    for (const Article &a : std::as_const(m_inputs)) {
        const QFileInfo info(a.source);
        QFile file(a.source);
        if (m_pageBytes.contains(a.source)) {
            articles.append({a.source, a.source, m_pageBytes.value(a.source)});
        } else if (!a.source.isEmpty() && !isWebUrl(a.source) && info.isFile() && file.open(QIODevice::ReadOnly)) {
            articles.append({info.fileName(), info.absoluteFilePath(), file.readAll()});
        } else {
            QString name = a.source.isEmpty() ? a.id : a.source;
            if (QFileInfo(name).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0)
                name += QStringLiteral(".txt"); // the PDF's text, not the PDF
            articles.append({name, QString(), a.originalText.toUtf8()});
        }
        dates << (a.meta.publishedSource == MetaSource::User ? a.meta.published : QDate());
    }
    if (!m_project->create(path, error))
        return false;
    auto fail = [this] {
        m_project->close();
        return false;
    };
    const std::optional<QList<qint64>> ids =
        articles.isEmpty() ? std::optional<QList<qint64>>(QList<qint64>()) : m_project->addArticles(articles, error);
    if (!ids)
        return fail();
    for (qsizetype i = 0; i < dates.size() && i < ids->size(); ++i)
        if (dates.at(i).isValid() && !m_project->setUserPublished(ids->at(i), dates.at(i), error))
            return fail();
    if (!m_project->adoptReviews(error))
        return fail();
    m_inputs.clear();
    m_pageBytes.clear();
    m_storeIds = *ids;
    addRecentProject(m_project->path());
    reanalyse(); // from the project from now on: fills its cache
    return true;
}

void MainWindow::newProjectDialog()
{
    if (!keepUnsavedReview())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("Review projects (*.%1)").arg(projectSuffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + projectSuffix;
    QString error;
    if (!newProject(path, &error))
        QMessageBox::warning(this, tr("New Project"), error);
}

void MainWindow::openProjectDialog()
{
    if (!keepUnsavedReview())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Review projects (*.%1);;All files (*)").arg(projectSuffix));
    QString error;
    if (!path.isEmpty() && !openProject(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Open Project"), error);
}

bool MainWindow::saveProjectAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(),
                                                tr("Review projects (*.%1)").arg(projectSuffix));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + projectSuffix;
    QString error;
    if (!saveProjectAs(path, &error)) {
        QMessageBox::warning(this, tr("Save Project As"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(m_project->path())), 5000);
    return true;
}

void MainWindow::saveProject()
{
    if (m_project->isOpen() && !m_project->isReadOnly())
        statusBar()->showMessage(
            tr("Every decision is already saved in %1").arg(QFileInfo(m_project->path()).fileName()), 5000);
    else
        saveProjectAsDialog();
}

bool MainWindow::keepUnsavedReview()
{
    if (!m_project->hasUnsavedDecisions())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved review"),
        tr("%n review decision(s) are not saved in a project. Save them as a project?", nullptr, m_reviews->count()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveProjectAsDialog();
    return answer == QMessageBox::Discard;
}

void MainWindow::addRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentFiles));
    updateRecentProjectsMenu();
}

void MainWindow::updateRecentProjectsMenu()
{
    m_recentProjectsMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        m_recentProjectsMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (!keepUnsavedReview())
                return;
            QString error;
            if (!openProject(path, &error) && !error.isEmpty())
                QMessageBox::warning(this, tr("Open Project"), error);
        })->setToolTip(path);
    }
    m_recentProjectsMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    QString title = tr("Fact-checking Workbench");
    if (m_project->isOpen()) {
        QString name = QFileInfo(m_project->path()).fileName();
        if (m_project->isReadOnly())
            name = tr("%1 (read-only)").arg(name);
        title = name + QStringLiteral(" \u2014 ") + title;
    }
    setWindowTitle(title);
}

void MainWindow::projectWriteFailed(const QString &error)
{
    // Not a dialog per failure: the Messages list says it, and it stays there.
    auto *item = new QListWidgetItem(tr("Not saved in the project: %1").arg(error));
    item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-error")));
    m_messages->addItem(item);
    m_messagesDock->show();
    m_messagesDock->raise();
    statusBar()->showMessage(tr("Not saved in the project, see Messages"), 10000);
}

} // namespace fc::ui
