#include "ReviewStatus.h"

namespace fc {

QString reviewStatusCode(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return {};
    case ReviewStatus::NeedsCheck: return QStringLiteral("needs_check");
    case ReviewStatus::Confirmed: return QStringLiteral("confirmed");
    case ReviewStatus::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

bool reviewStatusFromCode(QStringView code, ReviewStatus *status)
{
    for (const ReviewStatus s : allReviewStatuses()) {
        if (code == reviewStatusCode(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QList<ReviewStatus> allReviewStatuses()
{
    return {ReviewStatus::Unreviewed, ReviewStatus::NeedsCheck, ReviewStatus::Confirmed, ReviewStatus::Dismissed};
}

} // namespace fc
