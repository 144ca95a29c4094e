#pragma once

#include "AnnotatedCorpus.h"
#include "TaggerFeatures.h"
#include "TaggerModel.h"

#include <QList>

namespace fc {

// A sentence as the tagger sees it at run time: the recogniser's tokens of the joined text, and
// the gold label of each (a gold name's first token B-, the others I-).
struct TrainingSentence
{
    QList<NameToken> tokens;
    QList<TagLabel> gold;
};

TrainingSentence trainingSentence(const AnnotatedSentence &sentence);

struct TrainerOptions
{
    int epochs = 10;
    quint32 seed = 20261206; // the order sentences are visited in each epoch
    int minCount = 1;        // features seen fewer times in training are left out of the model
};

// An averaged structured perceptron: Viterbi-decodes each sentence with the current weights
// and moves them towards the gold labels where it went wrong; the model keeps the average of
// the weights over all steps. Single-threaded, fixed order per seed: the same sentences give
// the same model, byte for byte.
TaggerModel trainTagger(const QList<TrainingSentence> &sentences, const TaggerContext &context,
                        const TrainerOptions &options);

} // namespace fc
