#include "LowConfidence.h"

#include <algorithm>

namespace fc {

int lowestConfidenceIn(const QList<LowConfidenceWord> &words, const Span &span)
{
    // The first word that ends after the span starts; the words are sorted and disjoint, so
    // their ends are sorted too.
    auto it = std::partition_point(words.cbegin(), words.cend(),
                                   [&](const LowConfidenceWord &w) { return w.span.end <= span.start; });
    int lowest = -1;
    for (; it != words.cend() && it->span.start < span.end; ++it) {
        if (it->span.overlaps(span) && (lowest < 0 || it->confidence < lowest))
            lowest = it->confidence;
    }
    return lowest;
}

} // namespace fc
