// `factcheck tag --jsonl -` streams: each line read from standard input is answered on
// standard output before the next one is sent, and the output of a run in batches on the
// thread pool is the output of the lines one by one, in input order.
#include "TestPaths.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray record(const QByteArray &id, const QByteArray &text)
{
    return QJsonDocument(QJsonObject{{u"id"_s, QString::fromUtf8(id)}, {u"text"_s, QString::fromUtf8(text)}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

// Sentences written for this test: names, a title, figures and dates in both languages.
const QList<QByteArray> texts{
    "Kepala BPBD Garut, Rahmat Hidayat, mengatakan 12 orang meninggal pada Senin (3/3/2025).",
    "Garut regent Andi Prasetyo declared a 14-day state of emergency on Tuesday, March 4, 2025.",
    "Menurut BNPB, lebih dari 2.000 rumah terendam di Kabupaten Garut, Jawa Barat.",
    "\xF0\x9F\x93\xB0 JAKARTA, Jan 21, 2026 - Presiding judge Ratna Dewi fined Bambang Sulistyo 750 million rupiah.",
};

QProcess *startTag(QObject *parent)
{
    auto *p = new QProcess(parent);
    p->start(fc::test::binaryPath(u"factcheck"_s), {u"tag"_s, u"--jsonl"_s, u"-"_s});
    return p;
}

} // namespace

class TestCliTagStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One line in, its line out, while standard input stays open.
    void answersEachLineBeforeTheNext()
    {
        QProcess *p = startTag(this);
        QVERIFY(p->waitForStarted());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            p->write(record("s" + QByteArray::number(i), texts.at(i)));
            QByteArray line;
            while (!line.endsWith('\n')) {
                QVERIFY2(p->waitForReadyRead(60000), "no output line while input stays open");
                line += p->readLine();
            }
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(u"id").toString(), u"s%1"_s.arg(i));
            QVERIFY(!o.value(u"mentions").toArray().isEmpty());
        }
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAll().isEmpty());
    }

    // Many lines at once (several batches on the thread pool) give, in order, what the
    // lines give one at a time.
    void batchesEqualOneLineAtATime_data()
    {
        QTest::addColumn<int>("lines");
        QTest::newRow("one batch") << 10;
        QTest::newRow("several batches") << 300;
    }

    void batchesEqualOneLineAtATime()
    {
        QFETCH(int, lines);
        QByteArray all;
        QByteArray expected;
        QHash<int, QByteArray> single; // each text's output alone, with the id to fill in
        for (int i = 0; i < lines; ++i) {
            const QByteArray in = record("n" + QByteArray::number(i), texts.at(i % texts.size()));
            all += in;
            if (!single.contains(i % texts.size())) {
                QProcess one;
                one.start(fc::test::binaryPath(u"factcheck"_s), {u"tag"_s, u"--jsonl"_s, u"-"_s});
                one.write(record("ID", texts.at(i % texts.size())));
                one.closeWriteChannel();
                QVERIFY(one.waitForFinished(60000));
                QCOMPARE(one.exitCode(), 0);
                single.insert(i % texts.size(), one.readAllStandardOutput());
            }
            const QByteArray id = QByteArray("\"n") + QByteArray::number(i) + QByteArray("\"");
            expected += QByteArray(single.value(i % texts.size())).replace(QByteArray("\"ID\""), id);
        }
        QProcess p;
        p.start(fc::test::binaryPath(u"factcheck"_s), {u"tag"_s, u"--jsonl"_s, u"-"_s});
        p.write(all);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(out.count('\n'), lines);
        QCOMPARE(out, expected);
    }

    // A record longer than the documented 16 MiB is skipped with a message naming the input
    // and its line; the records before and after it are still tagged.
    void overLongRecordIsSkipped_data()
    {
        QTest::addColumn<qsizetype>("longTextBytes");
        QTest::addColumn<bool>("skipped");
        QTest::newRow("just over the limit") << qsizetype(16 * 1024 * 1024) << true;
        QTest::newRow("well over the limit") << qsizetype(20 * 1024 * 1024) << true;
        QTest::newRow("under the limit") << qsizetype(64 * 1024) << false;
    }

    void overLongRecordIsSkipped()
    {
        QFETCH(qsizetype, longTextBytes);
        QFETCH(bool, skipped);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"in.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(record("first", texts.at(0)));
        file.write(record("long", QByteArray(longTextBytes, 'a')));
        file.write(record("last", texts.at(1)));
        file.close();
        QProcess p;
        p.start(fc::test::binaryPath(u"factcheck"_s), {u"tag"_s, u"--jsonl"_s, path, u"-o"_s, u"-"_s});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QList<QByteArray> ids;
        for (const QByteArray &line : out.split('\n'))
            if (!line.isEmpty())
                ids.append(QJsonDocument::fromJson(line).object().value(u"id"_s).toString().toUtf8());
        if (skipped) {
            QCOMPARE(p.exitCode(), 1);
            QCOMPARE(ids, (QList<QByteArray>{"first", "last"}));
            QVERIFY2(err.contains((path + u":2: "_s).toUtf8()) && err.contains("16 MiB"), err.constData());
        } else {
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(ids, (QList<QByteArray>{"first", "long", "last"}));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTagStream)
#include "tst_cli_tagstream.moc"
