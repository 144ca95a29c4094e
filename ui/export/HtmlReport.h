#pragma once

#include "ReportExtras.h"
#include "model/Report.h"

#include <QByteArray>

namespace fc {

// The annotated report as one self-contained HTML file: no script, no fetch (a
// Content-Security-Policy says so to the browser too), every article and metadata text
// escaped, print CSS included.
QByteArray writeHtmlReport(const Report &report, const ReportExtras &extras = {});

} // namespace fc
