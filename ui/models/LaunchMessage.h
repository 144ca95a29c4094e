#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace fc::ui {

// What a second launch of the workbench hands to the running one (through KDSingleApplication):
// the project and articles it was given, as the running instance can open them whatever its
// own working folder. Local paths become absolute, file:// URLs (desktop files pass %U) become
// paths, web URLs stay URLs.
QStringList resolveLaunchInputs(const QStringList &inputs, const QString &workingDirectory);

// Encoded as a small versioned JSON object, so a newer and an older workbench do not misread
// each other: an unknown version or a damaged message decodes to nothing.
QByteArray encodeLaunchMessage(const QStringList &resolvedInputs);
std::optional<QStringList> decodeLaunchMessage(const QByteArray &message);

} // namespace fc::ui
