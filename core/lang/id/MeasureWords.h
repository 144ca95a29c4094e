#pragma once

#include "claims/MeasureRules.h"

namespace fc::lang::id {

// The words around an Indonesian value (core/claims/MeasureRules.h).
const MeasureRules &measureRules();

} // namespace fc::lang::id
