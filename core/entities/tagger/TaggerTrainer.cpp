#include "TaggerTrainer.h"

#include "TaggerDecoder.h"

#include <QHash>

#include <algorithm>
#include <random>

namespace fc {

TrainingSentence trainingSentence(const AnnotatedSentence &sentence)
{
    QList<AnnotatedSpan> spans;
    const QString text = joinedText(sentence, &spans);
    TrainingSentence out;
    out.tokens = tokeniseNames(text, 0, text.size());
    for (const NameToken &t : std::as_const(out.tokens)) {
        TagLabel label = TagLabel::O;
        for (const AnnotatedSpan &s : std::as_const(spans)) {
            if (t.start < s.start || t.start >= s.end)
                continue;
            const int base = s.type == u"PER" ? 1 : s.type == u"ORG" ? 3 : 5;
            label = TagLabel(t.start == s.start ? base : base + 1);
            break;
        }
        out.gold.append(label);
    }
    return out;
}

TaggerModel trainTagger(const QList<TrainingSentence> &sentences, const TaggerContext &context,
                        const TrainerOptions &options)
{
    constexpr int L = TagLabelCount;
    // Features of every sentence, once; then the ones seen often enough, by hash order.
    QList<SentenceFeatures> features(sentences.size());
    QHash<quint32, int> counts;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        extractFeatures(sentences.at(s).tokens, context, &features[s]);
        for (quint32 h : std::as_const(features[s].hashes))
            ++counts[h];
    }
    QList<quint32> kept;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= options.minCount)
            kept.append(it.key());
    }
    std::sort(kept.begin(), kept.end());
    QHash<quint32, qint32> index;
    index.reserve(kept.size());
    for (qsizetype f = 0; f < kept.size(); ++f)
        index.insert(kept.at(f), qint32(f));
    // Dense feature ids per sentence (-1: left out).
    QList<QList<qint32>> ids(sentences.size());
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        ids[s].reserve(features.at(s).hashes.size());
        for (quint32 h : std::as_const(features.at(s).hashes))
            ids[s].append(index.value(h, -1));
    }

    const qsizetype nF = kept.size();
    QList<float> w(nF * L, 0);
    QList<double> u(nF * L, 0); // sum of step * update, for the average w - u / steps
    QList<float> tw((L + 1) * L, 0);
    QList<double> tu((L + 1) * L, 0);
    double step = 1;

    std::mt19937 rng(options.seed);
    QList<qsizetype> order(sentences.size());
    for (qsizetype s = 0; s < order.size(); ++s)
        order[s] = s;
    QList<float> emissions;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        // Fisher-Yates with the generator's raw output: std::shuffle may differ between
        // standard libraries, this does not.
        for (qsizetype k = order.size() - 1; k > 0; --k)
            std::swap(order[k], order[qsizetype(rng() % quint32(k + 1))]);
        for (qsizetype s : std::as_const(order)) {
            const TrainingSentence &sentence = sentences.at(s);
            const SentenceFeatures &f = features.at(s);
            const QList<qint32> &fid = ids.at(s);
            const qsizetype n = sentence.tokens.size();
            if (n == 0)
                continue;
            emissions.fill(0, n * L);
            for (qsizetype i = 0; i < n; ++i) {
                for (qsizetype k = f.offsets.at(i); k < f.offsets.at(i + 1); ++k) {
                    if (const qint32 id = fid.at(k); id >= 0) {
                        for (int l = 0; l < L; ++l)
                            emissions[i * L + l] += w.at(id * L + l);
                    }
                }
            }
            const QList<TagLabel> predicted = viterbi(emissions, n, tw.constData());
            for (qsizetype i = 0; i < n; ++i) {
                const int g = int(sentence.gold.at(i));
                const int p = int(predicted.at(i));
                if (g != p) {
                    for (qsizetype k = f.offsets.at(i); k < f.offsets.at(i + 1); ++k) {
                        if (const qint32 id = fid.at(k); id >= 0) {
                            w[id * L + g] += 1;
                            u[id * L + g] += step;
                            w[id * L + p] -= 1;
                            u[id * L + p] -= step;
                        }
                    }
                }
                const int gPrev = i > 0 ? int(sentence.gold.at(i - 1)) : -1;
                const int pPrev = i > 0 ? int(predicted.at(i - 1)) : -1;
                if (g != p || gPrev != pPrev) {
                    tw[(gPrev + 1) * L + g] += 1;
                    tu[(gPrev + 1) * L + g] += step;
                    tw[(pPrev + 1) * L + p] -= 1;
                    tu[(pPrev + 1) * L + p] -= step;
                }
            }
            step += 1;
        }
    }
    QList<float> averaged(nF * L);
    for (qsizetype k = 0; k < averaged.size(); ++k)
        averaged[k] = float(w.at(k) - u.at(k) / step);
    QList<float> transitions((L + 1) * L);
    for (qsizetype k = 0; k < transitions.size(); ++k)
        transitions[k] = float(tw.at(k) - tu.at(k) / step);
    TaggerModel model;
    model.setWeights(kept, averaged, transitions);
    return model;
}

} // namespace fc
