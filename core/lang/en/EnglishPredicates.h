#pragma once

#include "claims/LanguageRules.h"

#include <QString>
#include <QStringList>

namespace fc::lang::en {

// Base forms an English word may come from: "signed" -> sign, "ratified" -> ratify,
// "stopped" -> stop, "evacuating" -> evacuate. Lower case, the word itself first.
QStringList stemCandidates(const QString &word);

// The predicate key of an English word ("deployed" -> "deploy"), or empty.
QString predicateKey(const QString &word);

// The class of a counted noun ("troops", "soldiers" -> "troops"; "residents" -> "person").
QString countedNounClass(const QString &noun);

const ClaimCues &claimCues();

} // namespace fc::lang::en
