#include "EntityResolver.h"

namespace fc {

QList<Entity> resolveEntities(QList<Article> &, const KnowledgeBase &)
{
    return {};
}

} // namespace fc
