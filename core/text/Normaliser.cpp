#include "Normaliser.h"

namespace fc {

void normalise(Article &article)
{
    article.text = article.originalText;
    article.offsets.originalOffset.clear();
}

} // namespace fc
