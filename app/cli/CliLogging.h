#pragma once

#include <QLoggingCategory>

namespace fc::cli {

// The command line's own messages on standard error: errors (critical) always, warnings and
// progress (info) unless --quiet, details of each step (debug) with --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcCli)

enum class Verbosity { Quiet, Normal, Verbose };

// Sets which of lcCli's levels are shown and prints them as bare lines ("factcheck: ...")
// rather than with Qt's default message pattern. QT_LOGGING_RULES still overrides.
void setUpCliLogging(Verbosity verbosity);

} // namespace fc::cli
