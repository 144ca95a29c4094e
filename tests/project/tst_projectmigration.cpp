#include "ProjectTestSupport.h"
#include "TestPaths.h"

#include "project/ProjectSchema.h"
#include "project/ProjectStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// Every earlier schema version opens: a file of each version is built from that version's
// own DDL with rows in that version's columns, then opened read-write (migrated in place,
// nothing lost) and read-only (migrated in a private copy, the file untouched).
class TestProjectMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oldVersionOpens_data();
    void oldVersionOpens();
    void freshFileMatchesMigratedLayout();
    void releasedFileGainsHistory();

private:
    static bool buildOldFile(const QString &path, int version, QString *error);
    static QStringList layout(const QString &path);
};

// The rows an editor had in a file of `version`, written with that version's columns only.
bool TestProjectMigration::buildOldFile(const QString &path, int version, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        QStringList statements = project::createStatements(version);
        statements << QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(version)
                   << QStringLiteral("INSERT INTO meta VALUES ('app_version', '0.0.%1')").arg(version)
                   << QStringLiteral("INSERT INTO meta VALUES ('created', '2026-01-02T03:04:05.000Z')")
                   << QStringLiteral("INSERT INTO articles (id, name, original_path, bytes, content_hash, published, "
                                     "published_source, position, added_at) VALUES (7, 'alpha.txt', '/in/alpha.txt', "
                                     "X'4B6162617220', 'abc', '2025-03-02', 'user', 1, '2026-01-02T03:04:05.000Z')");
        if (version == 1)
            statements << QStringLiteral("INSERT INTO decisions (finding_key, status, note) "
                                         "VALUES ('k1', 'confirmed', 'checked'), ('k2', 'dismissed', '')");
        else
            statements << QStringLiteral("INSERT INTO decisions (finding_key, status, note, updated_at) VALUES "
                                         "('k1', 'confirmed', 'checked', '2026-01-02T03:04:05.000Z'), "
                                         "('k2', 'dismissed', '', '2026-01-02T03:04:05.000Z')");
        for (const auto &s : std::as_const(statements)) {
            if (ok && !q.exec(s)) {
                *error = q.lastError().text() + QStringLiteral(" in ") + s;
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

QStringList TestProjectMigration::layout(const QString &path)
{
    QStringList columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("layout"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master m, "
                              "pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.name"));
        while (q.next())
            columns << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString()}
                           .join(u' ');
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("layout"));
    return columns;
}

void TestProjectMigration::oldVersionOpens_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < project::CurrentSchemaVersion; ++v)
        QTest::addRow("schema %d", v) << v;
}

void TestProjectMigration::oldVersionOpens()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.fcproj"));
    QString error;
    QVERIFY2(buildOldFile(file, version, &error), qPrintable(error));
    const QByteArray before = test::fileBytes(file);

    const auto check = [&](ProjectStore &store) {
        QCOMPARE(store.schemaVersion(), version);
        QCOMPARE(store.createdBy(), QStringLiteral("0.0.%1").arg(version));
        const auto articles = store.articles(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.at(0).id, 7);
        QCOMPARE(articles.at(0).bytes, QByteArray("Kabar "));
        QCOMPARE(articles.at(0).userPublished, QDate(2025, 3, 2));
        const ReviewMap decisions = store.decisions(&error);
        QCOMPARE(decisions.keys(), (QStringList{QStringLiteral("k1"), QStringLiteral("k2")}));
        QCOMPARE(decisions.value(QStringLiteral("k1")).status, ReviewStatus::Confirmed);
        QCOMPARE(decisions.value(QStringLiteral("k1")).note, QStringLiteral("checked"));
        QCOMPARE(decisions.value(QStringLiteral("k2")).status, ReviewStatus::Dismissed);
        // Schema 3: each decision's history starts with the decision as found, by nobody named.
        const QList<ReviewChange> history = decisions.value(QStringLiteral("k1")).history;
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).reviewer, QString());
        QCOMPARE(history.at(0).oldStatus, ReviewStatus::Unreviewed);
        QCOMPARE(history.at(0).newStatus, ReviewStatus::Confirmed);
        QCOMPARE(history.at(0).newNote, QStringLiteral("checked"));
        QCOMPARE(history.at(0).at, decisions.value(QStringLiteral("k1")).updatedAt);
    };

    {
        ProjectStore reader;
        QVERIFY2(reader.open(file, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
        check(reader);
    }
    QCOMPARE(test::fileBytes(file), before); // a reader never migrates the file itself

    {
        ProjectStore writer;
        QVERIFY2(writer.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        check(writer);
        // What the newer schema added works on the migrated file.
        QVERIFY2(writer.setUserTitle(7, QStringLiteral("judul"), &error), qPrintable(error));
        QVERIFY2(writer.setDecision(QStringLiteral("k3"), ReviewStatus::NeedsCheck, QStringLiteral("n"), &error),
                 qPrintable(error));
    }
    ProjectStore again;
    QVERIFY2(again.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), project::CurrentSchemaVersion);
    QCOMPARE(again.articles(&error).at(0).userTitle, QStringLiteral("judul"));
    QCOMPARE(again.decisions(&error).size(), 3);
    QVERIFY(again.decisions(&error).value(QStringLiteral("k3")).updatedAt.isValid());
}

// A migrated file and a new one have the same tables and columns, so code written against
// the current schema cannot meet a layout only old files have.
void TestProjectMigration::freshFileMatchesMigratedLayout()
{
    QTemporaryDir dir;
    QString error;
    const QString fresh = dir.filePath(QStringLiteral("fresh.fcproj"));
    {
        ProjectStore store;
        QVERIFY2(store.create(fresh, &error), qPrintable(error));
    }
    for (int v = 1; v < project::CurrentSchemaVersion; ++v) {
        const QString old = dir.filePath(QStringLiteral("v%1.fcproj").arg(v));
        QVERIFY2(buildOldFile(old, v, &error), qPrintable(error));
        {
            ProjectStore store;
            QVERIFY2(store.open(old, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        }
        QCOMPARE(layout(old), layout(fresh));
    }
    QVERIFY(layout(fresh).size() > 10);
}

// A project written by the released code (schema 2: ProjectStore::create, addArticles,
// setUserPublished and four setDecision calls, one overwriting another, kept in
// tests/project/data) opens in this version: migrated in place, decisions and articles kept,
// each decision's history begun, and new decisions recorded with their reviewer.
void TestProjectMigration::releasedFileGainsHistory()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("released.fcproj"));
    QVERIFY(QFile::copy(fc::test::sourcePath(QStringLiteral("tests/project/data/schema2-release.fcproj")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    {
        ProjectStore store;
        QVERIFY2(store.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 2);
        const auto articles = store.articles(&error);
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.at(0).name, QStringLiteral("alpha.txt"));
        QCOMPARE(articles.at(0).userPublished, QDate(2025, 3, 3));
        const ReviewMap decisions = store.decisions(&error);
        QCOMPARE(decisions.keys(),
                 (QStringList{QStringLiteral("k-confirmed"), QStringLiteral("k-dismissed"), QStringLiteral("k-note")}));
        const ReviewDecision confirmed = decisions.value(QStringLiteral("k-confirmed"));
        QCOMPARE(confirmed.status, ReviewStatus::Confirmed);
        QCOMPARE(confirmed.note, QStringLiteral("cek ke BPBD"));
        QCOMPARE(confirmed.reviewer, QString());
        QCOMPARE(confirmed.history.size(), 1); // the overwritten step was never recorded
        QCOMPARE(confirmed.history.at(0).at, confirmed.updatedAt);
        QVERIFY(confirmed.updatedAt.isValid());
        QCOMPARE(decisions.value(QStringLiteral("k-note")).status, ReviewStatus::Unreviewed);
        QCOMPARE(decisions.value(QStringLiteral("k-note")).history.at(0).newNote, QStringLiteral("tanya redaktur"));

        store.setReviewer(QStringLiteral("Ani"));
        QVERIFY2(store.setDecision(QStringLiteral("k-confirmed"), ReviewStatus::Dismissed, QStringLiteral("salah baca"),
                                   &error),
                 qPrintable(error));
    }
    ProjectStore again;
    QVERIFY2(again.open(file, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), project::CurrentSchemaVersion);
    const QList<ReviewChange> history = again.history(QStringLiteral("k-confirmed"), &error);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).reviewer, QStringLiteral("Ani"));
    QCOMPARE(history.at(1).oldStatus, ReviewStatus::Confirmed);
    QCOMPARE(history.at(1).oldNote, QStringLiteral("cek ke BPBD"));
    QCOMPARE(history.at(1).newStatus, ReviewStatus::Dismissed);
    QCOMPARE(again.decisions(&error).value(QStringLiteral("k-confirmed")).reviewer, QStringLiteral("Ani"));
}

QTEST_GUILESS_MAIN(TestProjectMigration)
#include "tst_projectmigration.moc"
