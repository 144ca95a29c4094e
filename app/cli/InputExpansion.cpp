#include "InputExpansion.h"

#include "CliLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fc::cli {

ExpandedInputs expandInputs(const QStringList &inputs)
{
    ExpandedInputs result;
    bool standardInputTaken = false;
    for (const QString &input : inputs) {
        if (input == u"-") {
            // Standard input holds one article and is gone once read.
            if (standardInputTaken) {
                result.errors << QCoreApplication::translate("factcheck",
                                                             "'-' (standard input) may be given only once");
                continue;
            }
            standardInputTaken = true;
            result.inputs << input;
            continue;
        }
        const QFileInfo info(input);
        if (isWebUrl(input) || !info.isDir()) {
            result.inputs << input;
            continue;
        }
        const QDir folder(input);
        QStringList names;
        const QStringList suffixes = ArticleLoader::fileSuffixes();
        const QFileInfoList entries = folder.entryInfoList(QDir::Files | QDir::Readable, QDir::NoSort);
        for (const QFileInfo &entry : entries) {
            if (suffixes.contains(entry.suffix().toLower()))
                names << entry.fileName();
        }
        std::sort(names.begin(), names.end());
        if (names.isEmpty()) {
            result.errors << QCoreApplication::translate("factcheck", "%1: the folder holds no articles (%2)")
                                 .arg(input, QStringLiteral(".") + suffixes.join(QStringLiteral(", .")));
            continue;
        }
        qCDebug(lcCli).noquote() << QCoreApplication::translate("factcheck", "%1: %n article(s) in the folder", "",
                                                                int(names.size()))
                                        .arg(input);
        for (const QString &name : std::as_const(names))
            result.inputs << folder.filePath(name);
    }
    return result;
}

LoadResult loadInput(const ArticleLoader &loader, const QString &input, const FetchOptions &fetchOptions)
{
    if (isWebUrl(input))
        return loadUrl(loader, input, fetchOptions);
    if (input != u"-")
        return loader.loadFile(input);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        LoadResult failed;
        failed.diagnostics << Diagnostic{Diagnostic::Severity::Error, input,
                                         QCoreApplication::translate("factcheck", "standard input cannot be read")};
        return failed;
    }
    qCDebug(lcCli).noquote() << QCoreApplication::translate("factcheck", "reading one article from standard input");
    // The format is sniffed from the bytes (a PDF's signature, an HTML document's start).
    return loader.loadBytes(in.readAll(), input);
}

} // namespace fc::cli
