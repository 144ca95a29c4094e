// The project file's header check, which runs before SQLite sees a file: any first bytes.
#include "FuzzSupport.h"

#include "project/ProjectFileHeader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.fcproj"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    for (bool hotJournal : {false, true}) {
        const fc::project::HeaderCheck check = fc::project::checkSqliteHeader(path, hotJournal);
        if (!check.ok && check.reason.isEmpty())
            std::abort();
    }
    return 0;
}
