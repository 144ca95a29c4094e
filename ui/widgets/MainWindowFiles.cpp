// MainWindow's inputs: files, folders, drops, pasted text, URLs, recent files, export and about.
#include "MainWindow.h"
#include "widgets/MainWindowInputs.h"

#include "i18n/Translations.h"
#include "ingest/ArticleLoader.h"
#include "models/FindingsModel.h"
#include "models/PlainText.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "net/UrlFetcher.h"
#include "widgets/ArticleView.h"
#include "widgets/EntityPanel.h"
#include "widgets/ExportDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/OpenUrlDialog.h"
#include "widgets/ProjectLaunch.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>

#include <ksyntaxhighlighting_version.h>

namespace fc::ui {

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
        const QStringList suffixes = ArticleLoader::fileSuffixes();
        QStringList inDir;
        QDirIterator it(p, QDir::Files | QDir::Readable);
        while (it.hasNext()) {
            const QString f = it.next();
            const QFileInfo fi(f);
            // A folder's README describes the articles; it is not one of them.
            if (suffixes.contains(fi.suffix().toLower())
                && !fi.completeBaseName().startsWith(QLatin1String("README"), Qt::CaseInsensitive))
                inDir << f;
        }
        std::sort(inDir.begin(), inDir.end());
        files << inDir;
    }
    return files;
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
    // The patterns come from the loader's list, the same that folders are expanded by.
    QStringList patterns;
    for (const QString &suffix : ArticleLoader::fileSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(), tr("Articles (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
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
    ExportDialog dialog(*m_report, m_theme, this);
    ReportExtras extras;
    const ReviewMap decisions = m_project->decisions(); // with who decided, when the project knows
    for (const QString &key : m_reviews->keys()) {
        const Review r = m_reviews->review(key);
        extras.reviews.insert(key, ReportReview{reviewStatusCode(r.status), r.note, decisions.value(key).reviewer});
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
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            addFiles({path});
        })->setToolTip(plainToolTip(path));
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace fc::ui
