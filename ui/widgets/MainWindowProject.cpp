// MainWindow's review projects: new, open, save as, read-only and unsaved decisions, title.
#include "MainWindow.h"
#include "widgets/MainWindowInputs.h"

#include "i18n/Translations.h"
#include "ingest/ArticleLoader.h"
#include "ingest/ImageTextHook.h"
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
#include "widgets/OpenUrlDialog.h"
#include "widgets/PlainMessage.h"
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

QByteArray MainWindow::sourceBytes(const Article &article) const
{
    if (m_project->isOpen()) {
        // The project's articles are read from the bytes it keeps, wherever their files went.
        for (qsizetype i = 0; i < m_report->articles.size() && i < m_storeIds.size(); ++i)
            if (m_report->articles.at(i).id == article.id)
                return m_project->articleBytes(m_storeIds.at(i));
        return {};
    }
    if (m_pageBytes.contains(article.source))
        return m_pageBytes.value(article.source);
    return ArticlePane::bytesFromSourceFile(article);
}

void MainWindow::dropRunningAnalysis()
{
    // A run over what the window showed before must not land in the project opened now.
    m_runner->cancel();
    m_runResult.reset();
    m_fetcher->cancel(); // a page asked for before belongs to what was open before
    m_pending = {};
    m_pageBytes.clear();
    m_inputs.clear();
    m_storeIds.clear();
    m_report = std::make_shared<const Report>();
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
            box.setTextFormat(Qt::PlainText); // the error names the file
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
            const QString suffix = QFileInfo(name).suffix();
            if (suffix.compare(u"pdf", Qt::CaseInsensitive) == 0 || isImageSuffix(suffix))
                name += QStringLiteral(".txt"); // the PDF's or the image's text, not the PDF or image
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
        warnPlainly(this, tr("New Project"), error);
}

void MainWindow::openProjectDialog()
{
    if (!keepUnsavedReview())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Review projects (*.%1);;All files (*)").arg(projectSuffix));
    QString error;
    if (!path.isEmpty() && !openProject(path, &error) && !error.isEmpty())
        warnPlainly(this, tr("Open Project"), error);
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
        warnPlainly(this, tr("Save Project As"), error);
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
    // A read-only project (locked by another window, or a file without write permission)
    // holds decisions that were never written: say so rather than lose them silently.
    const QString text = m_project->isOpen()
        ? tr("%n review decision(s) are not saved: %1 is open read-only. Save them in a copy of the project?", nullptr,
             m_reviews->count())
              .arg(QFileInfo(m_project->path()).fileName())
        : tr("%n review decision(s) are not saved in a project. Save them as a project?", nullptr, m_reviews->count());
    UnsavedAnswer answer = UnsavedAnswer::Cancel;
    if (m_unsavedQuestion) {
        answer = m_unsavedQuestion(text);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved review"), text,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText); // file names are the user's, not markup
        box.setDefaultButton(QMessageBox::Save);
        const int button = box.exec();
        answer = button == QMessageBox::Save ? UnsavedAnswer::Save
            : button == QMessageBox::Discard ? UnsavedAnswer::Discard
                                             : UnsavedAnswer::Cancel;
    }
    if (answer == UnsavedAnswer::Save)
        return saveProjectAsDialog();
    return answer == UnsavedAnswer::Discard;
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
                warnPlainly(this, tr("Open Project"), error);
        })->setToolTip(plainToolTip(path));
    }
    m_recentProjectsMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    QString title = tr("Fact-checking Workbench");
    if (m_project->isOpen()) {
        QString name = plainWindowTitle(QFileInfo(m_project->path()).fileName());
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
