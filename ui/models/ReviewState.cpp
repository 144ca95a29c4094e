#include "ReviewState.h"

#include <algorithm>

namespace fc::ui {

ReviewState::ReviewState(QObject *parent)
    : QObject(parent)
{
}

void ReviewState::setReview(const QString &findingKey, const Review &review)
{
    if (findingKey.isEmpty() || m_reviews.value(findingKey) == review)
        return;
    if (review.isEmpty())
        m_reviews.remove(findingKey);
    else
        m_reviews.insert(findingKey, review);
    Q_EMIT reviewChanged(findingKey);
}

void ReviewState::setStatus(const QString &findingKey, ReviewStatus status)
{
    Review r = review(findingKey);
    r.status = status;
    setReview(findingKey, r);
}

void ReviewState::setNote(const QString &findingKey, const QString &note)
{
    Review r = review(findingKey);
    r.note = note;
    setReview(findingKey, r);
}

void ReviewState::clear()
{
    m_reviews.clear();
    Q_EMIT cleared();
}

QStringList ReviewState::keys() const
{
    QStringList k = m_reviews.keys();
    std::sort(k.begin(), k.end());
    return k;
}

QString ReviewState::statusLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return tr("Not reviewed");
    case ReviewStatus::NeedsCheck: return tr("Needs check");
    case ReviewStatus::Confirmed: return tr("Confirmed");
    case ReviewStatus::Dismissed: return tr("Dismissed");
    }
    return {};
}

} // namespace fc::ui
