#pragma once

#include "model/Article.h"

#include <QDate>
#include <QString>

namespace fc {

// Title, outlet, dateline, byline, header date line and language of a plain-text article;
// marks page furniture (captions, credits, "Baca Juga" blocks, "KOMENTAR") as not body text
// and flags a body that stops mid-sentence. Needs article.paragraphs (run segment() first).
// Values already set (from HTML meta, say) are kept.
void extractMetadata(Article &article);

// "12-11-2024", "4 Agustus 2025", "March 5, 2025", "19/6/2024": a date in Indonesian or
// English (month names from CLDR via QLocale), or an invalid QDate.
QDate parseNewsDate(QStringView text);

// "Tuesday, 12-11-2024 | 11:46 am", "Senin, 4 Agustus 2025 | 19:05 WITA": the date of a
// header date line, or an invalid QDate when the line is not one.
QDate parseHeaderDateLine(QStringView line);

} // namespace fc
