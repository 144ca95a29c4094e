#include "MeasureMatch.h"

#include <QHash>

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
double overlap(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    // One shared word is chance ("Satu orang dicari, kata Rahmat" against "Rahmat mengatakan
    // 12 orang meninggal"): two at least are needed to speak of the same thing.
    int common = 0;
    for (const QString &w : a)
        common += b.contains(w) ? 1 : 0;
    if (common < minSharedWords)
        return 0;
    QHash<QString, qsizetype> rankB;
    for (qsizetype i = 0; i < b.size(); ++i)
        rankB.insert(b.at(i), i);
    double shared = 0, wa = 0, wb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        wa += weight(i);
        if (const auto it = rankB.constFind(a.at(i)); it != rankB.cend())
            shared += std::sqrt(weight(i) * weight(*it));
    }
    for (qsizetype i = 0; i < b.size(); ++i)
        wb += weight(i);
    return std::min(1.0, shared / std::min(wa, wb));
}

} // namespace

double measuredSimilarity(const MeasuredClaim &a, const QStringList &entitiesA, const MeasuredClaim &b,
                          const QStringList &entitiesB)
{
    const double context = overlap(a.context, b.context);
    double measure = context;
    if (!a.measureLemmas.isEmpty() && !b.measureLemmas.isEmpty()) {
        int shared = 0;
        for (const QString &l : a.measureLemmas)
            shared += b.measureLemmas.contains(l) ? 1 : 0;
        measure = double(shared) / double(std::min(a.measureLemmas.size(), b.measureLemmas.size()));
    }
    double score = 0.7 * context + 0.3 * measure;
    if (!entitiesA.isEmpty() && !entitiesB.isEmpty()) {
        const bool shared = std::any_of(entitiesA.cbegin(), entitiesA.cend(),
                                        [&](const QString &e) { return entitiesB.contains(e); });
        if (!shared)
            score *= 0.7;
    }
    return score;
}

} // namespace fc
