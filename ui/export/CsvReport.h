#pragma once

#include "ReportExtras.h"
#include "model/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fc {

// The report as two RFC 4180 tables (UTF-8, CRLF, quoted where needed): findings with one
// row per evidence span, and every mention. Offsets count code points like the JSON.
// Text cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading
// apostrophe, so hostile article text stays text.
QByteArray writeFindingsCsv(const Report &report, const ReportExtras &extras = {});
QByteArray writeMentionsCsv(const Report &report);

// Where the mentions table goes when the findings go to path: "report.csv" ->
// "report-mentions.csv".
QString mentionsCsvPath(const QString &findingsPath);

// One RFC 4180 record, CRLF-terminated.
QByteArray csvRecord(const QStringList &fields);

} // namespace fc
