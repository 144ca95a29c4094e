#include "Screenshot.h"

#include "widgets/MainWindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>

namespace fc::ui {

bool takeScreenshot(MainWindow &window, const QStringList &inputs, const QString &path, QString *error)
{
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::analysisFinished, &loop, &QEventLoop::quit);
    window.addInputs(inputs);
    if (window.isAnalysing())
        loop.exec();
    window.selectFirstFinding(Severity::High);
    // Let layouts and the chart settle before grabbing.
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    QImageWriter writer(path, "png");
    // No alpha channel (the window is opaque) and the strongest compression: smaller files for docs.
    writer.setQuality(0);
    if (!writer.write(window.grab().toImage().convertToFormat(QImage::Format_RGB888))) {
        *error = QCoreApplication::translate("fc::ui::Screenshot", "%1: cannot write the screenshot: %2")
                     .arg(path, writer.errorString());
        return false;
    }
    return true;
}

} // namespace fc::ui
