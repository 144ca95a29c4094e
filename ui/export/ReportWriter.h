#pragma once

#include "model/Report.h"

#include <QString>
#include <QStringList>

namespace fc {

// The formats both front ends export, and the one place that writes them.
QStringList reportFormats(); // json, html, md, csv, pdf

// Writes report in format to path ("" or "-" for standard output; pdf needs a path).
// Returns false and sets *error (naming the path and the reason) on failure.
bool writeReport(const Report &report, const QString &format, const QString &path, QString *error);

} // namespace fc
