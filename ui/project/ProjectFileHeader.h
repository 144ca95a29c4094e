#pragma once

#include <QString>

namespace fc::project {

// What the first bytes of a would-be project file say, read without SQLite so that a file
// that is not a database, or is visibly cut short, is refused before anything opens it.
struct HeaderCheck
{
    bool ok = false;
    QString reason; // translated, without the file name
};

// hotJournal: a rollback journal lies beside the file (a crash mid-commit); the size recorded
// in the header may then be ahead of the file until SQLite rolls the journal back, so the
// truncation check is left to the integrity check after opening.
HeaderCheck checkSqliteHeader(const QString &path, bool hotJournal);

} // namespace fc::project
