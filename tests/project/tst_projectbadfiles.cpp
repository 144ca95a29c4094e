#include "ProjectTestSupport.h"

#include "project/ProjectLock.h"
#include "project/ProjectSchema.h"
#include "project/ProjectStore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// A file that is not a project this build can read (not SQLite, another program's database,
// damaged, truncated, newer) is refused with a message naming the file and the reason, for
// writing and for reading, and not one byte of it changes.
class TestProjectBadFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedAndUntouched_data();
    void refusedAndUntouched();
    void missingFileIsNotCreated();

private:
    QTemporaryDir m_dir;
    QByteArray m_project; // a valid project with several pages of content
};

namespace {

QByteArray sqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const auto &s : statements)
            q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    return test::fileBytes(path);
}

QByteArray projectWithMeta(const QString &path, const QString &format, const QString &version)
{
    QStringList statements = project::createStatements(project::CurrentSchemaVersion);
    statements << QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'format'").arg(format);
    if (!version.isEmpty())
        statements << QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(version)
                   << QStringLiteral("INSERT INTO meta VALUES ('app_version', '9.9.9')");
    return sqliteFile(path, statements);
}

} // namespace

void TestProjectBadFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("good.fcproj"));
    QString error;
    {
        ProjectStore store;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        QList<NewArticle> articles;
        for (int i = 0; i < 8; ++i) {
            QByteArray bytes;
            for (int j = 0; j < 400; ++j)
                bytes += "Baris " + QByteArray::number(i * 1000 + j) + " dari artikel uji.\n";
            articles.append({QStringLiteral("a%1.txt").arg(i), {}, bytes});
        }
        QVERIFY(store.addArticles(articles, &error));
        for (int i = 0; i < 50; ++i)
            QVERIFY(store.setDecision(QStringLiteral("key-%1").arg(i), ReviewStatus::Confirmed, QStringLiteral("n"),
                                      &error));
    }
    m_project = test::fileBytes(path);
    QVERIFY(m_project.size() > 16 * 4096);
}

void TestProjectBadFiles::refusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (auto &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << "not an SQLite database";
    QTest::newRow("text file") << QByteArray("Ini bukan proyek.\n") << "not an SQLite database";
    QTest::newRow("empty file") << QByteArray() << "empty file";
    QTest::newRow("header only") << m_project.left(60) << "shorter than a database header";
    QTest::newRow("truncated mid-page") << m_project.left(m_project.size() / 2 + 123) << "truncated";
    QTest::newRow("truncated at a page boundary") << m_project.left(4 * 4096) << "truncated";

    QByteArray damaged = m_project;
    for (qsizetype i = 4096; i < 3 * 4096; ++i) // the pages right after the schema page
        damaged[i] = char(0xA5);
    QTest::newRow("damaged pages") << damaged << "damaged";
    QByteArray damagedTail = m_project;
    for (qsizetype i = damagedTail.size() - 8 * 4096; i < damagedTail.size(); i += 7)
        damagedTail[i] = char(i * 31);
    QTest::newRow("damaged content pages") << damagedTail << "damaged";

    const QString scratch = m_dir.filePath(QStringLiteral("scratch-%1.db"));
    QTest::newRow("another program's database")
        << sqliteFile(scratch.arg(1),
                      {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                       QStringLiteral("INSERT INTO notes (body) VALUES ('x')")})
        << "not a factcheck project";
    QTest::newRow("empty SQLite database")
        << sqliteFile(scratch.arg(2), {QStringLiteral("PRAGMA user_version = 3")}) << "not a factcheck project";
    QTest::newRow("foreign meta table") << sqliteFile(
        scratch.arg(3),
        {QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)"),
         QStringLiteral("INSERT INTO meta VALUES ('format', 'other-app')")})
                                        << "another program";
    QTest::newRow("a WAL-mode database of another program") << sqliteFile(
        scratch.arg(4), {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE t (x)")})
                                                            << "not a factcheck project";
    QTest::newRow("newer schema version") << projectWithMeta(scratch.arg(5), QLatin1String(project::FormatName),
                                                             QString::number(project::CurrentSchemaVersion + 1))
                                          << "newer factcheck (9.9.9";
    QTest::newRow("no schema version") << projectWithMeta(scratch.arg(6), QLatin1String(project::FormatName), {})
                                       << "no valid schema version";
}

void TestProjectBadFiles::refusedAndUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString file = m_dir.filePath(QStringLiteral("bad.fcproj"));
    QVERIFY(test::writeBytes(file, bytes));
    for (const auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(file, mode, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(file) + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(test::fileBytes(file), bytes);
        QVERIFY(!QFile::exists(project::ProjectLock::lockPathFor(file)));
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
    }
    // Nothing else was left beside it either (a -wal or -shm of our making, a temp file).
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("bad.fcproj*")}, QDir::Files);
    QCOMPARE(left, QStringList{QStringLiteral("bad.fcproj")});
    QFile::remove(file);
}

void TestProjectBadFiles::missingFileIsNotCreated()
{
    const QString file = m_dir.filePath(QStringLiteral("missing.fcproj"));
    for (const auto mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(file, mode, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)) && error.contains(u"no such file"), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(m_dir.path(), ProjectStore::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(u"is not a file"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProjectBadFiles)
#include "tst_projectbadfiles.moc"
