#pragma once

#include "model/Article.h"

#include <QByteArray>

namespace fc::project {

// Bumped whenever the encoding below changes, or a field is added to the core model: it is
// part of the cache's engine key, so stale results are never decoded, only recomputed.
constexpr int ArticleCodecVersion = 6; // 3: measured claims; 4: rule names; 5: OCR words (low confidence, boxes);
                                       // 6: word boxes' pages (scanned PDFs)

// The whole analysed article (text, offset map, metadata, segmentation, mentions, times,
// quantities, claims, diagnostics) as a binary blob for the analysis cache. Decoding what was
// encoded gives an article equal in every field, so a cache hit reports exactly what a fresh
// analysis reports.
QByteArray encodeArticle(const Article &article);
// false on a blob that does not decode cleanly (treated as a cache miss).
bool decodeArticle(const QByteArray &blob, Article *article);

} // namespace fc::project
