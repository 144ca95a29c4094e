#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Mention.h"

#include <QString>

namespace fc {

// A name the recogniser found in a sentence, before it becomes a Mention: tokens [first, last),
// its type, the knowledge-base entry it matched (if any) and a canonical form set by a rule.
struct FoundName
{
    qsizetype first = 0;
    qsizetype last = 0;
    MentionType type = MentionType::Person;
    const KbEntry *entry = nullptr;
    QString canonical;
};

} // namespace fc
