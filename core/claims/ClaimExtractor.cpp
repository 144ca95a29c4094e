#include "ClaimExtractor.h"

namespace fc {

void extractClaims(Article &)
{
}

} // namespace fc
