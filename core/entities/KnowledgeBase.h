#pragma once

#include "model/Mention.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fc {

// One thing the workbench knows by name: a country, a city, an organisation, a person.
struct KbEntry
{
    QString id; // Wikidata id ("Q423") or a project-local id ("fc:bnpb", "iso:ID-JB")
    MentionType type = MentionType::Location;
    QString name;        // canonical (English) name
    QString nameId;      // Indonesian name
    QStringList aliases; // every other spelling, acronym and translation
    QString kind;        // "country", "city", "news", "ministry", ... (informative)

    // The Wikidata id when the entry has one, else empty (what reports call "kb").
    QString wikidata() const;
};

// The bundled knowledge base (resources/kb), optionally extended by a user file
// (format: resources/kb/README.md). Lookup is by whole name, case-insensitive, except that
// all-capital aliases ("AS", "US", "PBB") only match in capitals: "as" and "us" are words.
class KnowledgeBase
{
public:
    static const KnowledgeBase &bundled();

    void add(const KbEntry &entry);
    bool loadFile(const QString &path, QString *error = nullptr);
    bool loadJson(const QByteArray &json, const QString &origin, QString *error = nullptr);

    const KbEntry *find(QStringView surface) const;
    // The entry of the longest of the spans text.left(ends[k]) (ends ascending) that find()
    // finds, with *which = k; nullptr when none. What trying find() on each span from the
    // longest would give, with one key made instead of one a span.
    const KbEntry *findLongest(QStringView text, const QList<qsizetype> &ends, qsizetype *which) const;
    const KbEntry *findById(const QString &id) const;
    const QList<KbEntry> &entries() const { return m_entries; }
    int maxAliasWords() const { return m_maxWords; }
    // Whether some name starts with this word (a cheap test before trying longer spans).
    bool startsName(const QString &word) const { return m_firstWords.contains(key(word)); }

    // The lookup key of a surface form: case-folded, hyphens and runs of spaces as one space.
    static QString key(QStringView surface);

    // Every person's name as lookup-key words ("vladimir", "putin"), in entry order, and the
    // first and last words of those of two words or more: the name recogniser's cues for a
    // known person. Kept by add(), so an article's analysis does not derive them again.
    const QList<QStringList> &personNameWords() const { return m_personNameWords; }
    const QSet<QString> &personEdgeWords() const { return m_personEdgeWords; }

private:
    void index(const QString &alias, qsizetype entry);

    QList<KbEntry> m_entries;
    QHash<QString, qsizetype> m_byAlias;
    QHash<QString, qsizetype> m_byId;
    QSet<QString> m_exactCase;  // keys of all-capital aliases
    QSet<QString> m_firstWords; // first word of every key
    QList<QStringList> m_personNameWords;
    QSet<QString> m_personEdgeWords;
    int m_maxWords = 1;
};

} // namespace fc
