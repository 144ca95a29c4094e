#pragma once

#include <QHash>
#include <QString>

namespace fc {

// A reviewer's decision on one finding, as the project keeps it.
struct ReportReview
{
    QString status; // "confirmed", "dismissed", "needs_check", or empty when undecided
    QString note;
    QString reviewer = {}; // who made the decision as it stands; empty when not known
};

// What a front end knows beyond the analysis itself. The CLI passes none; the workbench
// passes the project's review decisions, keyed by Finding::key so they survive re-analysis.
struct ReportExtras
{
    QHash<QString, ReportReview> reviews; // by Finding::key
    // JSON only: each mention's "rule", the rule or model that made it (`analyze --explain`).
    bool explainRules = false;

    bool hasReviews() const { return !reviews.isEmpty(); }
    ReportReview reviewFor(const QString &findingKey) const { return reviews.value(findingKey); }
};

// The reviewer status as shown to a reader ("needs_check" -> "needs check").
QString reviewStatusLabel(const QString &status);
// The status with who decided it, when known: "confirmed (Ani)".
QString reviewStatusWithReviewer(const ReportReview &review);

} // namespace fc
