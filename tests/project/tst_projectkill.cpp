#include "ProjectTestSupport.h"
#include "TestPaths.h"

#include "project/ProjectLock.h"
#include "project/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// Data safety: a writer process (helpers/project_review_writer, standing in for the
// workbench) records decisions and is killed with SIGKILL in the middle; the project then
// opens and holds every decision the writer had reported committed, intact. A live writer's
// lock refuses a second writer naming its PID; a killed writer's lock is taken over.
class TestProjectKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyReportedDecisionSurvivesSigkill_data();
    void everyReportedDecisionSurvivesSigkill();
    void liveWriterLocksOthersOutAndDeadOneDoesNot();

private:
    QString writer() const { return test::binaryPath(QStringLiteral("project_review_writer")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

namespace {

// Must match decisionFor() in helpers/project_review_writer.cpp.
ReviewDecision decisionFor(int i)
{
    static const ReviewStatus statuses[] = {ReviewStatus::Confirmed, ReviewStatus::Dismissed, ReviewStatus::NeedsCheck};
    return {QStringLiteral("finding-%1").arg(i, 5, 10, QLatin1Char('0')),
            statuses[i % 3],
            QStringLiteral("catatan %1 — dicek ulang").arg(i),
            {}};
}

int lastCommitted(const QByteArray &output)
{
    int last = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            last = qMax(last, line.mid(10).toInt());
    }
    return last;
}

} // namespace

void TestProjectKill::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("review.fcproj"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(m_project, &error), qPrintable(error));
    QVERIFY(store.addArticles(test::sampleArticles(), &error));
    QVERIFY2(QFileInfo::exists(writer()), qPrintable(writer()));
}

void TestProjectKill::everyReportedDecisionSurvivesSigkill_data()
{
    QTest::addColumn<int>("killAfter"); // lines "committed N" read before the kill
    QTest::newRow("after the first") << 1;
    QTest::newRow("after 6") << 6;
    QTest::newRow("after 23") << 23;
    QTest::newRow("after 57") << 57;
    QTest::newRow("after 120") << 120;
}

void TestProjectKill::everyReportedDecisionSurvivesSigkill()
{
    QFETCH(int, killAfter);
    QProcess process;
    process.start(writer(), {m_project, QStringLiteral("100000")});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QByteArray output;
    while (lastCommitted(output) < killAfter) {
        if (!process.waitForReadyRead(30000))
            QFAIL(qPrintable(QStringLiteral("writer stopped early: ")
                             + QString::fromUtf8(process.readAllStandardError())));
        output += process.readAllStandardOutput();
    }
    process.kill(); // SIGKILL on Unix: no destructor, no close, no flush
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    output += process.readAllStandardOutput(); // lines it wrote before dying
    const int reported = lastCommitted(output);
    QVERIFY(reported >= killAfter);
    const bool hotJournal = QFileInfo(m_project + QStringLiteral("-journal")).size() > 0;
    const bool lockLeft = QFileInfo::exists(project::ProjectLock::lockPathFor(m_project));

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_project, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    const ReviewMap decisions = store.decisions(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int i = 1; i <= reported; ++i) {
        const ReviewDecision expected = decisionFor(i);
        QVERIFY2(decisions.contains(expected.key), qPrintable(expected.key));
        QCOMPARE(decisions.value(expected.key), expected);
    }
    // At most the one in flight when the kill came may be there unreported; nothing else.
    QVERIFY(decisions.size() == reported || decisions.size() == reported + 1);
    if (decisions.size() == reported + 1)
        QCOMPARE(decisions.value(decisionFor(reported + 1).key), decisionFor(reported + 1));
    // Articles added along the way are whole (their bytes match their hash).
    const auto articles = store.articles(&error);
    QVERIFY(articles.size() >= 2 + reported / 4);
    for (const auto &a : articles)
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex()),
                 a.contentHash);
    // And the project goes on working.
    QVERIFY(store.setDecision(QStringLiteral("after-restart"), ReviewStatus::Confirmed, {}, &error));
    qInfo("killed after reading %d lines; writer had reported %d; found %lld decisions, %lld articles; "
          "stale lock left: %s; interrupted commit (hot journal): %s",
          killAfter, reported, qlonglong(decisions.size()), qlonglong(articles.size()), lockLeft ? "yes" : "no",
          hotJournal ? "yes" : "no");
}

void TestProjectKill::liveWriterLocksOthersOutAndDeadOneDoesNot()
{
    QProcess holder;
    holder.start(writer(), {m_project, QStringLiteral("--hold")});
    QVERIFY(holder.waitForStarted());
    QByteArray output;
    while (!output.contains("locked")) {
        QVERIFY2(holder.waitForReadyRead(30000), holder.readAllStandardError().constData());
        output += holder.readAllStandardOutput();
    }
    const QByteArray before = test::fileBytes(m_project);
    ProjectStore second;
    QString error;
    QVERIFY(!second.open(m_project, ProjectStore::Mode::ReadWrite, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(m_project)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("PID %1").arg(holder.processId())), qPrintable(error));
    QVERIFY2(error.contains(u"project_review_writer"), qPrintable(error));
    // A second writer process is refused too, with the same message on its stderr.
    QProcess other;
    other.start(writer(), {m_project, QStringLiteral("1")});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 1);
    QVERIFY(
        other.readAllStandardError().contains(QByteArray(QByteArray("PID ") + QByteArray::number(holder.processId()))));
    QCOMPARE(test::fileBytes(m_project), before);

    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(project::ProjectLock::lockPathFor(m_project))); // left behind
    QVERIFY2(second.open(m_project, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProjectKill)
#include "tst_projectkill.moc"
