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

namespace fc::cli {

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

    const ArticleLoader loader;
    const Analyzer analyzer;
    qint64 lineNo = 0;
    int status = Success;
    while (!in.atEnd()) {
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
        out.write(QJsonDocument(result).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    out.flush();
    return status;
}

} // namespace fc::cli
