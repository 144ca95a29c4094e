#pragma once

#include "model/Article.h"

#include <QDate>

namespace fc {

// The publication date to assume when an article states none: the first full date written out
// in its lead ("Selasa (14/10/2025)", "14 October 2025"), i.e. in the text up to the end of the
// first paragraph of running prose, headlines, bylines and date lines before it included. A lead
// dates the event it reports, the day of publication or the day before, so relative expressions
// ("Rabu (15/10)", "Selasa siang") resolve near the right day instead of staying unanchored.
// Dates further down are often background ("the pact signed on 19 June 2024") and never count,
// nor do relative, vague, year- or month-only expressions. Invalid when the lead has none.
QDate inferredPublicationDate(const Article &article);

} // namespace fc
