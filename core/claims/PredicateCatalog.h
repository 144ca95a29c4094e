#pragma once

#include "model/Quantity.h"

#include <QString>

namespace fc {

// What the checks need to know about a predicate key beyond its name.
struct PredicateInfo
{
    const char *key;
    const char *family; // keys that describe one event are aligned together ("die", "kill")
    bool repeatable;    // happens many times (meet, attack): different dates are no conflict
};

// Null for an unknown key.
const PredicateInfo *predicateInfo(const QString &key);

// Events that strike the same place again (quakes, floods, eruptions, fires, accidents and
// their casualties). One story reports one occurrence; a date far from it ("the 2021 quake")
// is an earlier occurrence the article recalls, not a conflicting date for this one.
bool recursInPlace(const QString &family);
QString predicateFamily(const QString &key);
// The noun a summary names the event by ("sign" -> "signing"), in the language of the
// contract's summary, or with local of summary_id ("penandatanganan"); the key itself when
// that language has none (SummaryNouns in its record, core/lang/<code>/SummaryNouns.cpp).
QString predicateNoun(const QString &key, bool local);

// The name of a counted-noun class in a summary, chosen as predicateNoun's ("troops" ->
// "tentara" for summary_id).
QString nounClassName(const QString &nounClass, bool local);

// Lower-case class of a counted noun or unit in either language, or empty.
QString countedNounClassAny(const QString &noun, const QString &language);

// The class of what a figure counts: its noun's, else its unit's ("magnitude"; prison terms
// in "year", "month", ... are "term_years", "term_months", ...), or empty.
QString quantityNounClass(const Quantity &quantity, const QString &language);

// Whether a counted-noun class can be the figure of an event family: people die or flee,
// houses flood, troops deploy, water rises. Unknown classes fit anything.
bool nounFitsFamily(const QString &nounClass, const QString &family);

// The counted-noun class a bare number takes from its event word: "the death toll was revised
// to 15" counts people. Empty when the family implies none.
QString impliedNounClass(const QString &family);

// Predicate key of one word in the article's language, falling back to the other language.
QString predicateKeyAny(const QString &word, const QString &language);

} // namespace fc
