#include "ExampleFiles.h"

#include <QCoreApplication>
#include <QDir>

namespace fc::ui {

namespace {
QStringList articlesIn(const QString &folder)
{
    QStringList files;
    if (folder.isEmpty())
        return files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}
} // namespace

QString exampleFolder()
{
    const QStringList candidates{
        qEnvironmentVariable("FACTCHECK_EXAMPLES"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../" FC_EXAMPLES_RELATIVE)),
        // Run from the build tree of a development build: the source tree's examples.
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(FC_SOURCE_EXAMPLES_RELATIVE)),
    };
    for (const QString &folder : candidates) {
        if (!articlesIn(folder).isEmpty())
            return QDir::cleanPath(folder);
    }
    return {};
}

QStringList exampleArticles()
{
    return articlesIn(exampleFolder());
}

} // namespace fc::ui
