#include "ProjectLaunch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace fc::ui {

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"fcproj", Qt::CaseInsensitive) == 0;
}

QStringList openProjectAmong(MainWindow &window, const QStringList &inputs, MainWindow::IfLocked ifLocked)
{
    QStringList rest;
    bool projectSeen = false;
    for (const QString &input : inputs) {
        if (projectSeen || !isProjectFile(input)) {
            rest << input;
            continue;
        }
        projectSeen = true;
        QString error;
        // An empty error is the editor declining a read-only open: nothing to tell.
        if (!window.openProject(input, &error, ifLocked) && !error.isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("fc::ui::MainWindow", "Open Project"), error);
    }
    return rest;
}

} // namespace fc::ui
