#pragma once

#include "claims/MeasureRules.h"

namespace fc::lang::en {

// The words around an English value (core/claims/MeasureRules.h).
const MeasureRules &measureRules();

} // namespace fc::lang::en
