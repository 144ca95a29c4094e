#include "LaunchMessage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fc::ui {

namespace {
constexpr int MessageVersion = 1;
}

QStringList resolveLaunchInputs(const QStringList &inputs, const QString &workingDirectory)
{
    const QDir base(workingDirectory);
    QStringList resolved;
    for (const QString &input : inputs) {
        if (input.isEmpty())
            continue;
        const QUrl url(input);
        if (url.isLocalFile())
            resolved << QDir::cleanPath(url.toLocalFile());
        else if (url.scheme() == u"http" || url.scheme() == u"https")
            resolved << input;
        else
            resolved << QDir::cleanPath(base.absoluteFilePath(input));
    }
    return resolved;
}

QByteArray encodeLaunchMessage(const QStringList &resolvedInputs)
{
    const QJsonObject message{{QStringLiteral("version"), MessageVersion},
                              {QStringLiteral("inputs"), QJsonArray::fromStringList(resolvedInputs)}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

std::optional<QStringList> decodeLaunchMessage(const QByteArray &message)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(message, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("version")).toInt() != MessageVersion)
        return std::nullopt;
    const QJsonValue inputs = object.value(QStringLiteral("inputs"));
    if (!inputs.isArray())
        return std::nullopt;
    QStringList result;
    for (const QJsonValue &input : inputs.toArray()) {
        if (!input.isString())
            return std::nullopt;
        result << input.toString();
    }
    return result;
}

} // namespace fc::ui
