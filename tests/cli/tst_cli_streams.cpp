#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

// Outputs and inputs that are not regular files. -o PATH never replaces what is not a regular
// file: a FIFO is written straight (the reader gets the report and the FIFO stays a FIFO), a
// directory or socket is refused with exit status 3 and left as it was. A write that fails
// part way is exit status 3 with the system's reason. Pipes are read as inputs, not refused as
// empty. No test here writes to a real device: the FIFOs and sockets live in a temporary
// folder.
class TestCliStreams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fifoIsWrittenStraight_data();
    void fifoIsWrittenStraight();
    void nonFileIsRefused_data();
    void nonFileIsRefused();
    void tagReportsAFailedWrite();
    void fullDiskIsNamed_data();
    void fullDiskIsNamed();
    void fullFileSystemIsNamed_data();
    void fullFileSystemIsNamed();
    void pipeInputIsRead();

private:
    static mode_t fileType(const QString &path)
    {
        struct stat st{};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return 0;
        return st.st_mode & S_IFMT;
    }
    static QString example() { return fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt"); }
};

void TestCliStreams::fifoIsWrittenStraight_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
    // CSV to a FIFO: only the findings table, as on standard output; no sidecar beside it.
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("finding");
}

void TestCliStreams::fifoIsWrittenStraight()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, startsWith);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("report.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

    QProcess reader; // the user's side of the pipe
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    QProcess cli;
    cli.start(fc::test::binaryPath(QStringLiteral("factcheck")),
              {QStringLiteral("analyze"), example(), QStringLiteral("--format"), format, QStringLiteral("-o"), fifo});
    QVERIFY(cli.waitForFinished(120000));
    const bool readerDone = reader.waitForFinished(20000);
    if (!readerDone)
        reader.kill(); // the FIFO was replaced and nobody ever opened it for writing
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    QVERIFY(readerDone);
    QVERIFY2(reader.readAllStandardOutput().startsWith(startsWith), qPrintable(format));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
             QStringList{QStringLiteral("report.pipe")});
}

void TestCliStreams::nonFileIsRefused_data()
{
    QTest::addColumn<QString>("kind"); // what stands at the refused path
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");  // -o
    QTest::addColumn<QString>("refused"); // the path that must be left as it was
    QTest::addColumn<QString>("reason");  // in the message
    QTest::newRow("directory") << "dir" << "json" << "out" << "out" << "directory";
    QTest::newRow("socket") << "socket" << "json" << "out" << "out" << "socket";
    QTest::newRow("csv mentions beside is a socket") << "socket" << "csv" << "r.csv" << "r-mentions.csv" << "socket";
    QTest::newRow("csv mentions beside is a directory") << "dir" << "csv" << "r.csv" << "r-mentions.csv"
                                                        << "directory";
}

void TestCliStreams::nonFileIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(QString, refused);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(refused);
    QLocalServer server;
    mode_t expected = 0;
    if (kind == u"dir") {
        QVERIFY(QDir().mkpath(target));
        expected = S_IFDIR;
    } else {
        QVERIFY2(server.listen(target), qPrintable(server.errorString()));
        expected = S_IFSOCK;
    }

    QProcess cli;
    cli.start(fc::test::binaryPath(QStringLiteral("factcheck")),
              {QStringLiteral("analyze"), example(), QStringLiteral("--format"), format, QStringLiteral("-o"),
               dir.filePath(output)});
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY2(err.contains(target.toUtf8()) && err.contains(reason.toUtf8()), err.constData());
    QCOMPARE(err.trimmed().count('\n'), 0);
    QCOMPARE(fileType(target), expected);
}

// The reader of tag's output goes away after a few bytes: the next write fails with EPIPE.
void TestCliStreams::tagReportsAFailedWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("mentions.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString input = dir.filePath(QStringLiteral("in.jsonl"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Enough output to fill the pipe many times over.
        for (int i = 0; i < 3000; ++i)
            f.write(QStringLiteral("{\"id\":\"%1\",\"text\":\"Bupati Garut Rudy Gunawan meninjau Desa "
                                   "Sukamaju di Kabupaten Garut, Jawa Barat.\"}\n")
                        .arg(i)
                        .toUtf8());
    }
    QProcess reader;
    reader.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("10"), fifo});
    QVERIFY(reader.waitForStarted());
    QProcess cli;
    cli.start(fc::test::binaryPath(QStringLiteral("factcheck")),
              {QStringLiteral("tag"), QStringLiteral("--jsonl"), input, QStringLiteral("-o"), fifo});
    QVERIFY(cli.waitForFinished(300000));
    QVERIFY(reader.waitForFinished(20000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY2(err.contains(fifo.toUtf8()) && err.contains("Broken pipe"), err.constData());
}

void TestCliStreams::fullDiskIsNamed_data()
{
    QTest::addColumn<QStringList>("arguments"); // before "-o PATH"
    QTest::newRow("analyze") << QStringList{QStringLiteral("analyze"), example()};
    QTest::newRow("tag") << QStringList{QStringLiteral("tag"), QStringLiteral("--jsonl"), QStringLiteral("-")};
}

// A full disk: a "full" device node of our own in a temporary folder (the kernel's device 1,7,
// whose every write fails with ENOSPC), never the system's /dev/full. Qt alone said "Unknown
// error" here; the message names the output and the system's reason, exit status 3, and the
// node is still a device.
void TestCliStreams::fullDiskIsNamed()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString full = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
        QSKIP("making a device node needs root (CI and the build environment run as root)");
    QProcess cli;
    cli.start(fc::test::binaryPath(QStringLiteral("factcheck")), arguments + QStringList{QStringLiteral("-o"), full});
    QVERIFY(cli.waitForStarted());
    if (arguments.last() == u"-") {
        for (int i = 0; i < 200; ++i)
            cli.write(QStringLiteral("{\"id\":\"%1\",\"text\":\"Bupati Garut Rudy Gunawan meninjau Desa Sukamaju.\"}\n")
                          .arg(i)
                          .toUtf8());
        cli.closeWriteChannel();
    }
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY2(err.contains(full.toUtf8()) && err.contains("No space left on device"), err.constData());
    QVERIFY(!err.contains("Unknown error"));
    QCOMPARE(fileType(full), mode_t(S_IFCHR));
}

void TestCliStreams::fullFileSystemIsNamed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output"); // inside the full file system
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("r.json");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("r.html");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("r.csv");
}

// A report to a regular file on a disk that fills part way through: a tmpfs of 4 KB mounted
// in a mount namespace of the test's own (unshare, as root), so nothing outside sees it. The
// write is short before it fails, which Qt called "Unknown error"; the message names the file
// and the system's reason, exit status 3, and no report or temporary file is left.
void TestCliStreams::fullFileSystemIsNamed()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (::geteuid() != 0)
        QSKIP("mounting a small file system needs root (CI and the build environment run as root)");
    const QString target = dir.filePath(output);
    // --propagation unchanged: inside a chroot the root is no mount point to make private;
    // the build environment's own namespace is private already.
    const QString script = QStringLiteral("mount -t tmpfs -o size=4k tmpfs \"$1\" && shift && exec \"$@\"");
    QProcess cli;
    cli.start(QStringLiteral("unshare"),
              {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged"),
               QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), dir.path(),
               fc::test::binaryPath(QStringLiteral("factcheck")), QStringLiteral("analyze"), example(),
               QStringLiteral("--format"), format, QStringLiteral("-o"), target});
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY2(err.contains(dir.path().toUtf8()) && err.contains("No space left on device"), err.constData());
    QVERIFY2(!err.contains("Unknown error"), err.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

// A pipe has no size until read: "analyze /dev/stdin" reads what comes down it.
void TestCliStreams::pipeInputIsRead()
{
    QFile story(example());
    QVERIFY(story.open(QIODevice::ReadOnly));
    QProcess cli;
    cli.start(
        fc::test::binaryPath(QStringLiteral("factcheck")),
        {QStringLiteral("analyze"), QStringLiteral("/dev/stdin"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForStarted());
    cli.write(story.readAll());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    QVERIFY(cli.readAllStandardOutput().contains("\"/dev/stdin\""));
}

QTEST_GUILESS_MAIN(TestCliStreams)
#include "tst_cli_streams.moc"
