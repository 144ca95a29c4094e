#pragma once

#include "claims/LanguageRules.h"

#include <QString>

namespace fc::lang::id {

// The language-independent predicate key of an Indonesian word ("ditandatangani" -> "sign"),
// or an empty string when the word names no event the checks follow.
QString predicateKey(const QString &word);

// The class of a counted noun ("tentara", "pasukan" -> "troops"; "orang", "warga" -> "person").
QString countedNounClass(const QString &noun);

// Reporting, modality and revision cues.
const ClaimCues &claimCues();

} // namespace fc::lang::id
