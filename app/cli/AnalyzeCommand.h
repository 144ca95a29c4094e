#pragma once

#include "CliOptions.h"

namespace fc::cli {

int runAnalyze(const AnalyzeOptions &options);

} // namespace fc::cli
