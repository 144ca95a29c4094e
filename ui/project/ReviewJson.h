#pragma once

#include "model/Report.h"
#include "project/ReviewDecision.h"
#include "report/JsonReport.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace fc {

class ProjectStore;

// The review as JSON: the report contract (schema_version 1) plus a "reviews" array,
//   {"key": "...", "finding": "f3" | null, "status": "confirmed|dismissed|needs_check" | null,
//    "note": "...", "updated_at": "2026-11-23T10:00:00.000Z" | null, "reviewer": "..." | null,
//    "history": [{"at": "..." | null, "reviewer": "...", "old_status": ... | null, "old_note": "...",
//                 "status": ... | null, "note": "..."}]}
// sorted by key (status null: a note without a decision yet). "history" lists every change
// the project recorded, oldest first (empty for decisions made outside a project); an import
// reads "reviewer" and leaves the history to the importing project. "finding" is the id of the finding with that key in
// this report, null when the decision's finding is not in it (kept: the finding may come back after a correction).
QJsonObject reviewToJson(const Report &report, const ReviewMap &reviews, const ToolInfo &tool = {},
                         JsonDetail detail = JsonDetail::Contract);
QByteArray writeReviewJson(const Report &report, const ReviewMap &reviews, const ToolInfo &tool = {},
                           JsonDetail detail = JsonDetail::Contract);

// Reads the "reviews" array of such a file (other members are ignored, so a colleague's full
// export is accepted). name is what error messages call the input. Every entry is checked
// before anything is returned: a bad entry fails the whole import, naming its index.
std::optional<ReviewMap> parseReviewJson(const QByteArray &json, const QString &name, QString *error);

struct ReviewImportSummary
{
    int imported = 0;
    int matched = 0;           // keys of findings in the current report
    QStringList unmatchedKeys; // imported, but no current finding has the key
};

// Applies the decisions of a review JSON to the project in one transaction, matching them
// to findings by key (current is the project's present report, may be null).
bool importReviewJson(ProjectStore &store, const QByteArray &json, const QString &name, const Report *current,
                      ReviewImportSummary *summary, QString *error);

} // namespace fc
