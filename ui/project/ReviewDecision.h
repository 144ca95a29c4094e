#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace fc {

// What an editor decided about one finding. Keyed by Finding::key, which stays the same when
// the engine runs again on the same texts, so a decision outlives re-analysis. Unreviewed
// with a note is a note written before deciding (the workbench's ReviewState allows it).
// Same values and codes as fc::ui::ReviewStatus, so the two map one to one.
enum class ReviewStatus { Unreviewed, NeedsCheck, Confirmed, Dismissed };
QString reviewStatusCode(ReviewStatus status); // "", "needs_check", "confirmed", "dismissed"
bool reviewStatusFromCode(QStringView code, ReviewStatus *status);

struct ReviewDecision
{
    QString key; // Finding::key
    ReviewStatus status = ReviewStatus::NeedsCheck;
    QString note;
    QDateTime updatedAt; // UTC

    friend bool operator==(const ReviewDecision &a, const ReviewDecision &b)
    {
        return a.key == b.key && a.status == b.status && a.note == b.note;
    }
};

// Decisions by finding key; QMap so every listing and export comes out in one stable order.
using ReviewMap = QMap<QString, ReviewDecision>;

} // namespace fc
