#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <functional>

namespace fc {

struct ToolInfo
{
    QString name = QStringLiteral("factcheck");
    QString version = QStringLiteral(FACTCHECK_VERSION);
};

// How much the JSON says. Explain adds to each mention the "rule" that made it (the rule's or
// model's name, docs/rule-names.md), for `factcheck analyze --explain`; the contract's fields
// and their order stay the same, so without it the bytes are those of every earlier version.
enum class JsonDetail { Contract, Explain };

// The report contract, schema_version 1 (see resources/schema/report.schema.json).
QJsonObject reportToJson(const Report &report, const ToolInfo &tool = {}, JsonDetail detail = JsonDetail::Contract);
QByteArray writeJsonReport(const Report &report, const ToolInfo &tool = {}, JsonDetail detail = JsonDetail::Contract);

// Receives the report piece by piece; returns false to stop (a failed write).
using JsonSink = std::function<bool(QByteArrayView bytes)>;

// The same bytes as writeJsonReport, handed to sink as they are made: the report is never
// held whole, as a tree or as bytes (a 20 MB article, 10,000 articles). False when sink
// refused a piece.
bool streamJsonReport(const Report &report, const JsonSink &sink, const ToolInfo &tool = {},
                      JsonDetail detail = JsonDetail::Contract);

} // namespace fc
