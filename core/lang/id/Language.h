#pragma once

#include "lang/Language.h"

namespace fc::lang::id {

const LanguageRules &language();

} // namespace fc::lang::id
