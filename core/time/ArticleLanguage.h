#pragma once

#include "model/Article.h"

namespace fc {

// "id" or "en": the article's stated language, else a cheap guess from common function words
// (Indonesian when there is no evidence either way: the workbench's first material).
QString articleLanguage(const Article &article);
QString guessLanguage(QStringView text);

} // namespace fc
