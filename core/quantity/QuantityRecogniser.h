#pragma once

#include "model/Article.h"

namespace fc {

// Numbers with their counted noun or unit and approximation words. Replaces article.quantities
// and the QUANTITY mentions. Run after recogniseTimes: numbers inside dates, times and durations
// are not quantities, nor are years, labels ("Pasal 51") or parts of names ("F-16").
void recogniseQuantities(Article &article);

// The quantities alone, for tests and tools: text in the given language ("id", "en"), skipping
// anything inside the given spans (the article's time expressions).
QList<Quantity> findQuantities(const QString &text, const QString &language, const QList<Span> &skip = {});

} // namespace fc
