#pragma once

#include "entities/KnowledgeBase.h"
#include "model/Article.h"

namespace fc {

// PER, ORG, LOC, TITLE and SOURCE mentions of one article, by the rules of its language.
void recogniseNames(Article &article, const KnowledgeBase &kb);

} // namespace fc
