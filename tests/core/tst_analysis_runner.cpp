// The workbench's analysis runner: a run's report is the Analyzer's, byte for byte; progress
// counts every analysed article up to the total; runs queue; a cancelled run hands out no
// report.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/AnalysisRunner.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

QList<Article> examples()
{
    const ArticleLoader loader;
    QList<Article> articles;
    const QDir dir(fc::test::sourcePath(u"resources/examples"_s));
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        LoadResult loaded = loader.loadFile(dir.filePath(name));
        if (loaded.ok())
            articles << *loaded.article;
    }
    return articles;
}

AnalysisRunner::Job analyse(const QList<Article> &articles)
{
    return [articles](const AnalysisOptions &options) { return Analyzer(options).analyze(articles); };
}

} // namespace

class TestAnalysisRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportAndProgress_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1;
        QTest::newRow("2 threads") << 2;
    }

    void reportAndProgress()
    {
        QFETCH(int, threads);
        const QList<Article> articles = examples();
        QVERIFY(articles.size() >= 3);
        AnalysisRunner runner;
        QSignalSpy progress(&runner, &AnalysisRunner::progress);
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        AnalysisOptions options;
        options.threads = threads;
        runner.enqueue(analyse(articles), options);
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(!runner.isRunning());
        const auto report = finished.first().first().value<std::shared_ptr<const Report>>();
        QVERIFY(report);
        QCOMPARE(writeJsonReport(*report), writeJsonReport(Analyzer().analyze(articles)));
        // The count only grows and ends at the total.
        QVERIFY(!progress.isEmpty());
        qsizetype last = 0;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            QVERIFY(p.at(0).value<qsizetype>() > last);
            last = p.at(0).value<qsizetype>();
            QCOMPARE(p.at(1).value<qsizetype>(), articles.size());
        }
        QCOMPARE(last, articles.size());
        QCOMPARE(runner.done(), articles.size());
        QCOMPARE(runner.total(), articles.size());
    }

    void runsQueueInOrder()
    {
        const QList<Article> articles = examples();
        AnalysisRunner runner;
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        runner.enqueue(analyse(articles.mid(0, 1)));
        runner.enqueue(analyse(articles.mid(0, 2)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QCOMPARE(finished.at(0).first().value<std::shared_ptr<const Report>>()->articles.size(), 1);
        QCOMPARE(finished.at(1).first().value<std::shared_ptr<const Report>>()->articles.size(), 2);
    }

    void cancelHandsOutNoReport()
    {
        // The job waits for the cancel, as a long analysis would be stopped at its next step.
        AnalysisRunner runner;
        QSignalSpy finished(&runner, &AnalysisRunner::finished);
        QSignalSpy cancelled(&runner, &AnalysisRunner::cancelled);
        auto started = std::make_shared<std::atomic_bool>(false);
        runner.enqueue([started](const AnalysisOptions &options) {
            *started = true;
            while (!options.cancelled())
                QThread::msleep(5);
            return Report();
        });
        runner.enqueue(analyse(examples())); // queued, dropped by the cancel
        QTRY_VERIFY_WITH_TIMEOUT(started->load(), 10000);
        runner.cancel();
        QVERIFY(cancelled.wait(10000));
        QTest::qWait(50);
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRunner)
#include "tst_analysis_runner.moc"
