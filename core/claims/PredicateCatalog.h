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
    const char *nounEn; // "signing", used in summaries
    const char *nounId; // "penandatanganan"
};

// Null for an unknown key.
const PredicateInfo *predicateInfo(const QString &key);

// Events that strike the same place again (quakes, floods, eruptions, fires, accidents and
// their casualties). One story reports one occurrence; a date far from it ("the 2021 quake")
// is an earlier occurrence the article recalls, not a conflicting date for this one.
bool recursInPlace(const QString &family);
QString predicateFamily(const QString &key);
QString predicateNoun(const QString &key, bool indonesian);

// The display name of a counted-noun class ("troops" -> "tentara" in Indonesian).
QString nounClassName(const QString &nounClass, bool indonesian);

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
