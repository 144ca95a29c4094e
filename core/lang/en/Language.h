#pragma once

#include "lang/Language.h"

namespace fc::lang::en {

const LanguageRules &language();

} // namespace fc::lang::en
