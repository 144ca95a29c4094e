#include "ReportWriter.h"

#include "CsvReport.h"
#include "HtmlReport.h"
#include "MarkdownReport.h"
#include "PdfReport.h"
#include "report/JsonReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <functional>

#include <sys/stat.h>

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
        *bytes = writeJsonReport(report, {}, extras.explainRules ? JsonDetail::Explain : JsonDetail::Contract);
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

// What -o names decides how it is written. A regular file (or a new name) is replaced all or
// nothing through a temporary file renamed over it; renaming over anything else would replace
// a device, FIFO or socket with a regular file (as root, even /dev/null). A FIFO or character
// device is what the user plainly asked to write to (a pipe, /dev/stdout, a terminal), so it
// is written straight; a directory, socket or block device is refused and left untouched.
enum class Target { File, Stream, Refused };

Target classifyTarget(const QString &path, QString *reason)
{
    struct stat st{};
    // stat, not lstat: a symbolic link is judged by what it points to (/dev/stdout).
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Target::File; // missing (QSaveFile creates it or reports why it cannot)
    if (S_ISREG(st.st_mode))
        return Target::File;
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
        return Target::Stream;
    if (S_ISDIR(st.st_mode))
        *reason = QCoreApplication::translate("fc::ReportWriter", "is a directory, not a file; nothing written");
    else if (S_ISSOCK(st.st_mode))
        *reason = QCoreApplication::translate("fc::ReportWriter", "is a socket, not a file; not replaced");
    else
        *reason = QCoreApplication::translate("fc::ReportWriter", "is not a regular file; not replaced");
    return Target::Refused;
}

// The reason a write failed: the system's own words for errno when there is one.
QString writeFailure(const QFileDevice &out, int error)
{
    if (error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    return out.errorString();
}

// Hands the bytes of a report to a file piece by piece; false (with errno set by the
// failed write) stops the producer.
using Produce = std::function<bool(const JsonSink &sink)>;

// Collects small pieces into large writes: an unbuffered file makes one system call per write.
class Chunker
{
public:
    explicit Chunker(QIODevice &out)
        : m_out(out)
    {
    }
    bool add(QByteArrayView bytes)
    {
        if (m_buffer.isEmpty() && bytes.size() >= chunkSize) // a rendered report: no copy
            return m_out.write(bytes.data(), bytes.size()) == bytes.size();
        m_buffer.append(bytes);
        return m_buffer.size() < chunkSize || flush();
    }
    bool flush()
    {
        const bool ok = m_out.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

private:
    static constexpr qsizetype chunkSize = 1 << 20;
    QIODevice &m_out;
    QByteArray m_buffer;
};

bool writeAll(QIODevice &out, const Produce &produce)
{
    Chunker chunks(out);
    return produce([&chunks](QByteArrayView bytes) { return chunks.add(bytes); }) && chunks.flush();
}

bool writeProduced(const Produce &produce, const QString &path, QString *error)
{
    if (path.isEmpty() || path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeAll(out, produce) || !out.flush()) {
            *error = QCoreApplication::translate("fc::ReportWriter", "standard output: %1").arg(out.errorString());
            return false;
        }
        return true;
    }
    QString reason;
    switch (classifyTarget(path, &reason)) {
    case Target::Refused: *error = path + QLatin1String(": ") + reason; return false;
    case Target::Stream: {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            *error = path + QLatin1String(": ") + out.errorString();
            return false;
        }
        errno = 0;
        if (!writeAll(out, produce)) {
            *error = path + QLatin1String(": ") + writeFailure(out, errno);
            return false;
        }
        return true;
    }
    case Target::File: break;
    }
    // QSaveFile: a failed export never leaves half a report where a good one was. Unbuffered,
    // so a failed write is seen where errno still says why: a disk that fills part way through
    // is a short write Qt calls "Unknown error".
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = path + QLatin1String(": ") + out.errorString();
        return false;
    }
    errno = 0;
    if (!writeAll(out, produce)) {
        *error = path + QLatin1String(": ") + writeFailure(out, errno);
        out.cancelWriting();
        return false;
    }
    errno = 0;
    if (!out.commit()) {
        *error = path + QLatin1String(": ") + writeFailure(out, errno);
        return false;
    }
    return true;
}

bool writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    return writeProduced([&bytes](const JsonSink &sink) { return sink(bytes); }, path, error);
}

} // namespace

bool writeReportBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    return writeBytes(bytes, path, error);
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error,
                 const ReportExtras &extras)
{
    // JSON goes out as it is made: the report is never held whole (10,000 articles, one 20 MB
    // article; issue 18). The other formats are rendered first.
    if (format == u"json") {
        const JsonDetail detail = extras.explainRules ? JsonDetail::Explain : JsonDetail::Contract;
        return writeProduced([&](const JsonSink &sink) { return streamJsonReport(report, sink, {}, detail); }, path,
                             error);
    }
    QByteArray bytes;
    if (!renderReport(report, format, extras, &bytes, error))
        return false;
    // The mentions table goes beside a file; beside a FIFO or device (a pipe, /dev/stdout)
    // there is no "beside", so there, as on standard output, only the findings table is written.
    QString reason;
    const bool toFile = !path.isEmpty() && path != u"-" && classifyTarget(path, &reason) == Target::File;
    if (format == u"csv" && toFile) {
        if (!writeBytes(writeMentionsCsv(report), mentionsCsvPath(path), error))
            return false;
    }
    return writeBytes(bytes, path, error);
}

} // namespace fc
