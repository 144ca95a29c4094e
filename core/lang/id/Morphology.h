#pragma once

#include <QString>
#include <QStringList>

namespace fc::lang::id {

// Possible roots of an Indonesian word, most likely first: the word itself, then the word
// with particles (-lah, -kah, -nya), suffixes (-kan, -i, -an) and prefixes (me-, di-, ber-,
// ter-, pe-, per-, ke-, se-) taken off, with the initial consonant that a nasal prefix
// swallows put back (menandatangani -> tandatangan, mengerahkan -> kerah, menyerang -> serang).
// Lower case; roots shorter than three letters are not offered.
QStringList rootCandidates(const QString &word);

// A reduplicated word's base: "luka-luka" -> "luka", "rumah-rumah" -> "rumah",
// "berlari-lari" -> "berlari"; any other word unchanged.
QString unreduplicated(const QString &word);

} // namespace fc::lang::id
