#pragma once

#include "ReportExtras.h"
#include "model/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fc {

// The formats both front ends export, and the one place that writes them.
QStringList reportFormats(); // json, html, md, csv, pdf

// The report in one format as bytes. For csv these are the findings table alone (the
// mentions table comes from writeMentionsCsv). pdf needs a QGuiApplication.
// Returns false and sets *error on failure.
bool renderReport(const Report &report, const QString &format, const ReportExtras &extras, QByteArray *bytes,
                  QString *error);

// Writes report in format to path ("" or "-" for standard output). csv writes two files:
// the findings to path and the mentions beside it (mentionsCsvPath: report.csv ->
// report-mentions.csv); on standard output only the findings table.
// Returns false and sets *error (naming the path and the reason) on failure; a failed write
// never leaves half a report where a good one was. A path that exists and is not a regular
// file is never replaced: a FIFO or character device is written straight (and csv then writes
// only the findings table, as on standard output); a directory, socket or block device is
// refused.
bool writeReport(const Report &report, const QString &format, const QString &path, QString *error,
                 const ReportExtras &extras = {});

// Writes bytes a caller rendered itself (the CLI's review JSON) the same way: "" or "-" for
// standard output, else all or nothing.
bool writeReportBytes(const QByteArray &bytes, const QString &path, QString *error);

} // namespace fc
