#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace fc::project {

// Stops two processes (two workbench windows, a workbench and a CLI import) from writing one
// project at once: a QLockFile beside the project ("<file>.lock") holding the writer's PID,
// host and application name. A lock left by a crashed process on this host is detected as
// stale (its PID no longer runs) and taken over; a live holder gets a message naming the file
// and who holds it.
class ProjectLock
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // false with *error set when another live process holds the project.
    bool acquire(QString *error);
    void release();
    bool isLocked() const;

    static QString lockPathFor(const QString &projectPath);

private:
    QString m_projectPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace fc::project
