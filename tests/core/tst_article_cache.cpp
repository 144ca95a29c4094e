// The driver's per-article cache hook (Analyzer::analyzeInputs): a cached article is neither
// loaded nor analysed again, and the report equals an uncached run byte for byte whatever
// the cache held. Over the seed articles, which nobody on the team wrote.
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

#include <atomic>

using namespace fc;

namespace {

// Keeps analysed articles in memory and counts what the driver asked of it.
class MemoryCache : public ArticleCache
{
public:
    std::optional<Article> find(qsizetype, const QString &key, QList<Diagnostic> *) override
    {
        ++finds;
        const auto it = articles.constFind(key);
        return it == articles.cend() ? std::nullopt : std::optional<Article>(*it);
    }
    void store(qsizetype, const QString &key, const Article &article) override
    {
        ++stores;
        articles.insert(key, article);
    }
    QHash<QString, Article> articles;
    int finds = 0;
    int stores = 0;
};

QStringList seedFiles()
{
    const QDir dir(fc::test::seedsDir());
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestArticleCache : public QObject
{
    Q_OBJECT

    QStringList m_files;
    QByteArray m_uncached; // the JSON of Analyzer::analyze over the seeds, loaded as files
    std::atomic<int> m_loads{0};

    // One input per seed; the last one's load fails when `broken`, like a damaged file.
    QList<ArticleInput> inputs(bool broken = false)
    {
        QList<ArticleInput> list;
        for (qsizetype i = 0; i < m_files.size(); ++i) {
            const QString path = m_files.at(i);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            const QString key =
                QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            const bool fails = broken && i == m_files.size() - 1;
            list.append({key, [this, path, fails] {
                ++m_loads;
                if (fails)
                    return LoadResult{std::nullopt,
                                      {Diagnostic{Diagnostic::Severity::Error, path, QStringLiteral("unreadable")}}};
                return ArticleLoader().loadFile(path);
            }});
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_files = seedFiles();
        QVERIFY2(m_files.size() >= 3, "the seed articles are missing");
        QList<Article> articles;
        for (const QString &path : std::as_const(m_files)) {
            LoadResult r = ArticleLoader().loadFile(path);
            QVERIFY2(r.ok(), qPrintable(path));
            articles << *r.article;
        }
        m_uncached = writeJsonReport(Analyzer().analyze(articles));
        QVERIFY(m_uncached.size() > 1000);
    }

    // Rows: which seeds (by position) are in the cache before the run.
    void cachedArticlesAreNotAnalysedAgain_data()
    {
        QTest::addColumn<QList<int>>("cached");
        QTest::newRow("none") << QList<int>{};
        QTest::newRow("first") << QList<int>{0};
        QTest::newRow("every other") << QList<int>{0, 2, 4};
        QTest::newRow("all") << QList<int>{0, 1, 2, 3, 4};
    }
    void cachedArticlesAreNotAnalysedAgain()
    {
        QFETCH(QList<int>, cached);
        const QList<ArticleInput> in = inputs();
        // Fill the cache through the driver itself, one seed at a time.
        MemoryCache cache;
        for (const int i : std::as_const(cached)) {
            if (i < in.size())
                Analyzer().analyzeInputs({in.at(i)}, &cache);
        }
        const int hitsExpected = int(cache.articles.size());
        cache.finds = cache.stores = 0;
        m_loads = 0;
        std::atomic<int> progressed{0};
        AnalysisOptions options;
        options.progress = [&](qsizetype, qsizetype, const Article &) { ++progressed; };
        const InputsRun run = Analyzer(options).analyzeInputs(in, &cache);
        const int missesExpected = int(in.size()) - hitsExpected;
        QCOMPARE(run.cacheHits, hitsExpected);
        QCOMPARE(run.analysed, missesExpected);
        QCOMPARE(m_loads.load(), missesExpected);    // a hit is not even loaded
        QCOMPARE(progressed.load(), missesExpected); // nor analysed
        QCOMPARE(cache.finds, int(in.size()));
        QCOMPARE(cache.stores, missesExpected);
        QCOMPARE(run.inputOf.size(), in.size());
        QVERIFY(run.diagnostics.isEmpty());
        QCOMPARE(writeJsonReport(run.report), m_uncached);
    }

    // An input that does not load is named and left out; the others keep input order and ids.
    void unloadableInputIsNamedAndLeftOut()
    {
        MemoryCache cache;
        const InputsRun run = Analyzer().analyzeInputs(inputs(true), &cache);
        QCOMPARE(run.diagnostics.size(), 1);
        QCOMPARE(run.diagnostics.first().input, m_files.last());
        QCOMPARE(run.report.articles.size(), m_files.size() - 1);
        QCOMPARE(run.inputOf.last(), m_files.size() - 2);
        QCOMPARE(run.report.articles.last().id, QStringLiteral("d%1").arg(m_files.size() - 1));
        QCOMPARE(cache.stores, int(m_files.size()) - 1);
    }

    // A cancelled run stores nothing: a partly analysed article must never be cached.
    void cancelledRunStoresNothing()
    {
        MemoryCache cache;
        AnalysisOptions options;
        options.cancelled = [] { return true; };
        const Analyzer analyzer(options);
        analyzer.analyzeInputs(inputs(), &cache);
        QVERIFY(analyzer.isCancelled());
        QCOMPARE(cache.stores, 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleCache)
#include "tst_article_cache.moc"
