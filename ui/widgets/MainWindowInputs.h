#pragma once

#include <QString>
#include <QStringList>

// What MainWindow's parts (MainWindow*.cpp) share; not for other files.
namespace fc::ui {

constexpr int maxRecentFiles = 8;
inline const QString projectSuffix = QStringLiteral("fcproj");

// Folders stand for the article files in them, in name order so runs are repeatable.
QStringList expandPaths(const QStringList &paths);

} // namespace fc::ui
