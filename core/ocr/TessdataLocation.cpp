#include "TessdataLocation.h"

#include <QDir>

namespace fc {

QString bundledTessdata(const QString &appDir)
{
    if (appDir.isEmpty())
        return {};
    const QDir app(appDir);
    // In install layout order: Windows and Linux archives put bin/ beside share/; a macOS
    // bundle keeps the executable in Contents/MacOS and data in Contents/Resources.
    for (const QString &relative :
         {QStringLiteral("../share/factcheck/tessdata"), QStringLiteral("../Resources/tessdata")}) {
        const QDir candidate(app.filePath(relative));
        if (!candidate.entryList({QStringLiteral("*.traineddata")}, QDir::Files).isEmpty())
            return QDir::cleanPath(candidate.absolutePath());
    }
    return {};
}

QString tessdataFolder(const QString &appDir)
{
    if (qEnvironmentVariableIsSet("TESSDATA_PREFIX"))
        return {};
    return bundledTessdata(appDir);
}

} // namespace fc
