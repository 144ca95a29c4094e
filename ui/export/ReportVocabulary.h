#pragma once

#include "model/Report.h"

#include <QList>
#include <QString>

namespace fc {

// The words and colours every human-readable export shares, so HTML, Markdown and PDF
// name and colour a mention type, a severity or a value the same way.
namespace vocabulary {

QList<MentionType> mentionTypes();     // in legend order
QString typeName(MentionType type);    // "person", translated
QString typeColour(MentionType type);  // a light background, readable under black text
QString typeBorder(MentionType type);  // a darker tone of the same hue, for print
QString kindName(const QString &kind); // "date conflict" for date_conflict, translated
// Why a measured-claim finding matched its claims, one line per claim after the score:
// "matched with score 0.82", "d1: inflasi tahunan = 2,86 persen (percent, %, period 2025-10, annual)".
// Empty for findings without a match. Shared by the GUI's finding details and the exports.
QStringList matchLines(const Finding &finding);
QString severityName(Severity severity);
QString severityColour(Severity severity);
QString mentionValue(const Mention &mention);  // "2024-06-19", "11000", or empty
QString publishedLine(const Article &article); // "Outlet · 2025-03-04 (dateline) · id"
QString documentTitle(const Article &article); // title, else the file name, else the id
// Whether evidence or a mention holds a word text recognition read with little confidence
// (Article::lowConfidence, for screenshots), and the label the exports mark them with.
bool lowConfidence(const Report &report, const Evidence &evidence);
bool lowConfidence(const Article &article, const Mention &mention);
QString lowConfidenceLabel(); // "low OCR confidence", translated
// The lowest confidence of the doubtful words evidence holds, -1 when it holds none.
int lowestConfidence(const Report &report, const Evidence &evidence);
// What a doubtful word itself is marked with: "low OCR confidence: 35 of 100", translated.
QString lowConfidenceWordLabel(int confidence);
// The line under a report's title: "1 article · 8 entities · 4 findings · factcheck 0.1.0",
// each count with its plural form (English needs its catalogue for the singular; without one
// the source's plural stands).
QString reportCounts(const Report &report);

} // namespace vocabulary
} // namespace fc
