#include "ProjectFileHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace fc::project {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() in this namespace under its name.
    return QCoreApplication::translate("fc::project", text);
}
} // namespace

HeaderCheck checkSqliteHeader(const QString &path, bool hotJournal)
{
    HeaderCheck result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.reason = tr("cannot be read (%1)").arg(file.errorString());
        return result;
    }
    const qint64 size = file.size();
    if (size == 0) {
        result.reason = tr("is an empty file, not a factcheck project");
        return result;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        result.reason = tr("is not a factcheck project (not an SQLite database)");
        return result;
    }
    if (header.size() < 100) {
        result.reason = tr("is truncated (shorter than a database header)");
        return result;
    }
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    if (h[18] == 2 || h[19] == 2) {
        // Projects are never in WAL mode; opening one, even to read, would create -wal/-shm
        // files beside someone else's database.
        result.reason = tr("is not a factcheck project (a write-ahead-log SQLite database)");
        return result;
    }
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        result.reason = tr("is damaged (invalid page size in the database header)");
        return result;
    }
    if (!hotJournal) {
        // The header's page count is trustworthy only when its change counter matches the
        // "version valid for" field (SQLite file format, offsets 24, 28 and 92).
        const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
        const quint32 pages = qFromBigEndian<quint32>(h + 28);
        const quint32 validFor = qFromBigEndian<quint32>(h + 92);
        if (size % pageSize != 0) {
            result.reason =
                tr("is truncated or damaged (%1 bytes is not a whole number of %2-byte pages)").arg(size).arg(pageSize);
            return result;
        }
        if (pages > 0 && changeCounter == validFor && size < qint64(pages) * pageSize) {
            result.reason =
                tr("is truncated (%1 bytes, the database header expects %2)").arg(size).arg(qint64(pages) * pageSize);
            return result;
        }
    }
    result.ok = true;
    return result;
}

} // namespace fc::project
