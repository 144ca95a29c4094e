#pragma once

#include "model/Article.h"

namespace fc {

// Title, outlet, dateline, byline, header date line and language of a plain-text article;
// marks page furniture (captions, "Baca Juga" blocks) as not body text.
void extractMetadata(Article &article);

} // namespace fc
