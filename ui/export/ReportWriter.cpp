#include "ReportWriter.h"

#include "CsvReport.h"
#include "HtmlReport.h"
#include "MarkdownReport.h"
#include "PdfReport.h"
#include "report/JsonReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace fc {

QStringList reportFormats()
{
    return {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("csv"),
            QStringLiteral("pdf")};
}

bool renderReport(const Report &report, const QString &format, const ReportExtras &extras, QByteArray *bytes,
                  QString *error)
{
    if (format == u"json")
        *bytes = writeJsonReport(report);
    else if (format == u"html")
        *bytes = writeHtmlReport(report, extras);
    else if (format == u"md")
        *bytes = writeMarkdownReport(report, extras);
    else if (format == u"csv")
        *bytes = writeFindingsCsv(report, extras);
    else if (format == u"pdf")
        return writePdfReport(report, extras, bytes, error);
    else {
        *error = QCoreApplication::translate("fc::ReportWriter", "unknown report format '%1'").arg(format);
        return false;
    }
    return true;
}

namespace {

bool writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    if (path.isEmpty() || path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
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

} // namespace

bool writeReportBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    return writeBytes(bytes, path, error);
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error,
                 const ReportExtras &extras)
{
    QByteArray bytes;
    if (!renderReport(report, format, extras, &bytes, error))
        return false;
    if (format == u"csv" && !path.isEmpty() && path != u"-") {
        if (!writeBytes(writeMentionsCsv(report), mentionsCsvPath(path), error))
            return false;
    }
    return writeBytes(bytes, path, error);
}

} // namespace fc
