#pragma once

#include "model/Report.h"
#include "project/CachedAnalysis.h"
#include "widgets/ColourScheme.h"
#include "widgets/MentionTheme.h"
#include "widgets/UrlFetchJob.h"

#include <QMainWindow>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QToolButton;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QTreeView;

namespace fc {
class AnalysisRunner;
}

namespace fc::ui {

class ArticleListModel;
class ArticlePane;
class EntityPanel;
class FindingsPanel;
class ProjectSession;
class ReviewState;
class TimelineChart;

// What one background run produced besides its report (which the runner hands out): the
// articles it loaded and what went wrong with which input.
struct AnalysisResult
{
    QList<Article> loaded;
    QList<Diagnostic> diagnostics;
    // From an open project: the store's id of report.articles[i], and the results analysed now
    // (the worker reads the project through its own read-only connection; the window's
    // session caches them).
    bool fromProject = false;
    QList<qint64> storeIds;
    QList<CachedAnalysis> fresh;
};

// The workbench: articles side by side with their mentions, the entity panel, the timeline and
// the contradiction panel, all views of one Report. Loading and analysis run on a worker
// thread; the window stays responsive and shows progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows an already analysed report (its articles become the inputs of re-analysis).
    void setReport(Report report);
    const Report &report() const { return *m_report; }

    // Load and analyse in the background; folders add their article files.
    void addFiles(const QStringList &paths);
    void addText(const QString &text, const QString &name);
    // Fetches web pages (http, https) in the background, then adds them like files; in a
    // project their bytes are stored with the URL as their source.
    void openUrls(const QList<QUrl> &urls);
    UrlFetchJob *urlFetcher() const { return m_fetcher; }
    // Command-line inputs: http(s) URLs are fetched, the rest are files or folders.
    void addInputs(const QStringList &inputs);
    // Sets an article's publication date (source: user) and re-analyses.
    void setPublishedDate(const QString &articleId, const QDate &date);
    void reanalyse();
    // Stops fetching and analysing: the run in progress stops at its next step and nothing
    // of it is shown.
    void cancelAnalysis();
    bool isAnalysing() const; // or fetching

    void selectFinding(int findingIndex);
    // Selects the first finding of severity (or the most severe one); false when none.
    bool selectFirstFinding(Severity severity = Severity::High);
    void selectEntity(const QString &entityId);
    QString selectedEntity() const { return m_entityId; }

    // "light", "dark", "system" (View > Colour Scheme) or a KSyntaxHighlighting theme name; kept
    // in the settings. Only the article panes and the timeline take it.
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeKey; }
    // Mention types told by their own underline besides their colour (View); kept in the settings.
    void setTypeLines(bool on);
    bool typeLines() const { return m_typeLines; }
    QLabel *legend() const { return m_legend; }
    const MentionTheme &theme() const { return m_theme; }
    void setPaneCount(int count);
    void setFontDelta(int delta); // points larger (or smaller) than the default in the panes
    // Marks text in every pane; returns the number of matches.
    int setFindText(const QString &text);
    void findNext(bool backward);

    QList<ArticlePane *> panes() const { return m_panes; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    TimelineChart *timeline() const { return m_timeline; }
    ReviewState *reviews() const { return m_reviews; }
    QListWidget *messages() const { return m_messages; }
    QTreeView *articleList() const { return m_articleList; }
    QString statusSummary() const;

    // Review projects (ui/project): while one is open, every review decision, corrected
    // publication date and added article is committed to it as it is made. Without one the
    // workbench works as before (decisions in memory) and Save Project As keeps them.
    enum class IfLocked { Ask, OpenReadOnly, Refuse };
    bool newProject(const QString &path, QString *error); // empty project, empty window
    bool openProject(const QString &path, QString *error, IfLocked ifLocked = IfLocked::Ask);
    // Keeps the current articles, corrected dates and decisions in a project at path and
    // continues there.
    bool saveProjectAs(const QString &path, QString *error);
    ProjectSession *project() const { return m_project; }
    // Asked before closing (or opening another project) would lose review decisions: made
    // without a project, or in a project open read-only. Save (keep them in a project, Save
    // Project As), Discard (lose them) or Cancel (stay). The workbench asks the editor; tests
    // answer themselves. The text says how many decisions and why they are not saved.
    enum class UnsavedAnswer { Save, Discard, Cancel };
    using UnsavedReviewQuestion = std::function<UnsavedAnswer(const QString &text)>;
    void setUnsavedReviewQuestion(UnsavedReviewQuestion question) { m_unsavedQuestion = std::move(question); }

Q_SIGNALS:
    // The window is idle again: nothing is fetched, analysed or waiting (also after cancel).
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PendingWork
    {
        QStringList paths;
        QList<std::pair<QString, QString>> texts; // text, name
        QList<FetchedPage> pages;
        bool reanalyse = false;
        bool isEmpty() const { return paths.isEmpty() && texts.isEmpty() && pages.isEmpty() && !reanalyse; }
    };

    void createActions();
    void createDocks();
    void startAnalysis();
    void analysisDone(const std::shared_ptr<const Report> &report);
    void analysisCancelled();
    void continueAfterRun();
    void showProgress(qsizetype done, qsizetype total);
    void pagesFetched(const FetchOutcome &outcome);
    bool askPrivateAddress(const QUrl &url, const QString &host, const QString &reason);
    void finishIfIdle();
    void showBusy(const QString &message);
    void applyReport(const QString &findingKey);
    void showFinding(int findingIndex);
    void showTimelineEvent(const QString &articleId, const Span &span);
    void mentionActivated(const QString &articleId, const Mention &mention);
    void showArticleInPane(const QString &articleId);
    ArticlePane *paneShowing(const QString &articleId) const;
    void addMessages(const QList<Diagnostic> &diagnostics);
    void updateStatus();
    void syncScroll(ArticlePane *source);
    void openFiles();
    void openFolder();
    void addTextDialog();
    void openUrlDialog();
    void chooseLanguage(const QString &code);
    void exportReport();
    void about();
    void addRecentFiles(const QStringList &paths);
    void updateRecentMenu();
    void restoreSettings();
    void applyTheme();       // the chosen scheme (or named theme) to the panes, timeline and legend
    bool namedTheme() const; // a KSyntaxHighlighting theme by name rather than a colour scheme
    void systemSchemeChanged(Qt::ColorScheme scheme);
    void updateLegend();
    // Review projects
    QList<Diagnostic> addToProject(const PendingWork &work);
    void dropRunningAnalysis();
    void newProjectDialog();
    void openProjectDialog();
    bool saveProjectAsDialog();
    void saveProject();
    bool keepUnsavedReview();
    void addRecentProject(const QString &path);
    void updateRecentProjectsMenu();
    void updateTitle();
    void projectWriteFailed(const QString &error);
    // The bytes an article was read from, for its pane's image view: the project's copy when
    // a project holds it, a fetched page's bytes, else its file as it is now.
    QByteArray sourceBytes(const Article &article) const;

    std::shared_ptr<const Report> m_report; // never null; shared with the views showing it
    QList<Article> m_inputs;
    MentionTheme m_theme;
    QString m_themeKey;
    ColourScheme m_scheme = ColourScheme::System;
    Qt::ColorScheme m_systemScheme = Qt::ColorScheme::Unknown; // as the platform last reported it
    bool m_typeLines = true;
    QString m_entityId;
    int m_findingIndex = -1;
    ReviewState *m_reviews;
    ArticleListModel *m_articles;
    ProjectSession *m_project;
    QList<qint64> m_storeIds; // the project's id of m_report.articles[i]

    QSplitter *m_paneSplitter = nullptr;
    QList<ArticlePane *> m_panes;
    int m_nextPane = 0;
    bool m_syncing = false;
    QTreeView *m_articleList = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    TimelineChart *m_timeline = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    QListWidget *m_messages = nullptr;
    QDockWidget *m_messagesDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentProjectsMenu = nullptr;

    QLineEdit *m_findField = nullptr;
    QString m_findText;
    int m_fontDelta = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_systemSchemeAction = nullptr;
    QAction *m_typeLinesAction = nullptr;

    AnalysisRunner *m_runner;                    // the queue, the cancel flag and the progress of analyses
    std::shared_ptr<AnalysisResult> m_runResult; // what the running analysis loads besides its report
    UrlFetchJob *m_fetcher;
    QHash<QString, QByteArray> m_pageBytes; // web pages' bytes by URL, for Save Project As
    PendingWork m_pending;
    UnsavedReviewQuestion m_unsavedQuestion;
};

} // namespace fc::ui
