#include "ProjectLock.h"

#include <QCoreApplication>
#include <QDir>

namespace fc::project {

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(projectPath)
    , m_lock(std::make_unique<QLockFile>(lockPathFor(projectPath)))
{
    // Never time a lock out while its holder is alive: a long review session is not stale.
    // QLockFile still treats a lock whose PID is gone (on this host) as stale.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

bool ProjectLock::acquire(QString *error)
{
    if (m_lock->isLocked())
        return true;
    if (m_lock->tryLock(0))
        return true;
    // tryLock already removes a stale lock of a dead process on this host; what is left is
    // a live holder, a holder on another host, or a lock file we cannot write.
    const QString file = QDir::toNativeSeparators(m_projectPath);
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (m_lock->getLockInfo(&pid, &host, &app)) {
            *error = QCoreApplication::translate("fc::ProjectLock",
                                                 "%1: the project is open for writing in another process "
                                                 "(%2, PID %3 on host %4); close it there first, or open "
                                                 "this project read-only")
                         .arg(file, app.isEmpty() ? QStringLiteral("?") : app)
                         .arg(pid)
                         .arg(host.isEmpty() ? QStringLiteral("?") : host);
        } else {
            *error = QCoreApplication::translate("fc::ProjectLock",
                                                 "%1: the project is locked by another process (lock file %2)")
                         .arg(file, QDir::toNativeSeparators(lockPathFor(m_projectPath)));
        }
    } else {
        *error = QCoreApplication::translate("fc::ProjectLock", "%1: cannot create the lock file %2 (%3)")
                     .arg(file, QDir::toNativeSeparators(lockPathFor(m_projectPath)),
                          m_lock->error() == QLockFile::PermissionError
                              ? QCoreApplication::translate("fc::ProjectLock", "permission denied")
                              : QCoreApplication::translate("fc::ProjectLock", "unknown error"));
    }
    return false;
}

void ProjectLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

bool ProjectLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace fc::project
