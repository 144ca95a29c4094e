#pragma once

#include <QStringList>

namespace fc::project {

// The project file's layout, one entry per schema version. A file records its version in
// the meta table; opening an older file runs the migrations up to the current version in one
// transaction, and a newer file is refused rather than guessed at.
constexpr int CurrentSchemaVersion = 3;

// Marks the meta table as ours: another SQLite database without it is "not a project".
inline constexpr char FormatName[] = "factcheck-project";

// The statements that create an empty project at exactly `version` (1..Current), meta rows
// included except schema_version/app_version/created, which the store writes. Kept for every
// old version so tests can build files of that version.
QStringList createStatements(int version);

// The statements that take a file from `fromVersion` to fromVersion + 1.
QStringList migrationStatements(int fromVersion);

} // namespace fc::project
