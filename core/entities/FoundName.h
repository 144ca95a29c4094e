#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Mention.h"

#include <QString>

namespace fc {

// A name the recogniser found in a sentence, before it becomes a Mention: tokens [first, last),
// its type, the knowledge-base entry it matched (if any), a canonical form set by a rule, and
// the rule's name.
struct FoundName
{
    qsizetype first = 0;
    qsizetype last = 0;
    MentionType type = MentionType::Person;
    const KbEntry *entry = nullptr;
    QString canonical;
    const char *rule = ""; // which rule or model found it: "name.title", "tagger" (docs/rule-names.md)
};

} // namespace fc
