// Two real workbench processes, offscreen, under a private instance name: the second launch
// hands its files (resolved against its own folder, file:// URLs as paths) to the first and
// exits; with --new-instance it runs on its own and hands nothing over.
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_name;
    QProcessEnvironment m_env;

    void prepare(QProcess &p) const
    {
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::SeparateChannels);
    }

    // Reads the first process's standard output until a line starting with `prefix` arrives.
    static QString waitForLine(QProcess &p, const QString &prefix, int timeout)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeout && p.state() != QProcess::NotRunning) {
            while (p.canReadLine()) {
                const QString line = QString::fromUtf8(p.readLine()).chopped(1);
                if (line.startsWith(prefix))
                    return line;
            }
            p.waitForReadyRead(500);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(fc::test::binaryPath(u"factcheck-workbench"_s)), "build factcheck-workbench");
        // Unique per run, so parallel test runs and the editor's own workbench never meet.
        m_name = u"factcheck-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_env.insert(u"HOME"_s, m_dir.path());
        for (const QString &name : {u"a.txt"_s, u"b.md"_s}) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Wali kota Bogor membuka pasar baru pada Senin.");
        }
    }

    void secondLaunchHandsOver()
    {
        QProcess first;
        prepare(first);
        first.start(fc::test::binaryPath(u"factcheck-workbench"_s), {u"--test-instance-name"_s, m_name});
        QVERIFY(first.waitForStarted());
        QVERIFY2(!waitForLine(first, u"primary"_s, 120000).isEmpty(),
                 qPrintable(QString::fromUtf8(first.readAllStandardError())));

        QProcess second;
        prepare(second);
        const QString fileUrl = QUrl::fromLocalFile(m_dir.filePath(u"b.md"_s)).toString();
        second.start(fc::test::binaryPath(u"factcheck-workbench"_s),
                     {u"--test-instance-name"_s, m_name, u"a.txt"_s, fileUrl});
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        const QString received = waitForLine(first, u"received"_s, 60000);
        QCOMPARE(received, u"received\t%1\t%2"_s.arg(m_dir.filePath(u"a.txt"_s), m_dir.filePath(u"b.md"_s)));

        // --new-instance: a window of its own, still running, and nothing reaches the first.
        QProcess third;
        prepare(third);
        third.start(fc::test::binaryPath(u"factcheck-workbench"_s),
                    {u"--test-instance-name"_s, m_name, u"--new-instance"_s, u"a.txt"_s});
        QVERIFY(third.waitForStarted());
        QVERIFY(!third.waitForFinished(5000));
        QVERIFY(waitForLine(first, u"received"_s, 1000).isEmpty());
        third.kill();
        third.waitForFinished();

        QCOMPARE(first.state(), QProcess::Running);
        first.kill();
        first.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
