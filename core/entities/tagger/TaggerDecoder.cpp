#include "TaggerDecoder.h"

#include <algorithm>
#include <limits>

namespace fc {

bool labelMayFollow(int from, int to)
{
    // I-X (the even labels 2, 4, 6: I-PER, I-ORG, I-LOC) only after B-X (to - 1) or I-X.
    if (to == 0 || to % 2 == 1)
        return true;
    return from == to || from == to - 1;
}

QList<TagLabel> viterbi(const QList<float> &emissions, qsizetype n, const float *transitions)
{
    constexpr int L = TagLabelCount;
    constexpr float minusInf = -std::numeric_limits<float>::infinity();
    QList<TagLabel> labels(n, TagLabel::O);
    if (n == 0)
        return labels;
    // The BIO constraint folded into the transitions once: a forbidden step scores minus
    // infinity, so the inner loop is plain arithmetic over arrays.
    float allowed[(L + 1) * L];
    for (int p = -1; p < L; ++p) {
        for (int l = 0; l < L; ++l)
            allowed[(p + 1) * L + l] = labelMayFollow(p, l) ? transitions[(p + 1) * L + l] : minusInf;
    }
    const float *e = emissions.constData();
    QList<qint8> back(n * L, 0);
    float prev[L];
    float cur[L];
    for (int l = 0; l < L; ++l)
        prev[l] = allowed[l] + e[l];
    for (qsizetype i = 1; i < n; ++i) {
        qint8 *b = back.data() + i * L;
        for (int l = 0; l < L; ++l) {
            float best = prev[0] + allowed[L + l];
            int from = 0;
            for (int p = 1; p < L; ++p) {
                const float s = prev[p] + allowed[(p + 1) * L + l];
                if (s > best) {
                    best = s;
                    from = p;
                }
            }
            cur[l] = best + e[i * L + l];
            b[l] = qint8(from);
        }
        std::copy(cur, cur + L, prev);
    }
    int last = 0;
    for (int l = 1; l < L; ++l) {
        if (prev[l] > prev[last])
            last = l;
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        labels[i] = TagLabel(last);
        last = back.at(i * L + last);
    }
    return labels;
}

QList<TagLabel> decodeSentence(const TaggerModel &model, const SentenceFeatures &features)
{
    constexpr int L = TagLabelCount;
    const qsizetype n = features.offsets.size() - 1;
    if (n <= 0)
        return {};
    QList<float> emissions(n * L, 0);
    // Prefetch a few tokens ahead, so the table's cache misses overlap.
    constexpr qsizetype ahead = 2;
    for (qsizetype i = 0; i < std::min(n, ahead); ++i) {
        for (qsizetype k = features.offsets.at(i); k < features.offsets.at(i + 1); ++k)
            model.prefetch(features.hashes.at(k));
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (i + ahead < n) {
            for (qsizetype k = features.offsets.at(i + ahead); k < features.offsets.at(i + ahead + 1); ++k)
                model.prefetch(features.hashes.at(k));
        }
        qint32 sums[L] = {};
        for (qsizetype k = features.offsets.at(i); k < features.offsets.at(i + 1); ++k)
            model.addScores(features.hashes.at(k), sums);
        for (int l = 0; l < L; ++l)
            emissions[i * L + l] = float(sums[l]);
    }
    float transitions[(L + 1) * L];
    for (int p = -1; p < L; ++p) {
        for (int l = 0; l < L; ++l)
            transitions[(p + 1) * L + l] = float(model.transition(p, l));
    }
    return viterbi(emissions, n, transitions);
}

} // namespace fc
