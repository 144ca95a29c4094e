#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace fc {

// What an editor decided about one finding. Unreviewed is the absence of a decision. Defined
// here once: the project store, the workbench and the report exports all write these codes.
enum class ReviewStatus { Unreviewed, NeedsCheck, Confirmed, Dismissed };

QString reviewStatusCode(ReviewStatus status); // "", "needs_check", "confirmed", "dismissed"
bool reviewStatusFromCode(QStringView code, ReviewStatus *status);
QList<ReviewStatus> allReviewStatuses(); // in the order menus list them

} // namespace fc
