#include "ArticleLoader.h"

#include "ingest/MetadataExtractor.h"
#include "text/Normaliser.h"
#include "text/Segmenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace fc {

namespace {
Diagnostic error(const QString &input, const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Error, input, message};
}
} // namespace

LoadResult ArticleLoader::loadFile(const QString &path) const
{
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.diagnostics << error(path, QCoreApplication::translate("fc::ArticleLoader", "no such file"));
        return result;
    }
    if (info.isDir()) {
        result.diagnostics << error(path, QCoreApplication::translate("fc::ArticleLoader", "is a directory"));
        return result;
    }
    if (info.size() > MaxInputBytes) {
        result.diagnostics << error(path, QCoreApplication::translate("fc::ArticleLoader",
                                                                      "larger than the %1 MB limit")
                                              .arg(MaxInputBytes / (1024 * 1024)));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics << error(path, file.errorString());
        return result;
    }
    return loadBytes(file.readAll(), path, info.suffix().toLower());
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &name, const QString &) const
{
    if (bytes.isEmpty()) {
        LoadResult result;
        result.diagnostics << error(name, QCoreApplication::translate("fc::ArticleLoader", "is empty"));
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    return loadText(decoder.decode(bytes), name);
}

LoadResult ArticleLoader::loadText(const QString &text, const QString &name) const
{
    LoadResult result;
    Article article;
    article.source = name;
    article.originalText = text;
    normalise(article);
    extractMetadata(article);
    segment(article);
    result.article = std::move(article);
    return result;
}

} // namespace fc
