#include "ReportWriter.h"

#include "report/JsonReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace fc {

QStringList reportFormats()
{
    return {QStringLiteral("json")};
}

namespace {
QByteArray render(const Report &report, const QString &format)
{
    if (format == u"json")
        return writeJsonReport(report);
    return {};
}
} // namespace

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error)
{
    const QByteArray bytes = render(report, format);
    if (path.isEmpty() || path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            *error = QCoreApplication::translate("fc::ReportWriter", "standard output: %1").arg(out.errorString());
            return false;
        }
        return true;
    }
    // QSaveFile: a failed export never leaves half a report where a good one was.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = path + QLatin1String(": ") + out.errorString();
        return false;
    }
    return true;
}

} // namespace fc
