#pragma once

#include "lang/Language.h"

namespace fc::lang::en {

const LanguageRules &language();
const SummaryNouns &summaryNouns(); // SummaryNouns.cpp

} // namespace fc::lang::en
