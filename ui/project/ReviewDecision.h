#pragma once

#include "model/ReviewStatus.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace fc {

// What an editor decided about one finding (ReviewStatus: core/model/ReviewStatus.h). Keyed
// by Finding::key, which stays the same when the engine runs again on the same texts, so a
// decision outlives re-analysis. Unreviewed with a note is a note written before deciding
// (the workbench's ReviewState allows it).

// One change of a finding's status or note, as the project records it: who made it, when,
// and what the decision was before and after. A removed decision is a change to Unreviewed
// with an empty note.
struct ReviewChange
{
    QString reviewer; // as the editor gave it once (QSettings); empty in migrated rows
    QDateTime at;     // UTC; invalid in rows migrated from a file without a time
    ReviewStatus oldStatus = ReviewStatus::Unreviewed;
    QString oldNote;
    ReviewStatus newStatus = ReviewStatus::Unreviewed;
    QString newNote;

    friend bool operator==(const ReviewChange &, const ReviewChange &) = default;
};

struct ReviewDecision
{
    QString key; // Finding::key
    ReviewStatus status = ReviewStatus::NeedsCheck;
    QString note;
    QDateTime updatedAt; // UTC
    // Default member initializers: brace-initialised decisions written before these members
    // existed stay complete.
    QString reviewer = {};            // who made the decision as it stands (the last change)
    QList<ReviewChange> history = {}; // oldest first; filled by ProjectStore::decisions()

    friend bool operator==(const ReviewDecision &a, const ReviewDecision &b)
    {
        return a.key == b.key && a.status == b.status && a.note == b.note;
    }
};

// Decisions by finding key; QMap so every listing and export comes out in one stable order.
using ReviewMap = QMap<QString, ReviewDecision>;

} // namespace fc
