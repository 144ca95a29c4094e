#include "TagCommand.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "pipeline/ParallelFor.h"
#include "report/CodePointIndex.h"
#include "report/JsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <poll.h>

namespace fc::cli {

using namespace Qt::StringLiterals;

namespace {

// A batch is tagged on the thread pool, then written in input order and flushed. Its size
// bounds memory (a few records, never the file) and the delay before output appears.
constexpr qsizetype BatchLines = 64;
constexpr qsizetype BatchBytes = 4 * 1024 * 1024;
// A record (one line) longer than this is skipped with a message naming its line, and the
// others are still tagged: one line must not take the memory of the whole machine.
constexpr qint64 MaxRecordMiB = 16;
constexpr qint64 MaxRecordBytes = MaxRecordMiB * 1024 * 1024;

struct TaggedLine
{
    qint64 lineNo = 0;
    QByteArray input;  // the trimmed line; released once tagged
    QByteArray output; // the JSON line to write, empty when the line was skipped
    bool bad = false;  // not a JSON object with a "text" string
};

// One input line's output: {"id":…, "mentions":[…]} (offsets in code points of the text as
// given). Safe on several threads at once: the loader and analyzer are const.
void tagLine(TaggedLine &line, const ArticleLoader &loader, const Analyzer &analyzer)
{
    QJsonParseError parseError;
    const QJsonObject obj = QJsonDocument::fromJson(line.input, &parseError).object();
    line.input = QByteArray();
    if (parseError.error != QJsonParseError::NoError || !obj.value(u"text").isString()) {
        line.bad = true;
        return;
    }
    const QString id = obj.value(u"id").toVariant().toString();
    LoadResult loaded = loader.loadText(obj.value(u"text").toString(), id);
    // Written as QJsonDocument(...).toJson(Compact) wrote {"id": …, "mentions": […]}, keys in
    // QJsonObject's order, without a QJsonObject per mention (issue 18). A line without an id
    // has none in its output either (QJsonObject drops an undefined value).
    JsonWriter w(JsonWriter::Style::Compact);
    w.beginObject();
    if (const QJsonValue idValue = obj.value(u"id"); !idValue.isUndefined()) {
        w.key("id"_L1);
        w.jsonValue(idValue);
    }
    w.key("mentions"_L1);
    w.beginArray();
    if (loaded.ok()) {
        Article &article = *loaded.article;
        article.id = id;
        analyzer.analyzeArticle(article);
        // Offsets refer to the text as given: map the normalised positions back.
        const CodePointIndex cp(article.originalText);
        for (const auto &m : article.mentions) {
            const qsizetype start = article.offsets.toOriginal(m.span.start);
            const qsizetype end = article.offsets.toOriginal(m.span.end);
            w.beginObject();
            w.key("end"_L1);
            w.value(cp.toCodePoint(end));
            w.key("start"_L1);
            w.value(cp.toCodePoint(start));
            w.key("text"_L1);
            w.value(QStringView(article.originalText).mid(start, end - start));
            w.key("type"_L1);
            w.value(mentionTypeCode(m.type));
            w.endObject();
        }
    }
    w.endArray();
    w.endObject();
    line.output = w.takeBytes();
    line.output.append('\n');
}

// Whether another line can be read without waiting: a pipe or terminal that has nothing
// more yet gets the lines read so far tagged and written first.
bool moreWithoutWaiting(QFile &in)
{
    if (in.canReadLine())
        return true;
    pollfd p{in.handle(), POLLIN, 0};
    return poll(&p, 1, 0) > 0;
}

// The reason a write failed: the system's own words for errno (Qt may only know "Unknown
// error" for a full disk).
QString writeFailure(const QFile &out, int error)
{
    if (error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    return out.errorString();
}

// The next line of at most MaxRecordBytes (without its '\n'); a longer one is read to its end
// in pieces and dropped, with *tooLong set. Empty at the end of the input.
QByteArray readRecord(QFile &in, bool *tooLong)
{
    QByteArray raw = in.readLine(MaxRecordBytes + 2);
    const bool ended = raw.endsWith('\n');
    *tooLong = raw.size() - (ended ? 1 : 0) > MaxRecordBytes;
    if (!*tooLong)
        return raw;
    constexpr qint64 Piece = 1024 * 1024;
    bool atLineEnd = ended;
    while (!atLineEnd) {
        const QByteArray rest = in.readLine(Piece);
        atLineEnd = rest.isEmpty() || rest.endsWith('\n');
    }
    return QByteArray("\n"); // not the end of the input: the caller counts the line
}

} // namespace

int runTag(const TagOptions &options)
{
    QFile in;
    if (options.input == u"-") {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return InputError;
    } else {
        in.setFileName(options.input);
        if (!in.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "factcheck: " << options.input << ": " << in.errorString() << Qt::endl;
            return InputError;
        }
    }
    QFile out;
    const bool toStdout = options.output.isEmpty() || options.output == u"-";
    if (toStdout ? !out.open(stdout, QIODevice::WriteOnly)
                 : (out.setFileName(options.output), !out.open(QIODevice::WriteOnly | QIODevice::Truncate))) {
        QTextStream(stderr) << "factcheck: " << options.output << ": " << out.errorString() << Qt::endl;
        return OutputError;
    }

    // A write that fails (a full disk, a reader that went away) ends the run with the reason;
    // without SIGPIPE ignored a closed pipe would kill the process without a word.
    std::signal(SIGPIPE, SIG_IGN);
    bool writeFailed = false;
    QString writeError;
    const auto put = [&](const QByteArray &bytes) {
        if (writeFailed)
            return;
        errno = 0;
        if (out.write(bytes) != bytes.size()) {
            writeFailed = true;
            writeError = writeFailure(out, errno);
        }
    };
    const auto flush = [&] {
        if (writeFailed)
            return;
        errno = 0;
        if (!out.flush()) {
            writeFailed = true;
            writeError = writeFailure(out, errno);
        }
    };

    const ArticleLoader loader;
    AnalysisOptions analysisOptions;
    analysisOptions.claims = false; // tag writes mentions only: they are final before claims
    const Analyzer analyzer(analysisOptions);
    const bool sequential = in.isSequential();
    qint64 lineNo = 0;
    int status = Success;
    QList<TaggedLine> batch;
    bool atEnd = false;
    while (!atEnd && !writeFailed) {
        // Read a batch: up to BatchLines lines or BatchBytes, fewer when a pipe pauses.
        batch.clear();
        qsizetype bytes = 0;
        while (batch.size() < BatchLines && bytes < BatchBytes) {
            if (sequential && !batch.isEmpty() && !moreWithoutWaiting(in))
                break;
            bool tooLong = false;
            QByteArray raw = readRecord(in, &tooLong);
            if (raw.isEmpty()) { // end of input (a blank line still has its '\n')
                atEnd = true;
                break;
            }
            ++lineNo;
            if (tooLong) {
                QTextStream(stderr)
                    << "factcheck: " << options.input << ":" << lineNo << ": "
                    << QCoreApplication::translate("factcheck", "record longer than %1 MiB, skipped").arg(MaxRecordMiB)
                    << Qt::endl;
                status = InputError;
                continue;
            }
            raw = raw.trimmed();
            if (raw.isEmpty())
                continue;
            bytes += raw.size();
            batch.append({lineNo, std::move(raw), {}, false});
        }
        TaggedLine *lines = batch.data(); // detached here, once, before the threads share it
        parallelFor(batch.size(), 0, [&](qsizetype i) {
            tagLine(lines[i], loader, analyzer);
            return true;
        });
        for (const TaggedLine &line : std::as_const(batch)) {
            if (line.bad) {
                QTextStream(stderr) << "factcheck: " << options.input << ":" << line.lineNo << ": "
                                    << QCoreApplication::translate("factcheck",
                                                                   "not a JSON object with a \"text\" string")
                                    << Qt::endl;
                status = InputError;
                continue;
            }
            put(line.output);
        }
        flush();
    }
    if (writeFailed) {
        QTextStream(stderr) << "factcheck: " << (toStdout ? QStringLiteral("standard output") : options.output) << ": "
                            << writeError << Qt::endl;
        return OutputError;
    }
    return status;
}

} // namespace fc::cli
