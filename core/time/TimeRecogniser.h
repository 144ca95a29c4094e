#pragma once

#include "model/Article.h"

namespace fc {

// Dates, times and durations of one article, absolute and relative, resolved against
// article.meta.published; when that is unknown and relative expressions need it, the first full
// date of the body stands in (meta.publishedSource = Inferred; see PublicationDate.h). Replaces article.times and the
// DATE/TIME mentions. The article's language (meta.language, else a guess) picks the rules;
// the other language's unambiguous forms (named dates, clock times) are read too.
void recogniseTimes(Article &article);

// Resolves the article's time expressions again against its current meta.published (set by the
// user or a later step). Keeps article.times in the same order, so indexes into it stay valid.
void reanchorTimes(Article &article);

// The expressions alone, for tests and tools: text in the given language ("id", "en"),
// resolved against anchor (invalid: relative ones unanchored).
QList<TimeExpression> findTimes(const QString &text, const QString &language, QDate anchor);

// A rule runs on a text only if the text holds what every match of the rule must contain
// (a literal or a digit its pattern requires). Off, every rule runs on every text: for the
// test that both give the same times, and for measuring what the check saves.
void setTimeRulePrefilter(bool enabled);

} // namespace fc
