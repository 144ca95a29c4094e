#include "ProjectSchema.h"

namespace fc::project {

namespace {

// Version 1: the first released layout. Never edit: files of this version exist.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE articles ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"          // what the report calls it (file name or URL)
                       " original_path TEXT NOT NULL," // where it was added from
                       " bytes BLOB NOT NULL,"         // the original bytes, so the project travels
                       " content_hash TEXT NOT NULL,"  // sha256 of bytes, hex
                       " published TEXT,"              // user-corrected publication date, ISO
                       " published_source TEXT,"       // 'user' when set by the editor
                       " position INTEGER NOT NULL,"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE decisions ("
                       " finding_key TEXT PRIMARY KEY," // Finding::key
                       // '' is a note kept before any decision
                       " status TEXT NOT NULL CHECK (status IN ('', 'needs_check', 'confirmed', 'dismissed')),"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE analysis_cache ("
                       " content_hash TEXT NOT NULL,"
                       " engine TEXT NOT NULL,"  // engine version and data fingerprint
                       " options TEXT NOT NULL," // what else the per-article analysis depends on
                       " result BLOB NOT NULL,"
                       " PRIMARY KEY (content_hash, engine, options))"),
    };
}

// Version 2: decisions remember when they were made; articles can carry a user title.
QStringList migrate1to2()
{
    return {
        QStringLiteral("ALTER TABLE decisions ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN user_title TEXT"),
    };
}

// Version 3: who decided, and every change of a decision. A migrated file's decisions start
// their history with one row each (from nothing to the decision as found, by nobody named),
// so a history always ends at the decision it explains.
QStringList migrate2to3()
{
    return {
        QStringLiteral("ALTER TABLE decisions ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE review_history ("
                       " id INTEGER PRIMARY KEY," // order of the changes
                       " finding_key TEXT NOT NULL,"
                       " reviewer TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL," // ISO UTC; '' when the old file had no time
                       " old_status TEXT NOT NULL,"
                       " old_note TEXT NOT NULL,"
                       " new_status TEXT NOT NULL,"
                       " new_note TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX review_history_key ON review_history (finding_key, id)"),
        QStringLiteral("INSERT INTO review_history (finding_key, reviewer, changed_at, old_status, old_note, "
                       "new_status, new_note) SELECT finding_key, '', updated_at, '', '', status, note "
                       "FROM decisions ORDER BY finding_key"),
    };
}

} // namespace

QStringList createStatements(int version)
{
    if (version < 1 || version > CurrentSchemaVersion)
        return {};
    QStringList statements = version1();
    statements
        << QStringLiteral("INSERT INTO meta (key, value) VALUES ('format', '%1')").arg(QLatin1String(FormatName));
    // Creating an old version is creating version 1 and walking the same migrations a real
    // old file walks, so the two paths cannot drift apart.
    for (int v = 1; v < version; ++v)
        statements << migrationStatements(v);
    return statements;
}

QStringList migrationStatements(int fromVersion)
{
    switch (fromVersion) {
    case 1: return migrate1to2();
    case 2: return migrate2to3();
    default: return {};
    }
}

} // namespace fc::project
