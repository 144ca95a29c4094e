#pragma once

#include "model/Diagnostic.h"
#include "model/Report.h"
#include "pipeline/Analyzer.h"
#include "project/ProjectStore.h"

#include <optional>

namespace fc {

class ProjectStore;

// What the analysis cache is keyed on besides the text: the engine's version and the
// fingerprint of its bundled data, and the codec version of the cached blobs.
QString projectEngineVersion();

struct ProjectAnalysis
{
    Report report;
    QList<qint64> articleIds; // the store's id of report.articles[i]
    // Errors: articles that could not be loaded (the others are analysed). Warnings: cached
    // analyses that were discarded as inconsistent and recomputed.
    QList<Diagnostic> diagnostics;
    int cacheHits = 0;
    int analysed = 0;
    // The results analysed now (not from the cache). A writable store has already cached
    // them; a caller that analysed through a read-only connection (the workbench's worker
    // thread) hands them to the writable store itself.
    QList<CachedAnalysis> fresh;
};

// Loads the project's articles, applies the editor's corrections (publication date, title),
// takes each article's analysis from the cache or runs it (and caches it when the store is
// writable), then runs the steps across articles. The report equals, byte for byte once
// written, Analyzer::analyze over the same articles loaded from their bytes with the same
// corrections.
std::optional<ProjectAnalysis> analyzeProject(ProjectStore &store, const AnalysisOptions &options, QString *error);

} // namespace fc
