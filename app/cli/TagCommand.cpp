#include "TagCommand.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "report/CodePointIndex.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace fc::cli {

namespace {
// The reason a write failed: the system's own words for errno (Qt may only know "Unknown
// error" for a full disk).
QString writeFailure(const QFile &out, int error)
{
    if (error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    return out.errorString();
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

    const ArticleLoader loader;
    const Analyzer analyzer;
    qint64 lineNo = 0;
    int status = Success;
    while (!writeFailed && !in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject obj = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || !obj.value(u"text").isString()) {
            QTextStream(stderr) << "factcheck: " << options.input << ":" << lineNo << ": "
                                << QCoreApplication::translate("factcheck",
                                                               "not a JSON object with a \"text\" string")
                                << Qt::endl;
            status = InputError;
            continue;
        }
        const QString id = obj.value(u"id").toVariant().toString();
        LoadResult loaded = loader.loadText(obj.value(u"text").toString(), id);
        QJsonArray mentions;
        if (loaded.ok()) {
            Article &article = *loaded.article;
            article.id = id;
            analyzer.analyzeArticle(article);
            // Offsets refer to the text as given: map the normalised positions back.
            const CodePointIndex cp(article.originalText);
            for (const auto &m : article.mentions) {
                const qsizetype start = article.offsets.toOriginal(m.span.start);
                const qsizetype end = article.offsets.toOriginal(m.span.end);
                mentions.append(QJsonObject{{QStringLiteral("start"), qint64(cp.toCodePoint(start))},
                                            {QStringLiteral("end"), qint64(cp.toCodePoint(end))},
                                            {QStringLiteral("type"), mentionTypeCode(m.type)},
                                            {QStringLiteral("text"), article.originalText.mid(start, end - start)}});
            }
        }
        QJsonObject result{{QStringLiteral("id"), obj.value(u"id")}, {QStringLiteral("mentions"), mentions}};
        put(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!writeFailed) {
        errno = 0;
        if (!out.flush()) {
            writeFailed = true;
            writeError = writeFailure(out, errno);
        }
    }
    if (writeFailed) {
        QTextStream(stderr) << "factcheck: " << (toStdout ? QStringLiteral("standard output") : options.output)
                            << ": " << writeError << Qt::endl;
        return OutputError;
    }
    return status;
}

} // namespace fc::cli
