#include "ProjectTestSupport.h"
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "project/ArticleCodec.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectStore.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// The analysis cache: a project's report is the report Analyzer::analyze gives on the same
// articles with the same corrections, byte for byte, whether every article comes from the
// cache, none does, or the cache holds something unusable.
class TestProjectCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void codecRoundTripIsExact();
    void codecCoversEveryModelField();
    void coldWarmAndFreshReportsAgree_data();
    void coldWarmAndFreshReportsAgree();
    void unusableCacheEntryIsRecomputed();
    void readOnlyProjectUsesButNeverWritesCache();
    void cancelledAnalysisCachesNothing_data();
    void cancelledAnalysisCachesNothing();

private:
    QByteArray freshReport(const QList<StoredArticle> &stored, const AnalysisOptions &options) const;
    QTemporaryDir m_dir;
    QList<NewArticle> m_examples;
};

void TestProjectCache::initTestCase()
{
    const QDir dir(test::examplesDir());
    for (const auto &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        m_examples.append({name, dir.filePath(name), test::fileBytes(dir.filePath(name))});
    QVERIFY(m_examples.size() >= 3);
}

// What the CLI does for `analyze FILE... --pubdate`: load, apply corrections, analyse.
QByteArray TestProjectCache::freshReport(const QList<StoredArticle> &stored, const AnalysisOptions &options) const
{
    const ArticleLoader loader;
    QList<Article> articles;
    for (const auto &s : stored) {
        auto loaded = loader.loadBytes(s.bytes, s.name, QFileInfo(s.name).suffix());
        if (!loaded.ok())
            continue;
        if (s.userPublished.isValid()) {
            loaded.article->meta.published = s.userPublished;
            loaded.article->meta.publishedSource = MetaSource::User;
        }
        if (!s.userTitle.isEmpty()) {
            loaded.article->meta.title = s.userTitle;
            loaded.article->meta.titleSource = MetaSource::User;
        }
        articles.append(*loaded.article);
    }
    return writeJsonReport(Analyzer(options).analyze(articles));
}

void TestProjectCache::codecRoundTripIsExact()
{
    const ArticleLoader loader;
    const Analyzer analyzer;
    for (const auto &e : std::as_const(m_examples)) {
        auto loaded = loader.loadBytes(e.bytes, e.name, QStringLiteral("txt"));
        QVERIFY(loaded.ok());
        Article article = *loaded.article;
        analyzer.analyzeArticle(article);
        QVERIFY(!article.mentions.isEmpty());
        // As an image's text would have them: words the recogniser was unsure of.
        article.lowConfidence = {{article.mentions.first().span, 41}, {article.mentions.last().span, 12}};
        article.wordBoxes = {{article.mentions.first().span, QRect(12, 40, 80, 22)},
                             {article.mentions.last().span, QRect(300, 900, 120, 40), 2}};
        const QByteArray blob = project::encodeArticle(article);
        Article decoded;
        QVERIFY(project::decodeArticle(blob, &decoded));
        QCOMPARE(project::encodeArticle(decoded), blob);
        QCOMPARE(decoded.text, article.text);
        QCOMPARE(decoded.mentions.size(), article.mentions.size());
        QCOMPARE(decoded.times.size(), article.times.size());
        QCOMPARE(decoded.lowConfidence, article.lowConfidence);
        QCOMPARE(decoded.wordBoxes, article.wordBoxes);
        // A cut blob is a miss, not a crash or half an article.
        Article cut;
        QVERIFY(!project::decodeArticle(blob.left(blob.size() / 2), &cut));
        QVERIFY(!project::decodeArticle(QByteArray("garbage"), &cut));
    }
}

// A field added to the model must be added to ArticleCodec (and ArticleCodecVersion bumped):
// otherwise a cache hit silently drops it. The sizes below are the model as the codec
// covers it (64-bit); when one changes, update the codec, then the number.
void TestProjectCache::codecCoversEveryModelField()
{
#if QT_POINTER_SIZE == 8
    const QList<std::pair<const char *, std::pair<size_t, size_t>>> sizes = {
        // 584: the offset map as runs plus an entry count (stored expanded, as before), and the
        // OCR's low-confidence words and word boxes.
        {"Article", {sizeof(Article), 584}},
        {"ArticleMetadata", {sizeof(ArticleMetadata), 168}},
        {"Paragraph", {sizeof(Paragraph), 56}},
        {"Sentence", {sizeof(Sentence), 24}},
        {"Token", {sizeof(Token), 24}},
        {"Diagnostic", {sizeof(Diagnostic), 56}},
        {"Mention", {sizeof(Mention), 176}},
        {"TimeValue", {sizeof(TimeValue), 56}},
        {"TimeExpression", {sizeof(TimeExpression), 168}},
        {"Quantity", {sizeof(Quantity), 144}},
        {"Claim", {sizeof(Claim), 320}},
        {"MeasuredClaim", {sizeof(MeasuredClaim), 376}},
        {"LowConfidenceWord", {sizeof(LowConfidenceWord), 24}},
        {"WordBox", {sizeof(WordBox), 40}}, // 40: the page of a scanned PDF
    };
    QStringList changed;
    for (const auto &[name, s] : sizes) {
        if (s.first != s.second)
            changed << QStringLiteral("sizeof(%1) is %2, the codec covers a %3-byte %1")
                           .arg(QLatin1String(name))
                           .arg(s.first)
                           .arg(s.second);
    }
    QVERIFY2(changed.isEmpty(),
             qPrintable(changed.join(QStringLiteral("; "))
                        + QStringLiteral(": add the new fields to ui/project/ArticleCodec.cpp "
                                         "and bump ArticleCodecVersion, then these numbers")));
#else
    QSKIP("the size guard is written for 64-bit builds");
#endif
}

void TestProjectCache::coldWarmAndFreshReportsAgree_data()
{
    QTest::addColumn<bool>("correct");
    QTest::addColumn<QString>("language");
    QTest::newRow("as extracted") << false << "auto";
    QTest::newRow("editor's corrections") << true << "auto";
    QTest::newRow("language forced") << false << "id";
}

void TestProjectCache::coldWarmAndFreshReportsAgree()
{
    QFETCH(bool, correct);
    QFETCH(QString, language);
    QTemporaryDir dir;
    QString error;
    ProjectStore store;
    QVERIFY(store.create(dir.filePath(QStringLiteral("p.fcproj")), &error));
    const auto ids = store.addArticles(m_examples, &error);
    QVERIFY(ids);
    if (correct) {
        QVERIFY(store.setUserPublished(ids->at(1), QDate(2025, 3, 4), &error));
        QVERIFY(store.setUserTitle(ids->at(0), QStringLiteral("Judul dari redaktur"), &error));
    }
    AnalysisOptions options;
    options.language = language;
    const QByteArray expected = freshReport(store.articles(&error), options);

    const auto cold = analyzeProject(store, options, &error);
    QVERIFY2(cold, qPrintable(error));
    QCOMPARE(cold->analysed, int(m_examples.size()));
    QCOMPARE(cold->cacheHits, 0);
    QCOMPARE(writeJsonReport(cold->report), expected);
    QCOMPARE(cold->articleIds, *ids);

    const auto warm = analyzeProject(store, options, &error);
    QVERIFY2(warm, qPrintable(error));
    QCOMPARE(warm->cacheHits, int(m_examples.size()));
    QCOMPARE(warm->analysed, 0);
    QCOMPARE(writeJsonReport(warm->report), expected);

    // A correction changes what the article's analysis depends on: that one is recomputed.
    QVERIFY(store.setUserPublished(ids->at(2), QDate(2025, 3, 9), &error));
    const auto changed = analyzeProject(store, options, &error);
    QVERIFY(changed);
    QCOMPARE(changed->analysed, 1);
    QCOMPARE(writeJsonReport(changed->report), freshReport(store.articles(&error), options));
}

void TestProjectCache::unusableCacheEntryIsRecomputed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.fcproj"));
    QString error;
    ProjectStore store;
    QVERIFY(store.create(file, &error));
    QVERIFY(store.addArticles(m_examples, &error));
    QVERIFY(analyzeProject(store, {}, &error));
    {
        // Spoil every cached blob behind the store's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spoil"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE analysis_cache SET result = substr(result, 1, 40)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spoil"));
    const auto again = analyzeProject(store, {}, &error);
    QVERIFY(again);
    QCOMPARE(again->cacheHits, 0);
    QCOMPARE(writeJsonReport(again->report), freshReport(store.articles(&error), {}));
}

void TestProjectCache::readOnlyProjectUsesButNeverWritesCache()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.fcproj"));
    QString error;
    {
        ProjectStore store;
        QVERIFY(store.create(file, &error));
        QVERIFY(store.addArticles(m_examples.mid(0, 2), &error));
        QVERIFY(analyzeProject(store, {}, &error));
        QVERIFY(store.addArticles(m_examples.mid(2), &error)); // not analysed yet
    }
    const QByteArray before = test::fileBytes(file);
    ProjectStore reader;
    QVERIFY(reader.open(file, ProjectStore::Mode::ReadOnly, &error));
    const auto analysis = analyzeProject(reader, {}, &error);
    QVERIFY2(analysis, qPrintable(error));
    QCOMPARE(analysis->cacheHits, 2);
    QCOMPARE(analysis->analysed, int(m_examples.size()) - 2);
    reader.close();
    QCOMPARE(test::fileBytes(file), before);
}

// A run cancelled part way (the workbench's Cancel) must leave no half-analysed article in
// the cache, wherever it stopped; the next run analyses everything and agrees with a fresh one.
void TestProjectCache::cancelledAnalysisCachesNothing_data()
{
    QTest::addColumn<int>("cancelAt"); // the poll of the cancel check that says cancel
    QTest::newRow("first poll") << 1;
    QTest::newRow("inside the first article's claims") << 6;
    QTest::newRow("further on") << 20;
}

void TestProjectCache::cancelledAnalysisCachesNothing()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.fcproj"));
    QString error;
    ProjectStore store;
    QVERIFY(store.create(file, &error));
    QVERIFY(store.addArticles(m_examples, &error));
    int polls = 0;
    AnalysisOptions options;
    options.threads = 1; // the poll count of one analysing thread
    options.cancelled = [&polls, cancelAt] { return ++polls >= cancelAt; };
    QVERIFY(!analyzeProject(store, options, &error));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(polls, cancelAt);
    QVERIFY(store.cachedAnalyses(projectEngineVersion()).isEmpty());

    const auto analysis = analyzeProject(store, {}, &error);
    QVERIFY2(analysis, qPrintable(error));
    QCOMPARE(analysis->cacheHits, 0);
    QCOMPARE(writeJsonReport(analysis->report), freshReport(store.articles(&error), {}));
}

QTEST_GUILESS_MAIN(TestProjectCache)
#include "tst_projectcache.moc"
