#pragma once

#include "ReportExtras.h"
#include "model/Report.h"

#include <QByteArray>

namespace fc {

// The report as CommonMark: findings, entities and timeline as tables, then each article
// with its mentions marked inline as **text**`TYPE`. Article text is escaped so that it can
// never become a link, an image, raw HTML or a heading.
QByteArray writeMarkdownReport(const Report &report, const ReportExtras &extras = {});

// Text escaped for CommonMark inline content; inTable also protects the cell separators.
QString markdownEscaped(QStringView text, bool inTable = false);

} // namespace fc
