// A review project dropped on the window opens as the project, not as an article; the other
// files dropped with it are added to it as articles.
#include "TestPaths.h"

#include "models/ProjectSession.h"
#include "project/ProjectStore.h"
#include "widgets/MainWindow.h"

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace fc::ui;
using namespace Qt::StringLiterals;

class TestProjectDrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"factcheck-tests"_s);
        QCoreApplication::setApplicationName(u"tst_projectdrop"_s);
        QSettings().clear();
    }

    void droppedProjectOpensAsProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"Tinjauan Banjir.fcproj"_s);
        QString error;
        {
            fc::ProjectStore store;
            QVERIFY2(store.create(project, &error), qPrintable(error));
            QVERIFY2(store.addArticle({u"alpha.txt"_s, u"/in/alpha.txt"_s,
                                       QByteArrayLiteral("Banjir melanda Desa Contoh pada Senin (3/3/2025).\n")},
                                      &error),
                     qPrintable(error));
        }
        const QString article = dir.filePath(u"beta.txt"_s);
        {
            QFile f(article);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Flooding hit the village of Contoh on Sunday, 2 March 2025.\n");
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(project), QUrl::fromLocalFile(article)});
        // As a drag from a file manager arrives: enter, then drop.
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy finished(&window, &MainWindow::analysisFinished);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.project()->path(), QFileInfo(project).absoluteFilePath());
        QVERIFY(!window.project()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isAnalysing() && window.report().articles.size() == 2, 120000);
        QStringList names;
        for (const auto &a : window.report().articles)
            names << QFileInfo(a.source).fileName();
        names.sort();
        QCOMPARE(names, (QStringList{u"alpha.txt"_s, u"beta.txt"_s})); // the project's, and the dropped one
        // The dropped article went into the project; the project file itself is no article.
        fc::ProjectStore reader;
        QVERIFY2(reader.open(project, fc::ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(reader.articles(&error).size(), 2);
    }
};

QTEST_MAIN(TestProjectDrop)
#include "tst_projectdrop.moc"
