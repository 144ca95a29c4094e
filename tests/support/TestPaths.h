#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QString>

// Where tests find the project's files, the seed corpus and write artifacts.
//
// The build passes these places as paths relative to the folder the test program lives in
// (FC_*_FROM_BIN), never as absolute paths: an absolute path would be part of every test's
// compile command, so a clone in another folder (every CI run) could not reuse a single
// compiled test object from the compiler cache.
namespace fc::test {

// The folder of the running program. Benchmarks have no QCoreApplication, so without one the
// kernel's link to the executable answers (the benchmarks run on Linux only).
inline QString binaryDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

inline QString fromBinaryDir(const char *relative)
{
    return QDir::cleanPath(binaryDir() + u'/' + QString::fromUtf8(relative));
}

inline QString sourceDir()
{
    return fromBinaryDir(FC_SOURCE_DIR_FROM_BIN);
}

inline QString sourcePath(const QString &relative)
{
    return sourceDir() + u'/' + relative;
}

inline QString examplesDir()
{
    return sourcePath(QStringLiteral("resources/examples"));
}

// The user's seed articles live outside the project (../shared beside the clone, as CI has
// it); tests that read them fail, never skip, when the folder is absent.
inline QString seedsDir()
{
    return QDir::cleanPath(sourceDir() + QStringLiteral("/../shared/corpus/seeds"));
}

inline bool haveSeeds()
{
    return QDir(seedsDir()).exists();
}

// The public annotated data (../shared/data beside the project, see its README.md). Tests that
// measure on it fail when it is absent: a missing data folder must not pass as a good score.
inline QString sharedDataDir()
{
    return QDir::cleanPath(sourceDir() + QStringLiteral("/../shared/data"));
}

inline QString artifactPath(const QString &name)
{
    return fromBinaryDir(FC_ARTIFACT_DIR_FROM_BIN) + u'/' + name;
}

inline QString binaryPath(const QString &name)
{
    return binaryDir() + u'/' + name;
}

} // namespace fc::test
