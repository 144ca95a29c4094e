#pragma once

#include "AnnotatedCorpus.h"

#include <QList>
#include <QString>

namespace fc {

class KnowledgeBase;

// One annotated sentence as the whole recogniser (rules, knowledge base and the language's
// tagger, merged as in the application) reads it, for scoring against the gold names: the
// trainer's held-out scores and the public-corpus evaluation count the same way.
struct RecognisedSentence
{
    QString text;                // the tokens joined by single spaces
    QList<AnnotatedSpan> gold;   // the corpus's names
    QList<AnnotatedSpan> found;  // the recogniser's persons, organisations and places
    QList<AnnotatedSpan> right;  // found and gold
    QList<AnnotatedSpan> wrong;  // found, not gold, and not nested in a right name
    QList<AnnotatedSpan> missed; // gold, not found
};

// Sorts r->found against r->gold into right, wrong and missed. A corpus marks the outermost
// name only, so a found name inside a right one ("Jakarta" in "Pemprov DKI Jakarta") is neither
// right nor wrong.
void compareWithGold(RecognisedSentence *r);

// Runs recogniseNames over the sentence's text as an article in `language` (its code, as the
// article metadata gives it) and compares what it found with the gold names.
RecognisedSentence recogniseAnnotated(const AnnotatedSentence &sentence, const QString &language,
                                      const KnowledgeBase &kb);

} // namespace fc
