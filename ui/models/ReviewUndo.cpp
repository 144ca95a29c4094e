#include "ReviewUndo.h"

#include "models/ProjectSession.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fc::ui {

// One review action: the finding's decision before and after. The change has already been
// made when the command is pushed, so its first redo does nothing.
class ReviewCommand : public QUndoCommand
{
public:
    ReviewCommand(ReviewUndo *owner, QString key, Review before, Review after)
        : m_owner(owner)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(describe());
    }

    void undo() override { m_owner->apply(m_key, m_before); }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        m_owner->apply(m_key, m_after);
    }

    // Typing a note and changing it again right after is one action to undo, not one per edit.
    int id() const override { return noteOnly() ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ReviewCommand *>(other);
        if (next->m_key != m_key || !next->noteOnly())
            return false;
        m_after = next->m_after;
        setText(describe());
        return true;
    }

private:
    bool noteOnly() const { return m_before.status == m_after.status; }

    QString describe() const
    {
        if (!noteOnly())
            return QCoreApplication::translate("fc::ui::ReviewUndo", "Mark as %1")
                .arg(ReviewState::statusLabel(m_after.status));
        return QCoreApplication::translate("fc::ui::ReviewUndo", "Edit Note");
    }

    ReviewUndo *m_owner;
    QString m_key;
    Review m_before;
    Review m_after;
    bool m_done = true;
};

ReviewUndo::ReviewUndo(ReviewState *reviews, ProjectSession *project, QObject *parent)
    : QObject(parent)
    , m_reviews(reviews)
    , m_stack(new QUndoStack(this))
{
    connect(m_reviews, &ReviewState::reviewChanged, this, &ReviewUndo::reviewChanged);
    connect(m_reviews, &ReviewState::cleared, this, &ReviewUndo::restart);
    // A project's decisions are loaded into the ReviewState before projectChanged: the
    // restart drops the commands the loading made.
    connect(project, &ProjectSession::projectChanged, this, &ReviewUndo::restart);
    restart();
}

void ReviewUndo::restart()
{
    m_stack->clear();
    m_known.clear();
    for (const QString &key : m_reviews->keys())
        m_known.insert(key, m_reviews->review(key));
}

void ReviewUndo::reviewChanged(const QString &findingKey)
{
    const Review before = m_known.value(findingKey);
    const Review after = m_reviews->review(findingKey);
    if (after.isEmpty())
        m_known.remove(findingKey);
    else
        m_known.insert(findingKey, after);
    if (m_applying || before == after)
        return;
    m_stack->push(new ReviewCommand(this, findingKey, before, after));
}

void ReviewUndo::apply(const QString &findingKey, const Review &review)
{
    m_applying = true;
    m_reviews->setReview(findingKey, review);
    m_applying = false;
}

} // namespace fc::ui
