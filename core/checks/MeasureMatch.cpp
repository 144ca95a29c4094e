#include "MeasureMatch.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

    constexpr int minSharedWords = 2;

    double weight(qsizetype rank)
    {
        return 1.0 / (1.0 + 0.3 * double(rank));
    }

    // Weighted overlap of two lists ordered nearest first, normalised by the lighter list so a
    // short sentence that repeats part of a long one still scores high.
    double overlap(const QList<int> &a, const QList<int> &b)
    {
        if (a.isEmpty() || b.isEmpty())
            return 0;
        // Lists are short (under twenty lemmas): a nested scan beats building a hash per pair.
        // One shared word is chance ("Satu orang dicari, kata Rahmat" against "Rahmat mengatakan
        // 12 orang meninggal"): two at least are needed to speak of the same thing.
        int common = 0;
        double shared = 0, wa = 0, wb = 0;
        for (qsizetype i = 0; i < a.size(); ++i) {
            wa += weight(i);
            const qsizetype j = b.indexOf(a.at(i));
            if (j >= 0) {
                ++common;
                shared += std::sqrt(weight(i) * weight(j));
            }
        }
        if (common < minSharedWords)
            return 0;
        for (qsizetype i = 0; i < b.size(); ++i)
            wb += weight(i);
        return std::min(1.0, shared / std::min(wa, wb));
    }

} // namespace

double measuredSimilarity(
    const MatchKeys &a, const QStringList &entitiesA, const MatchKeys &b, const QStringList &entitiesB)
{
    const double context = overlap(a.context, b.context);
    double measure = context;
    if (!a.measure.isEmpty() && !b.measure.isEmpty()) {
        int shared = 0;
        for (int l : a.measure)
            shared += b.measure.contains(l) ? 1 : 0;
        measure = double(shared) / double(std::min(a.measure.size(), b.measure.size()));
    }
    double score = 0.7 * context + 0.3 * measure;
    if (!entitiesA.isEmpty() && !entitiesB.isEmpty()) {
        const bool shared = std::any_of(
            entitiesA.cbegin(), entitiesA.cend(), [&](const QString &e) { return entitiesB.contains(e); });
        if (!shared)
            score *= 0.7;
    }
    return score;
}

} // namespace fc
