#pragma once

#include "model/ReviewStatus.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace fc::ui {

// What a reviewer decided about a finding is an fc::ReviewStatus (core/model/ReviewStatus.h:
// its codes are the project's and the reports'); only the translated label lives here.

struct Review
{
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString note;
    bool isEmpty() const { return status == ReviewStatus::Unreviewed && note.isEmpty(); }
    friend bool operator==(const Review &, const Review &) = default;
};

// The reviewer's decisions, keyed by Finding::key so they survive re-analysis and reordering.
// Kept apart from the findings model so a project file can load and store it.
class ReviewState : public QObject
{
    Q_OBJECT
public:
    explicit ReviewState(QObject *parent = nullptr);

    Review review(const QString &findingKey) const { return m_reviews.value(findingKey); }
    ReviewStatus status(const QString &findingKey) const { return review(findingKey).status; }
    QString note(const QString &findingKey) const { return review(findingKey).note; }

    void setReview(const QString &findingKey, const Review &review);
    void setStatus(const QString &findingKey, ReviewStatus status);
    void setNote(const QString &findingKey, const QString &note);
    void clear();

    QStringList keys() const; // sorted, for deterministic storage
    int count() const { return int(m_reviews.size()); }

    static QString statusLabel(ReviewStatus status); // translated

Q_SIGNALS:
    void reviewChanged(const QString &findingKey);
    void cleared();

private:
    QHash<QString, Review> m_reviews;
};

} // namespace fc::ui
