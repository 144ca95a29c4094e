#include "MetadataExtractor.h"

namespace fc {

void extractMetadata(Article &)
{
}

} // namespace fc
