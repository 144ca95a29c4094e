#pragma once

#include "model/Article.h"

namespace fc {

// Numbers with their counted noun or unit and approximation words. Adds QUANTITY mentions.
void recogniseQuantities(Article &article);

} // namespace fc
