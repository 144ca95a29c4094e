#pragma once

#include "models/ReviewState.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace fc::ui {

class ProjectSession;

// Undo and Redo of review actions (status and note changes), however they were made: the
// findings table, the Analysis menu's marks or a shortcut. It watches the ReviewState and
// turns every change into a command; undoing one sets the decision back through the same
// ReviewState, so the open project commits the undo (and records it in the finding's history)
// the moment it is made, as it does any other change. Opening, creating or closing a project
// and clearing the review start a fresh stack: an undo never reaches into another project.
class ReviewUndo : public QObject
{
    Q_OBJECT
public:
    ReviewUndo(ReviewState *reviews, ProjectSession *project, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }

    // Forgets the stack and takes the ReviewState's present decisions as the starting point.
    void restart();

private:
    friend class ReviewCommand;
    void reviewChanged(const QString &findingKey);
    void apply(const QString &findingKey, const Review &review);

    ReviewState *m_reviews;
    QUndoStack *m_stack;
    QHash<QString, Review> m_known; // the decisions as last seen, to know a change's "before"
    bool m_applying = false;
};

} // namespace fc::ui
