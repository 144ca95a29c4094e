#pragma once

#include "model/Report.h"

namespace fc {

// Every checker over the aligned claims, mentions and metadata of all articles; findings
// come back sorted and numbered in a stable order.
QList<Finding> runChecks(const Report &report);

} // namespace fc
