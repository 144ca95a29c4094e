#pragma once

#include "model/MeasuredClaim.h"

#include <QStringList>

namespace fc {

// A claim's lemmas as small integers (one table per check run), so that comparing every pair
// of claims of a block compares integers, not strings.
struct MatchKeys
{
    QList<int> context; // nearest first
    QList<int> measure;
};

// How alike two measured claims are, 0..1: the overlap of their context lemmas (nearest words
// weigh most) and of what they measure, less when each names entities and they share none.
// The same thing measured in two articles scores high; another figure of the same sentence
// scores lower than its own counterpart because its nearest words differ.
double measuredSimilarity(
    const MatchKeys &a, const QStringList &entitiesA, const MatchKeys &b, const QStringList &entitiesB);

// Scores at or above this align two claims (chosen on the IndoNLI pairs, tests/eval/README.md).
constexpr double measuredMatchThreshold = 0.35;
// A candidate this close to the best one that agrees with the claim makes it no conflict.
constexpr double measuredMatchMargin = 0.15;

} // namespace fc
