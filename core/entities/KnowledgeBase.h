#pragma once

#include "model/Mention.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// One thing the workbench knows by name: a country, a city, an organisation, a person.
struct KbEntry
{
    QString id; // Wikidata id ("Q423") or a project-local id
    MentionType type = MentionType::Location;
    QString name;          // canonical (English) name
    QString nameId;        // Indonesian name
    QStringList aliases;   // every other spelling, acronym and translation
};

// The bundled knowledge base (resources/kb), optionally extended by a user file.
class KnowledgeBase
{
public:
    static const KnowledgeBase &bundled();

    void add(const KbEntry &entry);
    bool loadFile(const QString &path, QString *error = nullptr);

    const KbEntry *find(const QString &surface) const; // exact alias match, case-insensitive
    const QList<KbEntry> &entries() const { return m_entries; }

private:
    QList<KbEntry> m_entries;
    QHash<QString, qsizetype> m_byAlias;
};

} // namespace fc
