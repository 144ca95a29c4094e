#pragma once

#include <QSqlError>
#include <QString>

// What the parts of ProjectStore (ProjectStore*.cpp) share besides the class itself.
namespace fc::project {

QString nowUtc();                      // ISO 8601 with milliseconds, UTC: how rows record a time
QString sqlReason(const QSqlError &e); // SQLite's own words when it gave any

} // namespace fc::project
