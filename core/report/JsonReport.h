#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace fc {

struct ToolInfo
{
    QString name = QStringLiteral("factcheck");
    QString version = QStringLiteral(FACTCHECK_VERSION);
};

// The report contract, schema_version 1 (see resources/schema/report.schema.json).
QJsonObject reportToJson(const Report &report, const ToolInfo &tool = {});
QByteArray writeJsonReport(const Report &report, const ToolInfo &tool = {});

} // namespace fc
