#include "MainWindow.h"

#include "models/ArticleListModel.h"
#include "models/FindingsModel.h"
#include "models/PlainText.h"
#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "pipeline/AnalysisRunner.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/EntityPanel.h"
#include "widgets/FindingsPanel.h"
#include "widgets/HelpDesk.h"
#include "widgets/OpenUrlDialog.h"
#include "widgets/ReviewDesk.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleHints>
#include <QToolButton>
#include <QVBoxLayout>

namespace fc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_report(std::make_shared<const Report>())
    , m_theme(MentionTheme::light())
    , m_reviews(new ReviewState(this))
    , m_articles(new ArticleListModel(this))
    , m_project(new ProjectSession(m_reviews, this))
    , m_runner(new AnalysisRunner(this))
    , m_fetcher(new UrlFetchJob(this))
{
    setWindowTitle(tr("Fact-checking Workbench"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);

    m_paneSplitter = new QSplitter(Qt::Horizontal);
    m_paneSplitter->setChildrenCollapsible(false);
    m_paneSplitter->setHandleWidth(6);
    m_legend = new QLabel;
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
    m_progress->setRange(0, 0); // busy until the first article is done
    m_progress->setFormat(tr("%v/%m articles"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_progress->hide();
    m_cancelButton = new QToolButton;
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_summary);

    connect(m_runner, &AnalysisRunner::finished, this, &MainWindow::analysisDone);
    connect(m_runner, &AnalysisRunner::cancelled, this, &MainWindow::analysisCancelled);
    connect(m_runner, &AnalysisRunner::progress, this, &MainWindow::showProgress);
    connect(m_fetcher, &UrlFetchJob::finished, this, &MainWindow::pagesFetched);
    connect(m_fetcher, &UrlFetchJob::cancelled, this, &MainWindow::finishIfIdle);
    m_fetcher->setPrivateAddressQuestion([this](const QUrl &url, const QString &host, const QString &reason) {
        return askPrivateAddress(url, host, reason);
    });
    connect(m_reviews, &ReviewState::reviewChanged, this, &MainWindow::updateStatus);
    connect(m_project, &ProjectSession::projectChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectSession::writeFailed, this, &MainWindow::projectWriteFailed);
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &MainWindow::systemSchemeChanged);

    resize(1440, 900);
    setPaneCount(2);
    restoreSettings();
    applyReport({});
}

MainWindow::~MainWindow()
{
    // A worker still running holds only its own copies; stop it and wait so it never outlives
    // the window.
    m_runner->cancel();
    delete m_runner; // waits for its thread
    m_runner = nullptr;
    // Children die after this destructor has run; none of their signals may reach it then.
    // (The views keep the report they show alive themselves.)
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // A key of its own: the old "view/theme" was written as "light" whether chosen or not.
    setThemeName(settings.value(QStringLiteral("view/colourScheme"), QStringLiteral("system")).toString());
    setTypeLines(settings.value(QStringLiteral("view/typeLines"), true).toBool());
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
    settings.setValue(QStringLiteral("view/syncScroll"), m_syncAction->isChecked());
    settings.setValue(QStringLiteral("view/panes"), int(m_panes.size()));
    settings.setValue(QStringLiteral("view/fontDelta"), m_fontDelta);
    QMainWindow::closeEvent(event);
}

void MainWindow::setPaneCount(int count)
{
    count = qBound(1, count, 6);
    while (m_panes.size() > count)
        delete m_panes.takeLast();
    while (m_panes.size() < count) {
        auto *pane = new ArticlePane;
        pane->setSourceLoader([this](const Article &article) { return sourceBytes(article); });
        const int index = int(m_panes.size());
        m_panes.append(pane);
        m_paneSplitter->addWidget(pane);
        const QString id = index < m_report->articles.size() ? m_report->articles.at(index).id : QString();
        pane->setReport(m_report, id, m_theme);
        pane->view()->setSelectedEntity(m_entityId);
        pane->view()->setFindText(m_findText);
        pane->view()->setTypeLines(m_typeLines);
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
    const QString key = m_findingIndex >= 0 && m_findingIndex < m_report->findings.size()
        ? m_report->findings.at(m_findingIndex).key
        : QString();
    m_report = std::make_shared<const Report>(std::move(report));
    m_inputs = m_report->articles;
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
    for (qsizetype i = before; i < m_report->articles.size(); ++i)
        if (!shown.contains(m_report->articles.at(i).id))
            unshown << m_report->articles.at(i).id;
    for (qsizetype i = 0; i < shown.size() && !unshown.isEmpty(); ++i)
        if (shown.at(i).isEmpty() || shown.mid(0, i).contains(shown.at(i)))
            shown[i] = unshown.takeFirst();
    m_articles->setReport(m_report);
    m_entityPanel->setReport(m_report);
    m_findingsPanel->setReport(m_report);
    m_timeline->setReport(m_report, m_theme);
    for (int i = 0; i < m_panes.size(); ++i) {
        QString id = shown.value(i);
        if (!m_report->article(id))
            id = i < m_report->articles.size() ? m_report->articles.at(i).id : QString();
        m_panes.at(i)->setReport(m_report, id, m_theme);
    }
    if (!m_report->entity(m_entityId))
        m_entityId.clear();
    selectEntity(m_entityId);
    m_findingIndex = -1;
    for (int i = 0; i < m_report->findings.size() && !findingKey.isEmpty(); ++i)
        if (m_report->findings.at(i).key == findingKey)
            selectFinding(i);
    m_exportAction->setEnabled(!m_report->articles.isEmpty());
    updateStatus();
}

QString MainWindow::statusSummary() const
{
    return tr("Analysed %n article(s)", nullptr, int(m_report->articles.size())) + QStringLiteral(" \u00b7 ")
        + tr("%n entities", nullptr, int(m_report->entities.size())) + QStringLiteral(" \u00b7 ")
        + tr("%n finding(s)", nullptr, int(m_report->findings.size()));
}

void MainWindow::updateStatus()
{
    if (m_report->articles.isEmpty()) {
        // While the first articles are being read the progress bar speaks; the hint would
        // contradict it.
        m_summary->setText(isAnalysing() ? QString()
                                         : tr("No articles yet: open files, drop them here or paste a text"));
        return;
    }
    QString text = statusSummary();
    if (m_reviews->count())
        text += QStringLiteral(" \u00b7 ") + tr("%n reviewed", nullptr, m_reviews->count());
    m_summary->setText(text);
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
    for (int i = 0; i < m_report->findings.size(); ++i) {
        const Severity s = m_report->findings.at(i).severity;
        if (s == severity) {
            best = i;
            break;
        }
        if (best < 0 || s < m_report->findings.at(best).severity)
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
    if (findingIndex < 0 || findingIndex >= m_report->findings.size()) {
        m_findingIndex = -1;
        for (ArticlePane *pane : std::as_const(m_panes))
            pane->view()->showEvidence({});
        return;
    }
    m_findingIndex = findingIndex;
    const Finding &f = m_report->findings.at(findingIndex);
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
    if (const Entity *e = m_report->entity(entityId))
        statusBar()->showMessage(tr("%1: %2").arg(ArticleView::typeLabel(e->type), e->name), 5000);
}

void MainWindow::mentionActivated(const QString &articleId, const Mention &mention)
{
    if (!mention.entityId.isEmpty()) {
        selectEntity(mention.entityId);
        return;
    }
    // A date or figure: show the finding it is evidence of, if any.
    for (int i = 0; i < m_report->findings.size(); ++i)
        for (const Evidence &ev : m_report->findings.at(i).evidence)
            if (ev.doc == articleId && ev.span.overlaps(mention.span))
                return selectFinding(i);
}

void MainWindow::showTimelineEvent(const QString &articleId, const Span &span)
{
    for (const TimelineEvent &ev : std::as_const(m_report->timeline)) {
        if (ev.doc == articleId && ev.span == span && !ev.findings.isEmpty()) {
            for (int i = 0; i < m_report->findings.size(); ++i)
                if (m_report->findings.at(i).id == ev.findings.first())
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

} // namespace fc::ui
