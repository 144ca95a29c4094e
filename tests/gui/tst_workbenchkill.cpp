#include "TestPaths.h"

#include "models/ProjectSession.h"
#include "models/ReviewState.h"
#include "project/ProjectStore.h"
#include "widgets/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace fc;

// Data safety with the real program: factcheck-workbench opens a project and reviews it
// (the hidden --test-review-loop marks one finding every few ms through the findings panel
// and prints each decision once the call returned), and is killed with SIGKILL mid-review.
// The project then opens, in a window as an editor would reopen it, and holds every decision
// the program had made before the kill.
class TestWorkbenchKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyDecisionBeforeSigkillIsThere_data();
    void everyDecisionBeforeSigkillIsThere();
};

namespace {

struct Decision
{
    QString status; // code
    QString note;
};

const char *const statusCodes[] = {"confirmed", "dismissed", "needs_check"};

// What the loop decides at tick t (see startReviewLoop in app/workbench/main.cpp).
Decision decisionAt(int tick, int findings)
{
    const int index = tick % findings;
    const int round = tick / findings;
    return {QString::fromLatin1(statusCodes[(index + round) % 3]), QStringLiteral("round %1 \u2014 dicek").arg(round)};
}

} // namespace

void TestWorkbenchKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbenchkill"));
    QVERIFY2(QFile::exists(test::binaryPath(QStringLiteral("factcheck-workbench"))), "build factcheck-workbench");
}

void TestWorkbenchKill::everyDecisionBeforeSigkillIsThere_data()
{
    QTest::addColumn<int>("killAfter"); // decisions reported before the kill
    QTest::newRow("early in the first round") << 3;
    QTest::newRow("several rounds in") << 40;
    QTest::newRow("long review") << 150;
}

void TestWorkbenchKill::everyDecisionBeforeSigkillIsThere()
{
    QFETCH(int, killAfter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.fcproj"));
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        QList<NewArticle> articles;
        const QDir examples(test::examplesDir());
        for (const QString &f : examples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(examples.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            articles.append({f, file.fileName(), file.readAll()});
        }
        QVERIFY2(store.addArticles(articles, &error), qPrintable(error));
    }

    QProcess workbench;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its settings (recent projects, layout) go to the test's folder, not the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), dir.path());
    workbench.setProcessEnvironment(env);
    workbench.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    workbench.start(test::binaryPath(QStringLiteral("factcheck-workbench")),
                    {path, QStringLiteral("--test-review-loop"), QStringLiteral("5")});
    QVERIFY2(workbench.waitForStarted(), qPrintable(workbench.errorString()));

    int findings = 0;
    QList<std::pair<QString, Decision>> reported;
    QByteArray pending;
    auto readLines = [&] {
        pending += workbench.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> fields = pending.left(nl).split('\t');
            pending.remove(0, nl + 1);
            if (fields.value(0) == "review-loop")
                findings = fields.value(1).toInt();
            else if (fields.value(0) == "decided" && fields.size() == 4)
                reported.append({QString::fromUtf8(fields.at(1)),
                                 {QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.at(3))}});
        }
    };
    QElapsedTimer waited;
    waited.start();
    while (reported.size() < killAfter && workbench.state() == QProcess::Running && waited.elapsed() < 180000) {
        workbench.waitForReadyRead(200);
        readLines();
    }
    QVERIFY2(reported.size() >= killAfter,
             qPrintable(QStringLiteral("the workbench reported %1 decisions; stderr: %2")
                            .arg(reported.size())
                            .arg(QString::fromUtf8(workbench.readAllStandardError()))));
    if (killAfter == 40) {
        // A second workbench on the same project while this one writes: told so, shown
        // read-only, and it writes nothing (a screenshot run asks no question).
        QProcess second;
        second.setProcessEnvironment(env);
        const QString shot = test::artifactPath(QStringLiteral("workbenchkill-second.png"));
        second.start(test::binaryPath(QStringLiteral("factcheck-workbench")),
                     {QStringLiteral("--screenshot"), shot, path});
        QVERIFY(second.waitForFinished(120000));
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("review.fcproj: opened read-only (another process writes it)")),
                 qPrintable(err));
        QVERIFY(QFile::exists(shot));
        readLines();
    }
    const qint64 pid = workbench.processId();
    const qint64 killedAt = clock.elapsed();
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(workbench.waitForFinished(10000));
    QCOMPARE(workbench.exitStatus(), QProcess::CrashExit);
    readLines(); // what it printed before dying is still in the pipe
    QVERIFY(findings > 0);
    QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // it died holding the lock

    // The last reported decision per finding, and the one it may have been making at the kill.
    QMap<QString, Decision> expected;
    for (const auto &[key, d] : std::as_const(reported))
        expected.insert(key, d);
    for (int t = 0; t < reported.size(); ++t) {
        const Decision d = decisionAt(t, findings);
        QCOMPARE(reported.at(t).second.status, d.status); // the hook does what the test thinks
        QCOMPARE(reported.at(t).second.note, d.note);
    }
    const int inFlightIndex = int(reported.size()) % findings;
    const Decision inFlight = decisionAt(int(reported.size()), findings);

    // Reopened as an editor would: in the workbench, which takes over the dead process's lock.
    fc::ui::MainWindow window;
    QString error;
    QVERIFY2(window.openProject(path, &error, fc::ui::MainWindow::IfLocked::Refuse), qPrintable(error));
    QVERIFY(!window.project()->isReadOnly());
    QSignalSpy finished(&window, &fc::ui::MainWindow::analysisFinished);
    QVERIFY(finished.wait(120000));
    QCOMPARE(int(window.report().findings.size()), findings);
    const QString inFlightKey = window.report().findings.at(inFlightIndex).key;
    const fc::ui::ReviewState *reviews = window.reviews();
    int intact = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const fc::ui::Review r = reviews->review(it.key());
        const QString status = fc::reviewStatusCode(r.status);
        if (it.key() == inFlightKey) {
            // Killed between its status and its note, or after both, or before either.
            QVERIFY2(status == it->status || status == inFlight.status, qPrintable(it.key()));
            QVERIFY2(r.note == it->note || r.note == inFlight.note, qPrintable(it.key()));
        } else {
            QCOMPARE(status, it->status);
            QCOMPARE(r.note, it->note);
        }
        ++intact;
    }
    // Nothing it never decided: keys not yet reached stay unreviewed (at most the in-flight one).
    QVERIFY(reviews->count() <= int(expected.size()) + (expected.contains(inFlightKey) ? 0 : 1));
    // Kept for a look (screenshots, `factcheck analyze --project`).
    const QString kept = test::artifactPath(QStringLiteral("workbenchkill-%1.fcproj").arg(killAfter));
    QFile::remove(kept);
    QFile::copy(path, kept);
    qInfo("SIGKILLed factcheck-workbench (PID %lld) %lld ms after its start, after %d reported decisions over %d "
          "findings; reopened: %d of %d findings' last decisions intact, %d reviews in the project",
          pid, killedAt, int(reported.size()), findings, intact, int(expected.size()), reviews->count());
}

QTEST_MAIN(TestWorkbenchKill)
#include "tst_workbenchkill.moc"
