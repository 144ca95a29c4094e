#pragma once

#include "widgets/MainWindow.h"

#include <QString>
#include <QStringList>

namespace fc::ui {

// A review project among files the workbench is handed (dropped on the window, or passed on by
// a second launch) opens as the project, not as an article: the first .fcproj is opened in
// `window` (a failure is shown to the editor) and the other inputs are returned, to be added
// as articles. Later projects are returned too; the article loader names them as unreadable.
bool isProjectFile(const QString &path);
QStringList openProjectAmong(MainWindow &window, const QStringList &inputs,
                             MainWindow::IfLocked ifLocked = MainWindow::IfLocked::Ask);

} // namespace fc::ui
