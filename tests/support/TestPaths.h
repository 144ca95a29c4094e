#pragma once

#include <QDir>
#include <QString>

// Where tests find the project's files, the seed corpus and write artifacts.
namespace fc::test {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(FC_SOURCE_DIR "/") + relative;
}

inline QString examplesDir()
{
    return sourcePath(QStringLiteral("resources/examples"));
}

// The user's seed articles live outside the project (../shared beside the clone, as CI has
// it); tests that read them fail, never skip, when the folder is absent.
inline QString seedsDir()
{
    return QDir::cleanPath(QStringLiteral(FC_SEEDS_DIR));
}

inline bool haveSeeds()
{
    return QDir(seedsDir()).exists();
}

// The public annotated data (../shared/data beside the project, see its README.md). Tests that
// measure on it fail when it is absent: a missing data folder must not pass as a good score.
inline QString sharedDataDir()
{
    return QDir::cleanPath(QStringLiteral(FC_SOURCE_DIR "/../shared/data"));
}

inline QString artifactPath(const QString &name)
{
    return QStringLiteral(FC_ARTIFACT_DIR "/") + name;
}

inline QString binaryPath(const QString &name)
{
    return QStringLiteral(FC_BIN_DIR "/") + name;
}

} // namespace fc::test
