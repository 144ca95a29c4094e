#include "MentionRecogniser.h"

namespace fc {

void recogniseNames(Article &, const KnowledgeBase &)
{
}

} // namespace fc
