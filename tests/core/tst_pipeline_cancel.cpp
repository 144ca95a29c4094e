// The analyzer's cancel check: polled between articles, between the pipeline's steps and
// before every sentence of the claims step; a run stops at the first poll that says cancel,
// and a check that never cancels changes nothing in the report. The poll counts are those of
// one analysing thread (options.threads = 1); tst_pipeline_threads cancels a run on several.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestPipelineCancel : public QObject
{
    Q_OBJECT

    QList<Article> m_articles;
    qsizetype m_sentences = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(fc::test::examplesDir());
        const ArticleLoader loader;
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            LoadResult loaded = loader.loadFile(dir.filePath(name));
            QVERIFY(loaded.ok());
            m_sentences += loaded.article->sentences.size();
            m_articles << *loaded.article;
        }
        QCOMPARE(m_articles.size(), 4);
    }

    void neverCancelledChangesNothing()
    {
        int polls = 0;
        AnalysisOptions options;
        options.threads = 1;
        options.cancelled = [&polls] {
            ++polls;
            return false;
        };
        const Analyzer withCheck(options);
        const Report report = withCheck.analyze(m_articles);
        QVERIFY(!withCheck.isCancelled());
        QCOMPARE(writeJsonReport(report), writeJsonReport(Analyzer().analyze(m_articles)));
        // Before every sentence and between the steps: often enough to stop a long article.
        QVERIFY2(polls > m_sentences, qPrintable(u"%1 polls, %2 sentences"_s.arg(polls).arg(m_sentences)));
    }

    void stopsAtTheFirstCancel_data()
    {
        QTest::addColumn<int>("cancelAt");      // the poll that says cancel (1 = the first)
        QTest::addColumn<bool>("articlesKept"); // past the per-article steps
        int total = 0;
        AnalysisOptions options;
        options.threads = 1;
        options.cancelled = [&total] {
            ++total;
            return false;
        };
        Analyzer(options).analyze(m_articles);
        QVERIFY(total > 20);
        QTest::newRow("before the first article") << 1 << false;
        QTest::newRow("between the first article's steps") << 3 << false;
        QTest::newRow("in the first article's sentences") << 8 << false;
        QTest::newRow("half way") << total / 2 << false;
        // The last two polls come before the steps across articles.
        QTest::newRow("before the checks") << total - 1 << true;
        QTest::newRow("before the timeline") << total << true;
    }

    void stopsAtTheFirstCancel()
    {
        QFETCH(int, cancelAt);
        QFETCH(bool, articlesKept);
        int polls = 0;
        AnalysisOptions options;
        options.threads = 1;
        options.cancelled = [&polls, cancelAt] { return ++polls >= cancelAt; };
        const Analyzer analyzer(options);
        const Report report = analyzer.analyze(m_articles);
        QVERIFY(analyzer.isCancelled());
        // Nothing ran past the poll that said cancel (isCancelled() above is one more).
        QCOMPARE(polls, cancelAt + 1);
        QCOMPARE(!report.articles.isEmpty(), articlesKept);
        QCOMPARE(report.articles.size(), articlesKept ? m_articles.size() : 0);
        QVERIFY(report.timeline.isEmpty());
    }

    void cancelledArticleSaysSo()
    {
        Article article = m_articles.first();
        int polls = 0;
        AnalysisOptions options;
        options.threads = 1;
        options.cancelled = [&polls] { return ++polls > 5; }; // inside the claims step
        QVERIFY(!Analyzer(options).analyzeArticle(article));
        const Article full = Analyzer().analyze({m_articles.first()}).articles.first();
        QVERIFY(article.claims.size() < full.claims.size());
        QVERIFY(Analyzer().analyzeArticle(article));
    }
};

QTEST_GUILESS_MAIN(TestPipelineCancel)
#include "tst_pipeline_cancel.moc"
