// Articles analysed on a thread pool (AnalysisOptions::threads) give the report a single
// thread gives, byte for byte, whatever the number of threads and the mix of articles.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "pipeline/ParallelFor.h"
#include "report/JsonReport.h"
#include "time/TimeRecogniser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// Every .txt in the folders (relative to the project root), in name order, loaded.
QList<Article> load(const QStringList &folders)
{
    const ArticleLoader loader;
    QList<Article> articles;
    for (const QString &folder : folders) {
        const QDir dir(fc::test::sourcePath(folder));
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            LoadResult loaded = loader.loadFile(dir.filePath(name));
            if (loaded.ok())
                articles << *loaded.article;
        }
    }
    return articles;
}

QByteArray report(const QList<Article> &articles, int threads)
{
    AnalysisOptions options;
    options.threads = threads;
    return writeJsonReport(Analyzer(options).analyze(articles));
}

const QStringList stories{u"tests/core/data/court"_s, u"tests/core/data/ferry"_s, u"tests/core/data/parliament"_s,
                          u"tests/core/data/quake"_s};

} // namespace

class TestPipelineThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameReportOnAnyThreadCount_data()
    {
        QTest::addColumn<QStringList>("folders");
        QTest::addColumn<int>("copies"); // the articles repeated, so threads share out many
        QTest::addColumn<int>("threads");
        QTest::newRow("examples, 2 threads") << QStringList{u"resources/examples"_s} << 1 << 2;
        QTest::newRow("examples, 8 threads") << QStringList{u"resources/examples"_s} << 1 << 8;
        QTest::newRow("court, 2 threads") << QStringList{stories.at(0)} << 1 << 2;
        QTest::newRow("ferry, 3 threads") << QStringList{stories.at(1)} << 1 << 3;
        QTest::newRow("every story, 2 threads") << stories << 1 << 2;
        QTest::newRow("examples and stories x5, 2 threads")
            << (QStringList{u"resources/examples"_s} + stories) << 5 << 2;
        QTest::newRow("examples and stories x5, 7 threads")
            << (QStringList{u"resources/examples"_s} + stories) << 5 << 7;
        QTest::newRow("examples and stories, all cores") << (QStringList{u"resources/examples"_s} + stories) << 2 << 0;
    }

    void sameReportOnAnyThreadCount()
    {
        QFETCH(QStringList, folders);
        QFETCH(int, copies);
        QFETCH(int, threads);
        const QList<Article> once = load(folders);
        QVERIFY(!once.isEmpty());
        QList<Article> articles;
        for (int c = 0; c < copies; ++c)
            articles << once;
        const QByteArray single = report(articles, 1);
        QVERIFY(single.contains("\"findings\""));
        QCOMPARE(report(articles, threads), single);
    }

    // `tag` skips the claims step (AnalysisOptions::claims): the mentions must not depend on it.
    void mentionsDoNotNeedClaims()
    {
        AnalysisOptions withoutClaims;
        withoutClaims.claims = false;
        const Analyzer full;
        const Analyzer tagOnly(withoutClaims);
        int claims = 0;
        for (const Article &loaded : load(QStringList{u"resources/examples"_s} + stories)) {
            Article a = loaded;
            Article b = loaded;
            QVERIFY(full.analyzeArticle(a));
            QVERIFY(tagOnly.analyzeArticle(b));
            QVERIFY(b.claims.isEmpty());
            claims += int(a.claims.size());
            QCOMPARE(b.mentions.size(), a.mentions.size());
            for (qsizetype i = 0; i < a.mentions.size(); ++i) {
                QCOMPARE(b.mentions.at(i).span, a.mentions.at(i).span);
                QCOMPARE(b.mentions.at(i).type, a.mentions.at(i).type);
                QCOMPARE(b.mentions.at(i).text, a.mentions.at(i).text);
            }
        }
        QVERIFY(claims > 0);
    }

    // The progress callback hears of every article once, the counts 1..n each once whatever
    // the thread count, and a report built from cached per-article results through finish()
    // is the report analyze() writes.
    void progressAndFinish_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1;
        QTest::newRow("3 threads") << 3;
    }

    void progressAndFinish()
    {
        QFETCH(int, threads);
        QList<Article> articles = load(QStringList{u"resources/examples"_s} + stories);
        for (qsizetype i = 0; i < articles.size(); ++i)
            articles[i].id = u"d%1"_s.arg(i + 1);
        QMutex lock;
        QList<qsizetype> counts;
        QList<qsizetype> totals;
        QStringList ids;
        AnalysisOptions options;
        options.threads = threads;
        options.progress = [&](qsizetype done, qsizetype total, const Article &a) {
            const QMutexLocker locker(&lock); // called from the analysing threads
            totals << total;
            counts << done;
            ids << a.id;
        };
        const Analyzer analyzer(options);
        const QByteArray whole = writeJsonReport(analyzer.analyze(articles));
        QCOMPARE(counts.size(), articles.size());
        QCOMPARE(totals, QList<qsizetype>(articles.size(), articles.size()));
        std::sort(counts.begin(), counts.end());
        for (qsizetype i = 0; i < counts.size(); ++i)
            QCOMPARE(counts.at(i), i + 1);
        ids.sort();
        ids.removeDuplicates();
        QCOMPARE(ids.size(), articles.size());

        // Half of the articles analysed earlier (a project's cache), half now, then finish().
        QList<Article> cached = articles.mid(0, articles.size() / 2);
        QList<Article> fresh = articles.mid(articles.size() / 2);
        QVERIFY(Analyzer().analyzeArticles(cached));
        QVERIFY(Analyzer().analyzeArticles(fresh));
        QCOMPARE(writeJsonReport(Analyzer().finish(cached + fresh)), whole);
    }

    // A cancel seen by any thread stops the whole run, which says so.
    void cancelStopsEveryThread()
    {
        QList<Article> articles;
        for (int c = 0; c < 5; ++c)
            articles << load(QStringList{u"resources/examples"_s} + stories);
        std::atomic<int> polls{0};
        AnalysisOptions options;
        options.threads = 2;
        options.cancelled = [&polls] { return polls.fetch_add(1) + 1 >= 30; };
        const Analyzer analyzer(options);
        const Report r = analyzer.analyze(articles);
        QVERIFY(analyzer.isCancelled());
        QVERIFY(r.articles.isEmpty());
        // Each thread stops at its next poll: far fewer polls than a whole run makes.
        QVERIFY2(polls.load() < 60, qPrintable(QString::number(polls.load())));
    }

    // parallelFor calls every index once and stops handing out indices after a failure.
    void parallelForCoversEveryIndex_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::newRow("none") << 0 << 2;
        QTest::newRow("one") << 1 << 4;
        QTest::newRow("fewer than threads") << 3 << 8;
        QTest::newRow("many, 2 threads") << 1000 << 2;
        QTest::newRow("many, 1 thread") << 1000 << 1;
    }

    void parallelForCoversEveryIndex()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        std::vector<std::atomic<int>> calls(static_cast<size_t>(count));
        QVERIFY(parallelFor(count, threads, [&](qsizetype i) {
            calls[size_t(i)].fetch_add(1);
            return true;
        }));
        for (const auto &c : calls)
            QCOMPARE(c.load(), 1);
    }

    void parallelForStopsAfterFailure()
    {
        // One thread: nothing after the failing index runs.
        int calls = 0;
        QVERIFY(!parallelFor(10000, 1, [&](qsizetype i) {
            ++calls;
            return i != 10;
        }));
        QCOMPARE(calls, 11);
        // Two threads: the failure is reported and no index runs twice.
        std::vector<std::atomic<int>> seen(10000);
        QVERIFY(!parallelFor(10000, 2, [&](qsizetype i) {
            seen[size_t(i)].fetch_add(1);
            return i != 10;
        }));
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](const std::atomic<int> &c) { return c.load() <= 1; }));
    }

    // Inside a parallelFor that shares out the cores, another one runs its items on the
    // calling thread (threads inside threads would outnumber the cores); inside one that runs
    // in order (one item, one thread), it may use more threads.
    void nestedParallelForKeepsToItsThread()
    {
        std::atomic<int> otherThread{0};
        QVERIFY(parallelFor(8, 2, [&](qsizetype) {
            QThread *const outer = QThread::currentThread();
            return parallelFor(16, 2, [&](qsizetype) {
                if (QThread::currentThread() != outer)
                    otherThread.fetch_add(1);
                QThread::usleep(200); // time for a second thread to take items, if one ran
                return true;
            });
        }));
        QCOMPARE(otherThread.load(), 0);

        // Two items that wait for each other: they finish only on two threads at once.
        std::atomic<int> arrived{0};
        QVERIFY(parallelFor(1, 2, [&](qsizetype) {
            return parallelFor(2, 2, [&](qsizetype) {
                arrived.fetch_add(1);
                const QDeadlineTimer deadline(10000);
                while (arrived.load() < 2 && !deadline.hasExpired())
                    QThread::yieldCurrentThread();
                return arrived.load() == 2;
            });
        }));
    }

    // A text long enough that its time rules run on several threads gives the times one
    // thread finds (there the rules run inside a busy pool, so one after the other).
    void longTextTimesOnAnyThreadCount()
    {
        QString text;
        for (const Article &a : load({u"resources/examples"_s, u"tests/core/data/quake"_s}))
            text += a.text + u'\n';
        const QString unit = text;
        while (text.size() < (qsizetype(1) << 17))
            text += unit;
        const auto written = [](const QList<TimeExpression> &times) {
            QStringList out;
            for (const TimeExpression &t : times)
                out.append(u"%1-%2 %3 %4"_s.arg(t.span.start).arg(t.span.end).arg(t.isoValue(), t.rule));
            return out;
        };
        for (const QString &language : {u"id"_s, u"en"_s}) {
            const QStringList shared = written(findTimes(text, language, QDate(2025, 3, 4)));
            QStringList oneThread;
            QVERIFY(parallelFor(2, 2, [&](qsizetype i) {
                if (i == 0)
                    oneThread = written(findTimes(text, language, QDate(2025, 3, 4)));
                return true;
            }));
            QVERIFY(shared.size() > 100);
            QCOMPARE(oneThread, shared);
        }
    }
};

QTEST_GUILESS_MAIN(TestPipelineThreads)
#include "tst_pipeline_threads.moc"
