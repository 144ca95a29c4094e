#pragma once

#include <QStringList>

namespace fc {

// Damerau-Levenshtein distance (adjacent transpositions count as one edit).
int editDistance(QStringView a, QStringView b);

// Whether two names, as case-folded words, are one name spelt two ways: the same number of
// words, all equal but one, and that one a small edit of the other ("jon"/"jong",
// "hidayah"/"hidayat", "zelensky"/"zelenskyy"). Never across compass words ("Korea Utara" /
// "Korea Selatan") or numbers. Thresholds: tests/core/tst_entities.cpp, similarity table.
bool isSpellingVariant(const QStringList &a, const QStringList &b);

} // namespace fc
