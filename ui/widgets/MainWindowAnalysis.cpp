// MainWindow's analysis: what is queued, the runner (core's AnalysisRunner) and its progress, and
// what a finished run shows.
#include "MainWindow.h"
#include "widgets/MainWindowInputs.h"

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
#include "widgets/OpenUrlDialog.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace fc::ui {

namespace {

// On the runner's thread: loads the new inputs into result.loaded and analyses them after
// the window's articles.
Report runAnalysis(QList<Article> inputs, const QStringList &paths, const QList<std::pair<QString, QString>> &texts,
                   const QList<Article> &pages, const AnalysisOptions &options, AnalysisResult &result)
{
    const ArticleLoader loader;
    auto take = [&result](LoadResult loaded) {
        result.diagnostics << loaded.diagnostics;
        if (loaded.ok())
            result.loaded.append(std::move(*loaded.article));
    };
    for (const QString &path : expandPaths(paths)) {
        if (options.cancelled())
            return {}; // dropped by the window
        take(loader.loadFile(path));
    }
    for (const auto &[text, name] : texts)
        take(loader.loadText(text, name));
    result.loaded << pages; // fetched and read already
    inputs << result.loaded;
    return Analyzer(options).analyze(std::move(inputs));
}

// The project's articles with the editor's corrections, through a read-only connection of
// this thread's own (SQL connections stay in their thread; read-only takes no lock and never
// writes). Cached results make reopening fast; new results go back in result.fresh.
Report runProjectAnalysis(const QString &path, const QList<Diagnostic> &problems, const AnalysisOptions &options,
                          AnalysisResult &result)
{
    result.fromProject = true;
    result.diagnostics = problems;
    ProjectStore store;
    QString error;
    std::optional<ProjectAnalysis> analysis;
    if (store.open(path, ProjectStore::Mode::ReadOnly, &error))
        analysis = analyzeProject(store, options, &error);
    if (!analysis) {
        result.diagnostics << Diagnostic{Diagnostic::Severity::Error, path, error};
        return {};
    }
    for (Diagnostic d : std::as_const(analysis->diagnostics)) {
        d.input = QFileInfo(path).fileName() + QStringLiteral(" > ") + d.input;
        result.diagnostics << d;
    }
    result.storeIds = std::move(analysis->articleIds);
    result.fresh = std::move(analysis->fresh);
    return std::move(analysis->report);
}

} // namespace

// --- analysis ------------------------------------------------------------------------------

bool MainWindow::isAnalysing() const
{
    return (m_runner && m_runner->isRunning()) || m_fetcher->isRunning();
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

bool MainWindow::askPrivateAddress(const QUrl &url, const QString &host, const QString &reason)
{
    // A page on the web must not make the workbench reach this computer or its network
    // (a router, a printer, a local service) unasked: the editor decides, per fetch.
    QMessageBox box(QMessageBox::Warning, tr("Fetch from a Local Address?"),
                    tr("%1 leads to %2, which is not on the public web (%3). A web page can use such an "
                       "address to reach this computer or devices on its network.\n\nFetch it anyway?")
                        .arg(url.toDisplayString(), host, reason),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText); // the URL and host come from the web
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
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
    updateStatus();
}

void MainWindow::finishIfIdle()
{
    if (isAnalysing() || !m_pending.isEmpty())
        return;
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
    updateStatus();
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
        for (qsizetype i = 0; i < m_report->articles.size() && i < m_storeIds.size(); ++i) {
            if (m_report->articles.at(i).id != articleId)
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
    // What the run produces besides the report; read when it finishes (one run at a time).
    auto result = std::make_shared<AnalysisResult>();
    m_runResult = result;
    m_progress->setRange(0, 0);
    if (m_project->isOpen()) {
        m_runner->enqueue(
            [path = m_project->path(), problems = addToProject(work), result](const AnalysisOptions &options) {
            return runProjectAnalysis(path, problems, options, *result);
        });
    } else {
        QList<Article> pages;
        for (const FetchedPage &page : work.pages)
            pages << page.article;
        m_runner->enqueue([inputs = m_inputs, work, pages, result](const AnalysisOptions &options) {
            return runAnalysis(inputs, work.paths, work.texts, pages, options, *result);
        });
    }
    showBusy(tr("Analysing\u2026")); // after enqueue: the window counts as analysing now
}

void MainWindow::cancelAnalysis()
{
    if (!isAnalysing())
        return;
    // The run stops at the pipeline's next step (fetches within 50 ms); its result is
    // dropped when it ends.
    m_runner->cancel();
    m_runResult.reset(); // a run that ends anyway is not shown
    m_fetcher->cancel();
    m_pending = {};
    statusBar()->showMessage(tr("Analysis cancelled"), 5000);
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
}

void MainWindow::showProgress(qsizetype done, qsizetype total)
{
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
}

void MainWindow::analysisCancelled()
{
    m_runResult.reset(); // nothing of it is shown
    continueAfterRun();
}

void MainWindow::analysisDone(const std::shared_ptr<const Report> &report)
{
    if (m_runResult) {
        AnalysisResult result = std::move(*std::exchange(m_runResult, {}));
        addMessages(result.diagnostics);
        if (result.fromProject) {
            m_storeIds = result.storeIds;
            m_project->cacheAnalyses(result.fresh);
        }
        m_inputs << result.loaded;
        // Inputs may have changed while the worker ran (a date set); only their ids are taken.
        for (qsizetype i = 0; i < m_inputs.size() && i < report->articles.size(); ++i)
            m_inputs[i].id = report->articles.at(i).id;
        const QString key = m_findingIndex >= 0 && m_findingIndex < m_report->findings.size()
            ? m_report->findings.at(m_findingIndex).key
            : QString();
        m_report = report; // the runner's report itself, shared with the views
        applyReport(key);
        statusBar()->showMessage(tr("Analysis finished"), 3000);
    }
    continueAfterRun();
}

void MainWindow::continueAfterRun()
{
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
        item->setToolTip(plainToolTip(d.input));
        m_messages->addItem(item);
    }
    if (!diagnostics.isEmpty()) {
        m_messagesDock->show();
        m_messagesDock->raise();
        statusBar()->showMessage(tr("%n input(s) had problems, see Messages", nullptr, int(diagnostics.size())), 8000);
    }
}

} // namespace fc::ui
