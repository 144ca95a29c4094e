#pragma once

#include "ingest/ArticleLoader.h"
#include "net/UrlFetcher.h"

#include <QString>
#include <QStringList>

namespace fc::cli {

// The command line's inputs with every folder replaced by the articles directly inside it
// (files whose suffix the loader reads: ArticleLoader::fileSuffixes()), in code-point order of
// their names so that the report does not depend on the file system's listing order.
// Subfolders and hidden files are left out: a folder is "these articles", not a tree to walk.
struct ExpandedInputs
{
    QStringList inputs;
    QStringList errors; // one message per input that could not be expanded, naming it
};

ExpandedInputs expandInputs(const QStringList &inputs);

// One input: "-" is standard input (read once, its format sniffed), a web URL is fetched,
// anything else is a file.
LoadResult loadInput(const ArticleLoader &loader, const QString &input, const FetchOptions &fetchOptions);

} // namespace fc::cli
