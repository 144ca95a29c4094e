#include "CliLogging.h"

#include <QByteArray>

#include <cstdio>
#include <cstring>

namespace fc::cli {

Q_LOGGING_CATEGORY(lcCli, "factcheck.cli", QtInfoMsg)

namespace {

QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void printCliMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((context.category == nullptr || std::strcmp(context.category, "factcheck.cli") != 0)
        && previousHandler() != nullptr) {
        previousHandler()(type, context, message);
        return;
    }
    // A user reads these lines, and scripts parse the first word: no time stamps or levels.
    const QByteArray line = message.toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void setUpCliLogging(Verbosity verbosity)
{
    switch (verbosity) {
    case Verbosity::Quiet:
        QLoggingCategory::setFilterRules(QStringLiteral("factcheck.cli.info=false\nfactcheck.cli.warning=false"));
        break;
    case Verbosity::Verbose: QLoggingCategory::setFilterRules(QStringLiteral("factcheck.cli.debug=true")); break;
    case Verbosity::Normal: break;
    }
    previousHandler() = qInstallMessageHandler(printCliMessage);
}

} // namespace fc::cli
