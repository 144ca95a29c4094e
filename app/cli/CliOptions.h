#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fc::cli {

// Exit codes of the command line contract.
enum ExitCode { Success = 0, InputError = 1, UsageError = 2, OutputError = 3 };

struct AnalyzeOptions
{
    QStringList inputs;
    QString format = QStringLiteral("json");
    QString output;                 // empty: standard output
    QHash<QString, QDate> pubdates; // by input as given
    QString language = QStringLiteral("auto");
    QString project;                    // a review project (.fcproj) instead of inputs
    bool allowPrivateAddresses = false; // URLs may reach loopback and private networks
    bool progress = false;              // "[i/n] analysed NAME" on standard error per article
    bool inputsIncomplete = false;      // an input (an empty folder, "-" twice) was refused
    bool explain = false;               // --explain: the JSON names the rule behind each mention
    QString ocrLanguages;               // --ocr-languages: Tesseract's codes; empty for the default
};

struct TagOptions
{
    QString input; // "-" for standard input
    QString output;
};

} // namespace fc::cli
