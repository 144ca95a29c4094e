#pragma once

#include "Span.h"

#include <QString>
#include <QVariant>

namespace fc {

enum class MentionType { Person, Organisation, Location, Title, Date, Time, Quantity, Source };

// "PER", "ORG", ... as the report contract spells them.
QString mentionTypeCode(MentionType type);
bool mentionTypeFromCode(QStringView code, MentionType *type);

// One stretch of text that names something. Entity-like mentions are linked to an Entity
// by id after resolution; DATE/TIME/QUANTITY mentions carry their normalised value.
struct Mention
{
    Span span;
    MentionType type = MentionType::Person;
    QString text;
    QString entityId;  // set by entity resolution; empty when unresolved
    QVariant value;    // ISO string for DATE/TIME, a number for QUANTITY, invalid otherwise
    QString canonical; // the knowledge-base or rule's canonical form, when known
    QString kb;        // Wikidata id, when the knowledge base knows it
    // The rule or model that made it ("id.time.named-date", "name.title", "tagger"), for an
    // editor asking why: shown by `analyze --explain` and the workbench's tooltip. The ids
    // are listed in docs/rule-names.md.
    QString rule;
};

} // namespace fc
