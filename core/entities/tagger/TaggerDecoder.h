#pragma once

#include "TaggerFeatures.h"
#include "TaggerModel.h"

#include <QList>

namespace fc {

// The best label sequence (Viterbi) under the BIO constraint: an I- label only continues a name
// of its own type. emissions: n x TagLabelCount scores; transitions: (TagLabelCount + 1) x
// TagLabelCount, the first row from the sentence start. Ties go to the lower label, so the
// result does not depend on anything but the scores.
QList<TagLabel> viterbi(const QList<float> &emissions, qsizetype n, const float *transitions);

// Labels one sentence's tokens with a loaded model.
QList<TagLabel> decodeSentence(const TaggerModel &model, const SentenceFeatures &features);

// Whether label `to` may follow `from` (-1: the sentence start).
bool labelMayFollow(int from, int to);

} // namespace fc
