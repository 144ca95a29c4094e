#include "Screenshot.h"

#include "net/UrlFetcher.h"
#include "widgets/MainWindow.h"
#include "widgets/UrlFetchJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>
#include <QUrl>

namespace fc::ui {

bool takeScreenshot(MainWindow &window, const QStringList &inputs, const QString &path, QString *error)
{
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::analysisFinished, &loop, &QEventLoop::quit);
    // No one is there to answer a question: the hosts named on the command line are allowed
    // (whoever typed them chose them), any other local address a redirect leads to is refused.
    QStringList named;
    for (const QString &input : inputs)
        if (isWebUrl(input))
            named << QUrl(input).host().toLower();
    window.urlFetcher()->setPrivateAddressQuestion(
        [named](const QUrl &, const QString &host, const QString &) { return named.contains(host); });
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
