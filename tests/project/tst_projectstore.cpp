#include "ProjectTestSupport.h"

#include "project/ProjectLock.h"
#include "project/ProjectSchema.h"
#include "project/ProjectStore.h"

#include "model/ReviewStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// The project store: what goes in comes back after closing, read-only is read-only, Save As
// copies everything, and a second writer is refused with a message naming file and holder.
class TestProjectStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void articlesAndCorrectionsSurviveReopen();
    void decisionsSurviveReopenByKey_data();
    void decisionsSurviveReopenByKey();
    void decisionOverwriteAndRemove();
    void readOnlyRefusesWrites();
    void saveAsCopiesEverythingAndMovesOn();
    void newReplacesAnExistingFileAtomically();
    void secondWriterIsRefusedWithHolder();
    void readerAllowedWhileLocked();
    void cachePrunedForOtherEnginesAndRemovedTexts();
    void schemaAcceptsExactlyTheReviewStatuses();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::articlesAndCorrectionsSurviveReopen()
{
    const QString file = path(QStringLiteral("a.fcproj"));
    QString error;
    QList<qint64> ids;
    {
        ProjectStore store;
        QVERIFY2(store.create(file, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), project::CurrentSchemaVersion);
        const auto added = store.addArticles(test::sampleArticles(), &error);
        QVERIFY2(added, qPrintable(error));
        ids = *added;
        QVERIFY(store.setUserPublished(ids.at(1), QDate(2025, 3, 2), &error));
        QVERIFY(store.setUserTitle(ids.at(0), QStringLiteral("Banjir di Contoh"), &error));
    }
    ProjectStore store;
    QVERIFY2(store.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(store.createdBy(), QStringLiteral(FACTCHECK_VERSION));
    QVERIFY(store.created().isValid());
    const auto articles = store.articles(&error);
    QCOMPARE(articles.size(), 2);
    const auto samples = test::sampleArticles();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(articles.at(i).id, ids.at(i));
        QCOMPARE(articles.at(i).name, samples.at(i).name);
        QCOMPARE(articles.at(i).originalPath, samples.at(i).originalPath);
        QCOMPARE(articles.at(i).bytes, samples.at(i).bytes);
        QCOMPARE(articles.at(i).contentHash.size(), 64);
    }
    QCOMPARE(articles.at(0).userTitle, QStringLiteral("Banjir di Contoh"));
    QVERIFY(!articles.at(0).userPublished.isValid());
    QCOMPARE(articles.at(1).userPublished, QDate(2025, 3, 2));
    // Clearing a correction clears it.
    QVERIFY(store.setUserPublished(ids.at(1), QDate(), &error));
    QVERIFY(store.removeArticle(ids.at(0), &error));
    const auto after = store.articles(&error);
    QCOMPARE(after.size(), 1);
    QVERIFY(!after.at(0).userPublished.isValid());
}

void TestProjectStore::decisionsSurviveReopenByKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("note");
    QTest::newRow("confirmed") << "date_conflict|flood|2025-03-02|2025-03-03" << int(ReviewStatus::Confirmed)
                               << "Checked with the agency.";
    QTest::newRow("dismissed") << "name_variant|rahmat" << int(ReviewStatus::Dismissed) << "";
    QTest::newRow("needs check, unicode note")
        << "quantity_conflict|rumah" << int(ReviewStatus::NeedsCheck) << "Tanya redaktur — ±1.200 rumah?";
    QTest::newRow("note before deciding") << "weekday_mismatch|d3" << int(ReviewStatus::Unreviewed) << "ask";
}

void TestProjectStore::decisionsSurviveReopenByKey()
{
    QFETCH(QString, key);
    QFETCH(int, status);
    QFETCH(QString, note);
    const QString file = path(QStringLiteral("d.fcproj"));
    QString error;
    {
        ProjectStore store;
        QVERIFY2(store.create(file, &error), qPrintable(error));
        QVERIFY2(store.setDecision(key, ReviewStatus(status), note, &error), qPrintable(error));
    }
    ProjectStore store;
    QVERIFY2(store.open(file, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    const ReviewMap decisions = store.decisions(&error);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(int(decisions.value(key).status), status);
    QCOMPARE(decisions.value(key).note, note);
    QVERIFY(decisions.value(key).updatedAt.isValid());
}

void TestProjectStore::decisionOverwriteAndRemove()
{
    QString error;
    ProjectStore store;
    QVERIFY(store.create(path(QStringLiteral("o.fcproj")), &error));
    QVERIFY(store.setDecision(QStringLiteral("k"), ReviewStatus::NeedsCheck, QStringLiteral("first"), &error));
    QVERIFY(store.setDecision(QStringLiteral("k"), ReviewStatus::Confirmed, QStringLiteral("second"), &error));
    QCOMPARE(store.decisions(&error).size(), 1);
    QCOMPARE(store.decisions(&error).value(QStringLiteral("k")).status, ReviewStatus::Confirmed);
    QCOMPARE(store.decisions(&error).value(QStringLiteral("k")).note, QStringLiteral("second"));
    QVERIFY(store.removeDecision(QStringLiteral("k"), &error));
    QVERIFY(store.decisions(&error).isEmpty());
}

void TestProjectStore::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("r.fcproj"));
    QString error;
    {
        ProjectStore store;
        QVERIFY(store.create(file, &error));
        QVERIFY(store.addArticle(test::sampleArticles().at(0), &error));
    }
    const QByteArray before = test::fileBytes(file);
    ProjectStore store;
    QVERIFY2(store.open(file, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    QVERIFY(!store.setDecision(QStringLiteral("k"), ReviewStatus::Confirmed, {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)) && error.contains(u"read-only"), qPrintable(error));
    QVERIFY(!store.addArticle(test::sampleArticles().at(1), &error));
    QVERIFY(!store.storeAnalyses(QStringLiteral("e"), {{QStringLiteral("h"), {}, "x"}}, &error));
    store.close();
    QCOMPARE(test::fileBytes(file), before);
    QVERIFY(!QFile::exists(project::ProjectLock::lockPathFor(file)));
}

void TestProjectStore::saveAsCopiesEverythingAndMovesOn()
{
    const QString first = path(QStringLiteral("first.fcproj"));
    const QString second = path(QStringLiteral("second.fcproj"));
    QString error;
    ProjectStore store;
    QVERIFY(store.create(first, &error));
    QVERIFY(store.addArticles(test::sampleArticles(), &error));
    QVERIFY(store.setDecision(QStringLiteral("k1"), ReviewStatus::Confirmed, QStringLiteral("n1"), &error));
    QVERIFY(
        store.storeAnalyses(QStringLiteral("engine"), {{QStringLiteral("h"), QStringLiteral("o"), "blob"}}, &error));
    QVERIFY2(store.saveAs(second, &error), qPrintable(error));
    QCOMPARE(store.path(), QFileInfo(second).absoluteFilePath());
    // The old file is free again and stays as it was when saved away from.
    QVERIFY(!QFile::exists(project::ProjectLock::lockPathFor(first)));
    QVERIFY(QFile::exists(project::ProjectLock::lockPathFor(second)));
    QVERIFY(store.setDecision(QStringLiteral("k2"), ReviewStatus::Dismissed, {}, &error));

    QCOMPARE(store.articles(&error).size(), 2);
    QCOMPARE(store.decisions(&error).size(), 2);
    QCOMPARE(store.cachedAnalysis(QStringLiteral("h"), QStringLiteral("engine"), QStringLiteral("o")),
             QByteArray("blob"));
    ProjectStore old;
    QVERIFY2(old.open(first, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(old.decisions(&error).keys(), QStringList{QStringLiteral("k1")});
    QCOMPARE(old.articles(&error).size(), 2);
}

void TestProjectStore::newReplacesAnExistingFileAtomically()
{
    const QString file = path(QStringLiteral("n.fcproj"));
    QVERIFY(test::writeBytes(file, "old contents the user agreed to replace"));
    QString error;
    ProjectStore store;
    QVERIFY2(store.create(file, &error), qPrintable(error));
    QVERIFY(store.articles(&error).isEmpty());
    QVERIFY(store.decisions(&error).isEmpty());
    const QStringList leftovers = QDir(m_dir->path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void TestProjectStore::secondWriterIsRefusedWithHolder()
{
    const QString file = path(QStringLiteral("l.fcproj"));
    QString error;
    ProjectStore first;
    QVERIFY(first.create(file, &error));
    QVERIFY(first.setDecision(QStringLiteral("k"), ReviewStatus::Confirmed, {}, &error));
    const QByteArray before = test::fileBytes(file);

    ProjectStore second;
    QVERIFY(!second.open(file, ProjectStore::Mode::ReadWrite, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("PID %1").arg(QCoreApplication::applicationPid())), qPrintable(error));
    QVERIFY2(error.contains(u"host"), qPrintable(error));
    QVERIFY(!second.isOpen());
    // Neither Save As onto it nor New over it gets past the lock.
    ProjectStore third;
    QVERIFY(third.create(path(QStringLiteral("other.fcproj")), &error));
    QVERIFY(!third.saveAs(file, &error));
    QVERIFY2(error.contains(u"PID"), qPrintable(error));
    ProjectStore fourth;
    QVERIFY(!fourth.create(file, &error));
    QCOMPARE(test::fileBytes(file), before);
    // Closing the first frees the project.
    first.close();
    QVERIFY2(second.open(file, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
}

void TestProjectStore::readerAllowedWhileLocked()
{
    const QString file = path(QStringLiteral("rl.fcproj"));
    QString error;
    ProjectStore writer;
    QVERIFY(writer.create(file, &error));
    QVERIFY(writer.setDecision(QStringLiteral("k"), ReviewStatus::Dismissed, QStringLiteral("n"), &error));
    ProjectStore reader;
    QVERIFY2(reader.open(file, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(reader.decisions(&error).value(QStringLiteral("k")).note, QStringLiteral("n"));
    // The reader sees later commits of the writer.
    QVERIFY(writer.setDecision(QStringLiteral("k2"), ReviewStatus::Confirmed, {}, &error));
    QCOMPARE(reader.decisions(&error).size(), 2);
}

void TestProjectStore::cachePrunedForOtherEnginesAndRemovedTexts()
{
    QString error;
    ProjectStore store;
    QVERIFY(store.create(path(QStringLiteral("c.fcproj")), &error));
    const auto ids = store.addArticles(test::sampleArticles(), &error);
    QVERIFY(ids);
    const auto articles = store.articles(&error);
    const QString kept = articles.at(0).contentHash;
    const QString removed = articles.at(1).contentHash;
    QVERIFY(store.storeAnalyses(QStringLiteral("new"), {{kept, {}, "a"}, {removed, {}, "b"}}, &error));
    QVERIFY(store.storeAnalyses(QStringLiteral("old"), {{kept, {}, "c"}}, &error));
    QVERIFY(store.removeArticle(ids->at(1), &error));
    QVERIFY(store.pruneCache(QStringLiteral("new"), &error));
    QCOMPARE(store.cachedAnalysis(kept, QStringLiteral("new"), {}), QByteArray("a"));
    QVERIFY(store.cachedAnalysis(removed, QStringLiteral("new"), {}).isEmpty());
    QVERIFY(store.cachedAnalysis(kept, QStringLiteral("old"), {}).isEmpty());
}

// The decisions table's CHECK constraint is part of the frozen version-1 layout, so it spells
// the status codes out; it must list exactly the codes core/model/ReviewStatus defines.
void TestProjectStore::schemaAcceptsExactlyTheReviewStatuses()
{
    const QString schema = project::createStatements(project::CurrentSchemaVersion).join(u'\n');
    const QRegularExpression check(QStringLiteral(R"(status TEXT NOT NULL CHECK \(status IN \(([^)]*)\)\))"));
    const QRegularExpressionMatch m = check.match(schema);
    QVERIFY2(m.hasMatch(), "the decisions table has no status CHECK constraint");
    QStringList listed;
    for (const QString &quoted : m.captured(1).split(u','))
        listed << quoted.trimmed().remove(u'\'');
    QStringList defined;
    for (const ReviewStatus status : allReviewStatuses())
        defined << reviewStatusCode(status);
    listed.sort();
    defined.sort();
    QCOMPARE(listed, defined);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
