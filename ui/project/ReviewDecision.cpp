#include "ReviewDecision.h"

namespace fc {

QString reviewStatusCode(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QString();
    case ReviewStatus::Confirmed: return QStringLiteral("confirmed");
    case ReviewStatus::Dismissed: return QStringLiteral("dismissed");
    case ReviewStatus::NeedsCheck: return QStringLiteral("needs_check");
    }
    return {};
}

bool reviewStatusFromCode(QStringView code, ReviewStatus *status)
{
    for (const auto s :
         {ReviewStatus::Unreviewed, ReviewStatus::NeedsCheck, ReviewStatus::Confirmed, ReviewStatus::Dismissed}) {
        if (code == reviewStatusCode(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace fc
