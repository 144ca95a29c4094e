#include "ProjectTestSupport.h"
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "project/ArticleCodec.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectLock.h"
#include "project/ProjectStore.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace fc;

// A project file is input like any other: a damaged or crafted analysis cache is validated
// when it is read, and an entry that does not fit its article is discarded with a message
// naming the article and analysed again, so the report is the fresh one (never a crash).
namespace {

using Spoil = std::function<void(Article &)>;

// Rewrites every cached analysis of the project behind the store's back.
bool spoilCache(const QString &file, const Spoil &spoil)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spoil"));
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery read(db);
        ok = ok && read.exec(QStringLiteral("SELECT rowid, result FROM analysis_cache"));
        QList<std::pair<qint64, QByteArray>> rows;
        while (ok && read.next()) {
            Article a;
            ok = project::decodeArticle(read.value(1).toByteArray(), &a);
            spoil(a);
            rows.append({read.value(0).toLongLong(), project::encodeArticle(a)});
        }
        read.finish();
        for (const auto &[rowid, blob] : rows) {
            QSqlQuery write(db);
            write.prepare(QStringLiteral("UPDATE analysis_cache SET result = ? WHERE rowid = ?"));
            write.addBindValue(blob);
            write.addBindValue(rowid);
            ok = ok && write.exec();
        }
        ok = ok && !rows.isEmpty();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spoil"));
    return ok;
}

QByteArray freshReport(const QList<StoredArticle> &stored)
{
    const ArticleLoader loader;
    QList<Article> articles;
    for (const auto &s : stored) {
        auto loaded = loader.loadBytes(s.bytes, s.name, QFileInfo(s.name).suffix());
        if (loaded.ok())
            articles.append(*loaded.article);
    }
    return writeJsonReport(Analyzer().analyze(articles));
}

} // namespace

Q_DECLARE_METATYPE(Spoil)

class TestProjectCrafted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void craftedCacheIsDiscarded_data()
    {
        QTest::addColumn<Spoil>("spoil");
        QTest::newRow("mention past the text's end")
            << Spoil([](Article &a) { a.mentions.last().span = {a.text.size() - 1, a.text.size() + 1000}; });
        QTest::newRow("mention starting before the text")
            << Spoil([](Article &a) { a.mentions.first().span.start = -5; });
        QTest::newRow("unknown mention type") << Spoil([](Article &a) { a.mentions.first().type = MentionType(99); });
        QTest::newRow("mentions out of order")
            << Spoil([](Article &a) { std::reverse(a.mentions.begin(), a.mentions.end()); });
        QTest::newRow("sentence of a paragraph that is not there")
            << Spoil([](Article &a) { a.sentences.first().paragraph = 1000; });
        // An analysed article keeps no tokens (the Analyzer drops them): a crafted blob may still carry one.
        QTest::newRow("token of an unknown kind")
            << Spoil([](Article &a) { a.tokens = {Token{{0, 1}, TokenKind(-3)}}; });
        QTest::newRow("measured claim of a time the article does not have") << Spoil([](Article &a) {
            MeasuredClaim c;
            c.time = int(a.times.size()) + 1000;
            a.measured.append(c);
        });
        QTest::newRow("offset map shorter than the text")
            << Spoil([](Article &a) { a.offsets = OffsetMap::fromList({0, 1}); });
        QTest::newRow("offset past the original text") << Spoil([](Article &a) {
            QList<qsizetype> list = a.offsets.toList();
            list.last() = a.originalText.size() + 100;
            a.offsets = OffsetMap::fromList(list);
        });
        QTest::newRow("claim's time not in the list")
            << Spoil([](Article &a) { a.claims.first().time = int(a.times.size()) + 7; });
        QTest::newRow("claim's agent not in the list")
            << Spoil([](Article &a) { a.claims.first().agentMentions = {int(a.mentions.size())}; });
        QTest::newRow("claim's source mention negative")
            << Spoil([](Article &a) { a.claims.first().sourceMention = -2; });
        QTest::newRow("unknown approximation")
            << Spoil([](Article &a) { a.quantities.first().approximation = Approximation(42); });
        QTest::newRow("unknown granularity")
            << Spoil([](Article &a) { a.times.first().value.granularity = Granularity(9); });
        QTest::newRow("unknown metadata source") << Spoil([](Article &a) { a.meta.publishedSource = MetaSource(77); });
        QTest::newRow("low-confidence word past the text's end")
            << Spoil([](Article &a) { a.lowConfidence = {LowConfidenceWord{Span{0, a.text.size() + 5}, 40}}; });
        QTest::newRow("low-confidence words overlapping") << Spoil([](Article &a) {
            a.lowConfidence = {LowConfidenceWord{Span{0, 4}, 40}, LowConfidenceWord{Span{2, 6}, 30}};
        });
        QTest::newRow("confidence above 100")
            << Spoil([](Article &a) { a.lowConfidence = {LowConfidenceWord{Span{0, 4}, 400}}; });
        QTest::newRow("word box before the text")
            << Spoil([](Article &a) { a.wordBoxes = {WordBox{Span{-3, 2}, QRect(0, 0, 10, 10)}}; });
        QTest::newRow("word box on a page before the first")
            << Spoil([](Article &a) { a.wordBoxes = {WordBox{Span{0, 2}, QRect(0, 0, 10, 10), -1}}; });
    }

    void craftedCacheIsDiscarded()
    {
        QFETCH(Spoil, spoil);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.fcproj"));
        QString error;
        ProjectStore store;
        QVERIFY(store.create(file, &error));
        const QList<NewArticle> articles = examples();
        QVERIFY(store.addArticles(articles, &error));
        QVERIFY(analyzeProject(store, {}, &error));
        QVERIFY(spoilCache(file, spoil));

        const auto again = analyzeProject(store, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->cacheHits, 0);
        QCOMPARE(again->diagnostics.size(), articles.size());
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Diagnostic &d = again->diagnostics.at(i);
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QCOMPARE(d.input, articles.at(i).name);
            QVERIFY2(d.message.contains(QStringLiteral("discarded")), qPrintable(d.message));
        }
        QCOMPARE(writeJsonReport(again->report), freshReport(store.articles(&error)));
    }

    // The stored bytes changed behind the stored hash (a crafted or damaged file): the cached
    // analysis belongs to other bytes and is not used.
    void bytesNotMatchingTheirHashAreAnalysedAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.fcproj"));
        QString error;
        ProjectStore store;
        QVERIFY(store.create(file, &error));
        QVERIFY(store.addArticles(examples(), &error));
        QVERIFY(analyzeProject(store, {}, &error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("swap"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The first article's bytes become the second's, its hash stays.
            QVERIFY(q.exec(QStringLiteral("UPDATE articles SET bytes = (SELECT bytes FROM articles ORDER BY id "
                                          "LIMIT 1 OFFSET 1) WHERE id = (SELECT min(id) FROM articles)")));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("swap"));
        const auto again = analyzeProject(store, {}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->cacheHits, int(examples().size()) - 1);
        QCOMPARE(again->diagnostics.size(), 1);
        QVERIFY2(again->diagnostics.first().message.contains(QStringLiteral("hash")),
                 qPrintable(again->diagnostics.first().message));
        QCOMPARE(writeJsonReport(again->report), freshReport(store.articles(&error)));
    }

    // Another program's database with an interrupted commit (a hot journal beside it): opened
    // for writing it is refused before SQLite rolls the journal back, so both files stay as
    // they were (the README promises refused files are untouched).
    void foreignFileWithHotJournalIsUntouched()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("notes.db"));
        const QString file = dir.filePath(QStringLiteral("notes.fcproj"));
        const QString journal = file + QStringLiteral("-journal");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 2000; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('%1')").arg(QString(200, u'a'))));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            // A commit in progress whose pages already reached the file: a small cache spills.
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 2")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("UPDATE notes SET body = upper(body)")));
            QVERIFY(QFile::copy(source, file));
            QVERIFY(QFile::copy(source + QStringLiteral("-journal"), journal));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray fileBefore = test::fileBytes(file);
        const QByteArray journalBefore = test::fileBytes(journal);
        QVERIFY(journalBefore.size() > 512);

        ProjectStore store;
        QString error;
        QVERIFY(!store.open(file, ProjectStore::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("not a factcheck project")), qPrintable(error));
        QCOMPARE(test::fileBytes(file), fileBefore);
        QCOMPARE(test::fileBytes(journal), journalBefore);
    }

    // A project file without write permission opens read-only, and says so, rather than
    // opening writable and failing at the first decision (tests run as root, who could
    // write it anyway: the permission bits are what the user set).
    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.fcproj"));
        QString error;
        {
            ProjectStore store;
            QVERIFY(store.create(file, &error));
            QVERIFY(store.addArticles(examples(), &error));
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = test::fileBytes(file);
        ProjectStore store;
        QVERIFY2(store.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(store.isReadOnly());
        QVERIFY2(store.readOnlyReason().contains(QStringLiteral("read-only")), qPrintable(store.readOnlyReason()));
        QVERIFY(!QFile::exists(project::ProjectLock::lockPathFor(file)));
        store.close();
        QCOMPARE(test::fileBytes(file), before);
    }

    // Found by fuzz_article_codec (an out-of-memory under libFuzzer's malloc limit): a list
    // count of four billion made Qt reserve 16 GB before the read failed. The count is now
    // bounded by the bytes left and the blob refused at once. (Where the system refuses the
    // reservation, Qt failed gracefully too, so this guards the bound, not a crash; the
    // fuzzer's corpus keeps the input, tests/fuzz/corpus/article_codec/oom-list-count.)
    void hugeListCountIsRefused()
    {
        Article a;
        a.text = a.originalText = QStringLiteral("Banjir.");
        Claim c;
        c.agentMentions = {0x4d41524b}; // "MARK", to find in the blob
        a.claims.append(c);
        QByteArray blob = project::encodeArticle(a);
        const qsizetype at = blob.indexOf(QByteArray("\x00\x00\x00\x01MARK", 8));
        QVERIFY(at > 0);
        const uchar huge[4] = {0xef, 0x00, 0x00, 0x07}; // about four billion ints: 16 GB reserved
        blob.replace(at, 4, reinterpret_cast<const char *>(huge), 4);
        Article decoded;
        const bool ok = project::decodeArticle(blob, &decoded);
        QVERIFY(!ok);
    }

private:
    static QList<NewArticle> examples()
    {
        // Two example stories with mentions, times, quantities and claims in each.
        const QDir dir(test::examplesDir());
        QList<NewArticle> out;
        for (const auto &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).mid(0, 2))
            out.append({name, dir.filePath(name), test::fileBytes(dir.filePath(name))});
        return out;
    }
};

QTEST_GUILESS_MAIN(TestProjectCrafted)
#include "tst_projectcrafted.moc"
