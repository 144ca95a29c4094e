#pragma once

#include "lang/Language.h"

namespace fc::lang::id {

const LanguageRules &language();
const SummaryNouns &summaryNouns(); // SummaryNouns.cpp

} // namespace fc::lang::id
