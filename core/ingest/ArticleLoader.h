#pragma once

#include "model/Article.h"
#include "model/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fc {

// What loading one input gave: an article (possibly with warnings) or only diagnostics.
struct LoadResult
{
    std::optional<Article> article;
    QList<Diagnostic> diagnostics;
    bool ok() const { return article.has_value(); }
};

// Turns files, bytes and pasted text into Articles: decoded, normalised, segmented and with
// metadata, ready for analysis. Never throws; bad input comes back as diagnostics.
class ArticleLoader
{
public:
    static constexpr qint64 MaxInputBytes = 20 * 1024 * 1024;

    LoadResult loadFile(const QString &path) const;
    // name is what diagnostics and the report call the input; formatHint is a file suffix
    // ("txt", "html", "md", "pdf") or empty to sniff.
    LoadResult loadBytes(const QByteArray &bytes, const QString &name, const QString &formatHint = {}) const;
    LoadResult loadText(const QString &text, const QString &name) const;
};

} // namespace fc
