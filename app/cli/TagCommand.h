#pragma once

#include "CliOptions.h"

namespace fc::cli {

// One JSON object per line in, one per line out; memory stays flat whatever the length.
int runTag(const TagOptions &options);

} // namespace fc::cli
