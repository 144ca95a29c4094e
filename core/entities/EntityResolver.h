#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Article.h"
#include "model/Entity.h"

namespace fc {

// Groups the name mentions of all articles into entities (surname, acronym, translation and
// spelling variants), sets Mention::entityId, and returns the entities in a stable order.
QList<Entity> resolveEntities(QList<Article> &articles, const KnowledgeBase &kb);

} // namespace fc
