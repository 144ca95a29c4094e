#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace fc {

// What an editor decided about one finding. Keyed by Finding::key, which stays the same when
// the engine runs again on the same texts, so a decision outlives re-analysis.
enum class ReviewStatus { Confirmed, Dismissed, NeedsCheck };
QString reviewStatusCode(ReviewStatus status); // "confirmed", "dismissed", "needs_check"
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
