#include "ReviewHistoryView.h"

#include "models/ProjectSession.h"
#include "models/ReviewState.h"

#include <QHeaderView>
#include <QLocale>

namespace fc::ui {

namespace {

QString statusName(ReviewStatus status)
{
    return ReviewState::statusLabel(status);
}

QString describe(const ReviewChange &c)
{
    QStringList parts;
    if (c.oldStatus != c.newStatus)
        parts << ReviewHistoryView::tr("%1 \u2192 %2").arg(statusName(c.oldStatus), statusName(c.newStatus));
    if (c.oldNote != c.newNote)
        parts << (c.newNote.isEmpty() ? ReviewHistoryView::tr("note removed")
                                      : ReviewHistoryView::tr("note: \u201c%1\u201d").arg(c.newNote));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReviewHistoryView::ReviewHistoryView(ProjectSession *project, QWidget *parent)
    : QTreeWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("reviewHistory"));
    setAccessibleName(tr("Review history"));
    setHeaderLabels({tr("When"), tr("Reviewer"), tr("Change")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 150);
    header()->resizeSection(1, 120);
    connect(m_project, &ProjectSession::decisionRecorded, this, [this](const QString &key) {
        if (key == m_key)
            refresh();
    });
    connect(m_project, &ProjectSession::projectChanged, this, &ReviewHistoryView::refresh);
    refresh();
}

void ReviewHistoryView::setFinding(const QString &findingKey)
{
    m_key = findingKey;
    refresh();
}

void ReviewHistoryView::refresh()
{
    clear();
    const auto note = [this](const QString &text) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(2, text);
        item->setFlags(Qt::ItemIsEnabled);
    };
    if (!m_project->isOpen()) {
        note(tr("The history of review decisions is kept in a project (File \u203a Save Project As)."));
        return;
    }
    if (m_key.isEmpty()) {
        note(tr("Select a finding to see who changed its review, and when."));
        return;
    }
    const QList<ReviewChange> history = m_project->history(m_key);
    if (history.isEmpty()) {
        note(tr("No review decision recorded for this finding yet."));
        return;
    }
    const QLocale locale;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0,
                      it->at.isValid() ? locale.toString(it->at.toLocalTime(), QLocale::ShortFormat)
                                       : tr("before history was kept"));
        item->setText(1, it->reviewer.isEmpty() ? tr("(unknown)") : it->reviewer);
        item->setText(2, describe(*it));
        item->setToolTip(2, item->text(2));
    }
}

} // namespace fc::ui
