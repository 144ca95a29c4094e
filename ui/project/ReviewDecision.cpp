#include "ReviewDecision.h"

namespace fc {

QString reviewStatusCode(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Confirmed: return QStringLiteral("confirmed");
    case ReviewStatus::Dismissed: return QStringLiteral("dismissed");
    case ReviewStatus::NeedsCheck: return QStringLiteral("needs_check");
    }
    return {};
}

bool reviewStatusFromCode(QStringView code, ReviewStatus *status)
{
    for (const auto s : {ReviewStatus::Confirmed, ReviewStatus::Dismissed, ReviewStatus::NeedsCheck}) {
        if (code == reviewStatusCode(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace fc
