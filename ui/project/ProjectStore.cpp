// ProjectStore: opening a review project's SQLite file (header check before SQLite, lock,
// read-only fallback, schema and migration through ProjectSchema), creating, saving as and
// closing it, and the one transaction discipline. Each table's statements live beside it:
// ProjectStoreArticles.cpp (articles, corrections, analysis cache) and
// ProjectStoreDecisions.cpp (review decisions and their history).
#include "ProjectStore.h"

#include "project/ProjectFileHeader.h"
#include "project/ProjectLock.h"
#include "project/ProjectSchema.h"
#include "project/ProjectStoreSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fc {

using namespace project;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fc::ProjectStore", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("fc-project-%1").arg(++counter);
}

// Why a file could not be read, told as damage when SQLite says so.
QString readFailure(const QSqlError &e)
{
    const QString text = sqlReason(e);
    if (text.contains(u"malformed") || text.contains(u"not a database") || text.contains(u"corrupt"))
        return QCoreApplication::translate("fc::ProjectStore", "is damaged (%1)").arg(text);
    return QCoreApplication::translate("fc::ProjectStore", "cannot be read (%1)").arg(text);
}

// Flushes a finished file to the disk before it is renamed into place, so a power cut
// cannot leave the new name pointing at unwritten blocks.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// Replaces target with source in one step (rename over; both in one directory).
bool replaceFile(const QString &source, const QString &target, QString *reason)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(source.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        *reason = QString::fromLocal8Bit(ec.message());
        return false;
    }
    return true;
}

QString temporarySibling(const QString &path)
{
    return path + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
}

// A file the user made read-only (no write permission bit: root could write it anyway) or
// that this user cannot write.
bool fileIsWritable(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    const QByteArray name = QFile::encodeName(path);
    return ::stat(name.constData(), &st) == 0 && (st.st_mode & 0222) != 0 && ::access(name.constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// With a hot journal beside it, SQLite rolls the journal back into the file as soon as it
// reads it, so whose file it is must be learnt before: from a private copy of the file and its
// journal, rolled back there. Returns why the file is refused, or an empty string for a
// factcheck project (the original is then opened and recovered).
QString refusalBehindHotJournal(const QString &path)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("copy.fcproj"));
    if (!scratch.isValid() || !QFile::copy(path, copy)
        || !QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")))
        return QCoreApplication::translate(
            "fc::ProjectStore",
            "was not closed cleanly and cannot be checked before recovering it (no room for a copy)");
    const QString connection = nextConnectionName();
    QString refusal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format'")))
            refusal = QCoreApplication::translate(
                "fc::ProjectStore", "is not a factcheck project (an SQLite database without a project's tables)");
        else if (!q.next() || q.value(0).toString() != QLatin1String(FormatName))
            refusal = QCoreApplication::translate(
                "fc::ProjectStore", "is not a factcheck project (its meta table belongs to another program)");
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return refusal;
}

} // namespace

QString project::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString project::sqlReason(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

ProjectStore::ProjectStore() = default;

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool ProjectStore::isReadOnly() const
{
    return m_mode == Mode::ReadOnly;
}

QString ProjectStore::path() const
{
    return m_path;
}

int ProjectStore::schemaVersion() const
{
    return m_schemaVersion;
}

QString ProjectStore::createdBy() const
{
    return m_createdBy;
}

QDateTime ProjectStore::created() const
{
    return m_created;
}

QString ProjectStore::fail(const QString &reason) const
{
    return QDir::toNativeSeparators(m_path) + QStringLiteral(": ") + reason;
}

void ProjectStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_connection.clear();
    if (m_lock)
        m_lock->release();
    m_lock.reset();
    m_migratedCopyDir.reset();
    m_schemaVersion = 0;
    m_readOnlyReason.clear();
}

bool ProjectStore::checkWritable(QString *error) const
{
    if (!isOpen()) {
        *error = tr("no project is open");
        return false;
    }
    if (m_mode == Mode::ReadOnly) {
        *error = fail(tr("is open read-only"));
        return false;
    }
    return true;
}

bool ProjectStore::exec(const QString &sql, const QVariantList &values, QString *error)
{
    if (!checkWritable(error))
        return false;
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        *error = fail(sqlReason(q.lastError()));
        return false;
    }
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = fail(sqlReason(q.lastError()));
        return false;
    }
    return true;
}

bool ProjectStore::create(const QString &path, QString *error)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<ProjectLock>(m_path);
    if (!lock->acquire(error))
        return false;

    // Built beside the target and renamed over it, so replacing an old file is all or nothing.
    const QString temp = temporarySibling(m_path);
    QFile::remove(temp);
    {
        const QString connection = nextConnectionName();
        bool ok = false;
        QString reason;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temp);
            if (!db.open()) {
                reason = sqlReason(db.lastError());
            } else {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("BEGIN"));
                QStringList statements = createStatements(CurrentSchemaVersion);
                statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1')")
                                  .arg(CurrentSchemaVersion);
                for (const auto &s : std::as_const(statements)) {
                    if (!ok)
                        break;
                    ok = q.exec(s);
                }
                if (ok) {
                    q.prepare(
                        QStringLiteral("INSERT INTO meta (key, value) VALUES ('app_version', ?), ('created', ?)"));
                    q.addBindValue(QStringLiteral(FACTCHECK_VERSION));
                    q.addBindValue(nowUtc());
                    ok = q.exec();
                }
                ok = ok && q.exec(QStringLiteral("COMMIT"));
                if (!ok)
                    reason = sqlReason(q.lastError());
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok || !syncFile(temp) || !replaceFile(temp, m_path, &reason)) {
            QFile::remove(temp);
            *error = fail(tr("cannot create the project (%1)").arg(reason));
            return false;
        }
    }
    return openValidated(m_path, Mode::ReadWrite, std::move(lock), error);
}

bool ProjectStore::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (!info.exists()) {
        *error = fail(tr("no such file"));
        return false;
    }
    if (!info.isFile()) {
        *error = fail(tr("is not a file"));
        return false;
    }
    if (mode == Mode::ReadWrite && !fileIsWritable(m_path)) {
        mode = Mode::ReadOnly;
        m_readOnlyReason = tr("is read-only; opened read-only: decisions are not saved to it");
    }
    std::unique_ptr<ProjectLock> lock;
    if (mode == Mode::ReadWrite) {
        lock = std::make_unique<ProjectLock>(m_path);
        if (!lock->acquire(error))
            return false;
    }
    return openValidated(m_path, mode, std::move(lock), error);
}

bool ProjectStore::openValidated(const QString &path, Mode mode, std::unique_ptr<ProjectLock> lock, QString *error)
{
    m_path = path;
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool hotJournal = journal.exists() && journal.size() > 0;
    const HeaderCheck header = checkSqliteHeader(path, hotJournal);
    if (!header.ok) {
        *error = fail(header.reason);
        return false;
    }

    if (hotJournal && mode == Mode::ReadWrite) {
        if (const QString refusal = refusalBehindHotJournal(path); !refusal.isEmpty()) {
            *error = fail(refusal);
            return false;
        }
    }

    // Validate through a read-only connection: reading another program's database, or a
    // damaged one, must not change a byte of it. Only a crash-interrupted commit (hot
    // journal) of a writable open goes straight to a writable connection, because SQLite
    // must roll that journal back before the file can be read at all.
    const bool validateReadOnly = !(hotJournal && mode == Mode::ReadWrite);
    m_connection = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(validateReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto giveUp = [&](const QString &reason) {
        *error = fail(reason);
        const QString keepPath = m_path;
        close();
        m_path = keepPath;
        return false;
    };
    if (!m_db.open())
        return giveUp(readFailure(m_db.lastError()));

    QHash<QString, QString> meta;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")))
            return giveUp(hotJournal && validateReadOnly
                              ? tr("was not closed cleanly; open it for writing once to recover it")
                              : readFailure(q.lastError()));
        if (!q.next())
            return giveUp(tr("is not a factcheck project (an SQLite database without a project's tables)"));
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
            return giveUp(readFailure(q.lastError()));
        while (q.next())
            meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (meta.value(QStringLiteral("format")) != QLatin1String(FormatName))
        return giveUp(tr("is not a factcheck project (its meta table belongs to another program)"));
    bool versionOk = false;
    const int version = meta.value(QStringLiteral("schema_version")).toInt(&versionOk);
    if (!versionOk || version < 1)
        return giveUp(tr("is damaged (no valid schema version)"));
    if (version > CurrentSchemaVersion)
        return giveUp(tr("was written by a newer factcheck (%1, project schema %2; this version reads up to "
                         "schema %3); open it with that version or later")
                          .arg(meta.value(QStringLiteral("app_version"), QStringLiteral("?")))
                          .arg(version)
                          .arg(CurrentSchemaVersion));
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return giveUp(readFailure(q.lastError()));
        const QString verdict = q.value(0).toString();
        if (verdict != u"ok")
            return giveUp(tr("is damaged (%1)").arg(verdict));
    }
    m_schemaVersion = version;
    m_createdBy = meta.value(QStringLiteral("app_version"));
    m_created = QDateTime::fromString(meta.value(QStringLiteral("created")), Qt::ISODateWithMs);

    if (mode == Mode::ReadOnly && version < CurrentSchemaVersion) {
        // A reader must not migrate someone's file: it works on a migrated private copy.
        m_migratedCopyDir = std::make_unique<QTemporaryDir>();
        const QString copy = m_migratedCopyDir->filePath(QStringLiteral("migrated.fcproj"));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        if (!m_migratedCopyDir->isValid() || !q.exec())
            return giveUp(readFailure(q.lastError()));
        m_db.close();
        m_db.setDatabaseName(copy);
        m_db.setConnectOptions(QString());
        if (!m_db.open())
            return giveUp(readFailure(m_db.lastError()));
    } else if (mode == Mode::ReadWrite && validateReadOnly) {
        m_db.close();
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open())
            return giveUp(tr("cannot be opened for writing (%1)").arg(sqlReason(m_db.lastError())));
    }

    QSqlQuery q(m_db);
    if (mode == Mode::ReadWrite || m_migratedCopyDir) {
        // Rollback journal with synchronous=FULL: each commit is on the disk when it returns,
        // and between commits the project is one self-contained file that can be copied or
        // mailed to a colleague at any moment. WAL would keep recent decisions in a -wal file
        // beside it (lost if only the main file travels) and does not work on network shares.
        // Decisions come at human speed, so the extra sync per commit costs nothing visible.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))
            || !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return giveUp(tr("cannot be opened for writing (%1)").arg(sqlReason(q.lastError())));
    }
    if (version < CurrentSchemaVersion) {
        // All migrations in one transaction: an interrupted upgrade leaves the old version.
        bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (int v = version; ok && v < CurrentSchemaVersion; ++v) {
            for (const auto &s : migrationStatements(v)) {
                if (!(ok = q.exec(s)))
                    break;
            }
        }
        ok = ok
            && q.exec(
                QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(CurrentSchemaVersion))
            && q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            const QString reason = sqlReason(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return giveUp(tr("cannot be upgraded from project schema %1 (%2)").arg(version).arg(reason));
        }
    }
    m_mode = mode;
    m_lock = std::move(lock);
    return true;
}

bool ProjectStore::saveAs(const QString &path, QString *error)
{
    if (!isOpen()) {
        *error = tr("no project is open");
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_path)
        return true; // every change is already committed
    auto lock = std::make_unique<ProjectLock>(target);
    if (!lock->acquire(error))
        return false;
    const QString temp = temporarySibling(target);
    QFile::remove(temp);
    // VACUUM INTO writes a consistent, compacted snapshot while we hold the source's lock.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    QString reason;
    if (!q.exec()) {
        reason = sqlReason(q.lastError());
    } else if (!syncFile(temp)) {
        reason = tr("cannot flush the copy to the disk");
    } else if (replaceFile(temp, target, &reason)) {
        const Mode mode = Mode::ReadWrite;
        close();
        return openValidated(target, mode, std::move(lock), error);
    }
    QFile::remove(temp);
    *error = QDir::toNativeSeparators(target) + QStringLiteral(": ") + tr("cannot save the project (%1)").arg(reason);
    return false;
}

bool ProjectStore::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!m_db.transaction()) {
        *error = fail(sqlReason(m_db.lastError()));
        return false;
    }
    if (!work(error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = fail(sqlReason(m_db.lastError()));
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace fc
