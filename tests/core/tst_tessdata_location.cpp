// Where a packaged program finds the Tesseract data it carries: each row builds an install
// layout in a temporary folder and names the folder expected (empty: Tesseract's own order).
#include "TessdataLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestTessdataLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundled_data()
    {
        QTest::addColumn<QStringList>("files"); // created empty under the root
        QTest::addColumn<QString>("appDir");    // the executable's folder, under the root
        QTest::addColumn<QString>("expected");  // under the root; empty for none

        QTest::newRow("windows or archive layout")
            << QStringList{u"bin/factcheck.exe"_s, u"share/factcheck/tessdata/ind.traineddata"_s,
                           u"share/factcheck/tessdata/eng.traineddata"_s}
            << u"bin"_s << u"share/factcheck/tessdata"_s;
        QTest::newRow("macos bundle")
            << QStringList{u"factcheck-workbench.app/Contents/MacOS/factcheck"_s,
                           u"factcheck-workbench.app/Contents/Resources/tessdata/ind.traineddata"_s}
            << u"factcheck-workbench.app/Contents/MacOS"_s << u"factcheck-workbench.app/Contents/Resources/tessdata"_s;
        QTest::newRow("folder without data")
            << QStringList{u"bin/factcheck"_s, u"share/factcheck/tessdata/README"_s} << u"bin"_s << QString();
        QTest::newRow("data in a folder named like one")
            << QStringList{u"bin/factcheck"_s, u"share/factcheck/tessdata/ind.traineddata/x"_s} << u"bin"_s
            << QString();
        QTest::newRow("system install: nothing bundled") << QStringList{u"bin/factcheck"_s} << u"bin"_s << QString();
        QTest::newRow("no program folder") << QStringList{} << QString() << QString();
    }

    void bundled()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, appDir);
        QFETCH(QString, expected);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        for (const QString &file : std::as_const(files)) {
            const QString path = root.filePath(file);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile f(path);
            QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        }
        const QString app = appDir.isEmpty() ? QString() : root.filePath(appDir);
        if (!app.isEmpty())
            QVERIFY(QDir().mkpath(app));
        const QString want = expected.isEmpty() ? QString() : QDir::cleanPath(root.filePath(expected));
        QCOMPARE(bundledTessdata(app), want);
    }

    // A user's TESSDATA_PREFIX is Tesseract's to read: the bundled folder is not passed then.
    void userChoiceWins()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir().mkpath(root.filePath(u"bin"_s)));
        QVERIFY(QDir().mkpath(root.filePath(u"share/factcheck/tessdata"_s)));
        QFile data(root.filePath(u"share/factcheck/tessdata/ind.traineddata"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        const QString appDir = root.filePath(u"bin"_s);
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        const bool wasSet = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
        qunsetenv("TESSDATA_PREFIX");
        QCOMPARE(tessdataFolder(appDir), QDir::cleanPath(root.filePath(u"share/factcheck/tessdata"_s)));
        qputenv("TESSDATA_PREFIX", root.path().toLocal8Bit());
        QCOMPARE(tessdataFolder(appDir), QString());
        if (wasSet)
            qputenv("TESSDATA_PREFIX", saved);
        else
            qunsetenv("TESSDATA_PREFIX");
    }
};

QTEST_GUILESS_MAIN(TestTessdataLocation)
#include "tst_tessdata_location.moc"
