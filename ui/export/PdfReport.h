#pragma once

#include "ReportExtras.h"
#include "model/Report.h"

#include <QByteArray>
#include <QString>

namespace fc {

// The annotated report as a PDF (A4, QPdfWriter + QTextDocument): findings, entities,
// timeline and the articles with their mentions highlighted. Needs a QGuiApplication (fonts);
// without one it returns false and says so in *error.
bool writePdfReport(const Report &report, const ReportExtras &extras, QByteArray *pdf, QString *error);

// The rich-text document the PDF is printed from (QTextDocument's HTML subset: inline
// styles, no CSS classes, no SVG), exposed for tests.
QString pdfDocumentHtml(const Report &report, const ReportExtras &extras = {});

} // namespace fc
