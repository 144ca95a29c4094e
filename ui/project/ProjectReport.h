#pragma once

#include "model/Report.h"
#include "pipeline/Analyzer.h"
#include "project/ReviewDecision.h"

#include <optional>

namespace fc {

// For `factcheck analyze --project FILE`: opens the project read-only (no lock, nothing
// written, an older schema is migrated in a private copy), analyses its articles with the
// editor's corrections (cached results are used, never written) and returns the report and
// the decisions. On failure *error names the file and the reason (the CLI prints it as is).
// Articles that cannot be loaded are left out and listed in *diagnostics (the CLI prints them
// and exits with its input-error code), as `analyze FILE...` does for unreadable files.
std::optional<Report> loadProjectReport(const QString &path, const AnalysisOptions &options, ReviewMap *reviews,
                                        QList<Diagnostic> *diagnostics, QString *error);

} // namespace fc
