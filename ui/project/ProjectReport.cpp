#include "ProjectReport.h"

#include "project/ProjectAnalysis.h"
#include "project/ProjectStore.h"

namespace fc {

std::optional<Report> loadProjectReport(const QString &path, const AnalysisOptions &options, ReviewMap *reviews,
                                        QList<Diagnostic> *diagnostics, QString *error)
{
    ProjectStore store;
    if (!store.open(path, ProjectStore::Mode::ReadOnly, error))
        return std::nullopt;
    auto analysis = analyzeProject(store, options, error);
    if (!analysis)
        return std::nullopt;
    if (diagnostics) {
        // Name the project as well as the article inside it.
        for (Diagnostic d : std::as_const(analysis->diagnostics)) {
            d.input = store.path() + QStringLiteral(" > ") + d.input;
            diagnostics->append(d);
        }
    }
    QString decisionsError;
    const ReviewMap decisions = store.decisions(&decisionsError);
    if (!decisionsError.isEmpty()) {
        *error = decisionsError;
        return std::nullopt;
    }
    if (reviews)
        *reviews = decisions;
    return std::move(analysis->report);
}

} // namespace fc
