#pragma once

#include <QString>

namespace fc {

// Lines a news page carries around the article that are not the article.
enum class FurnitureKind {
    None,
    RelatedMarker, // "Baca Juga", "Read also": a related headline follows
    RelatedInline, // "Baca juga: <headline>" on one line
    Trailer,       // "KOMENTAR", "Bagikan", "Share this"
};

FurnitureKind pageFurnitureKind(const QString &paragraph);

// A regular-expression alternation of the languages' words for furniture in HTML class and id
// names ("baca-juga", "read_also", "iklan"); empty when no language lists any.
QString furnitureClassPattern();

// A short line without closing punctuation, as the headline after "Baca Juga" is.
bool looksLikeHeadline(const QString &paragraph);

// A photo credit closing a caption: "(AP)", "[ist]", "(Foto: ANTARA)".
bool endsWithPhotoCredit(const QString &paragraph);

} // namespace fc
