#pragma once

#include "Mention.h"

#include <QString>
#include <QStringList>

namespace fc {

// One person, organisation, place or title, gathered from its mentions across articles.
struct Entity
{
    QString id; // "e1", ... in a stable order
    MentionType type = MentionType::Person;
    QString name;         // canonical name
    QStringList variants; // other spellings seen, sorted
    QString kb;           // Wikidata id, or empty
    QStringList documents; // article ids, sorted
};

} // namespace fc
