#include "KnowledgeBase.h"

namespace fc {

const KnowledgeBase &KnowledgeBase::bundled()
{
    static const KnowledgeBase kb;
    return kb;
}

void KnowledgeBase::add(const KbEntry &entry)
{
    const qsizetype index = m_entries.size();
    m_entries.append(entry);
    m_byAlias.insert(entry.name.toCaseFolded(), index);
    if (!entry.nameId.isEmpty())
        m_byAlias.insert(entry.nameId.toCaseFolded(), index);
    for (const auto &alias : entry.aliases)
        m_byAlias.insert(alias.toCaseFolded(), index);
}

bool KnowledgeBase::loadFile(const QString &, QString *)
{
    return false;
}

const KbEntry *KnowledgeBase::find(const QString &surface) const
{
    const auto it = m_byAlias.constFind(surface.toCaseFolded());
    return it == m_byAlias.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace fc
