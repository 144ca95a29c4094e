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
    QString name;          // canonical name
    QStringList variants;  // other spellings seen, sorted
    QString kb;            // Wikidata id, or empty
    QStringList documents; // article ids, sorted
    QString nameEn;        // the knowledge base's English and Indonesian names (empty when
    QString nameId;        // it does not know the entity)

    // How an article in this language names the entity: the knowledge base's name in that
    // language ("Garut Regency" in English, "Kabupaten Garut" in Indonesian), else the
    // canonical name. (core/model/Entity.cpp: which language writes which name is the
    // registry's, lang/Language.h.)
    QString nameIn(const QString &language) const;
};

} // namespace fc
