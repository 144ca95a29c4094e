#pragma once

#include <QString>
#include <QStringList>

namespace fc::ui {

class MainWindow;

// What `factcheck-workbench --screenshot` does, here so tests run the same code: load the
// inputs (files, folders, http(s) URLs), wait for the analysis, select the first high-severity finding, grab the window
// to path (PNG). False with *error set (naming the path) when the image cannot be written.
bool takeScreenshot(MainWindow &window, const QStringList &inputs, const QString &path, QString *error);

} // namespace fc::ui
