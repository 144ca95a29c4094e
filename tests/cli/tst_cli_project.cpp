#include "TestPaths.h"

#include "project/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

// `factcheck analyze --project FILE`: the built binary reads a review project (made here
// through the store, as the workbench makes one) and exports its report with the editor's
// decisions in every format; a project it cannot read is exit 1 with a message naming it.
class TestCliProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFormatCarriesTheDecisions_data();
    void everyFormatCarriesTheDecisions();
    void jsonIsTheReviewContract();
    void correctedDateIsUsed();
    void badProjectIsExit1NamingTheFile_data();
    void badProjectIsExit1NamingTheFile();
    void projectIsNeverWritten();
    void projectWithInputsIsAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args);
    QString findingKey(int i) const { return m_keys.value(i); }

    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_keys; // of the project's findings, from a first run
};

TestCliProject::Run TestCliProject::run(const QStringList &args)
{
    QProcess p;
    p.start(test::binaryPath(QStringLiteral("factcheck")), args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCliProject::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("garut review.fcproj"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(m_project, &error), qPrintable(error));
    QList<NewArticle> articles;
    const QDir examples(test::examplesDir());
    for (const QString &f : examples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(examples.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        articles.append({f, file.fileName(), file.readAll()});
    }
    QVERIFY2(store.addArticles(articles, &error), qPrintable(error));

    // The keys come from the CLI's own report of the project, before any decision.
    const Run first = run({QStringLiteral("analyze"), QStringLiteral("--project"), m_project});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(first.out).object();
    QVERIFY(report.value(u"reviews").toArray().isEmpty());
    const QJsonArray findings = report.value(u"findings").toArray();
    QVERIFY2(findings.size() >= 3, first.out.left(2000).constData());
    for (const auto &f : findings)
        m_keys << f.toObject().value(u"key").toString();
    QVERIFY(!m_keys.first().isEmpty());

    QVERIFY(store.setDecision(m_keys.at(0), ReviewStatus::Confirmed, QStringLiteral("Sesuai rilis BPBD"), &error));
    QVERIFY(store.setDecision(m_keys.at(1), ReviewStatus::Dismissed, QStringLiteral("Beda zona waktu, bukan galat"),
                              &error));
    QVERIFY(store.setDecision(m_keys.at(2), ReviewStatus::NeedsCheck, QStringLiteral("Telepon koresponden"), &error));
}

void TestCliProject::everyFormatCarriesTheDecisions_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("expected"); // in the output (PDF: in its text)
    const QStringList notes{QStringLiteral("Sesuai rilis BPBD"), QStringLiteral("Beda zona waktu, bukan galat"),
                            QStringLiteral("Telepon koresponden")};
    QTest::newRow("json") << QStringLiteral("json") << notes + QStringList{QStringLiteral("\"needs_check\"")};
    QTest::newRow("html") << QStringLiteral("html") << notes + QStringList{QStringLiteral("confirmed")};
    QTest::newRow("md") << QStringLiteral("md") << notes + QStringList{QStringLiteral("needs check")};
    QTest::newRow("csv") << QStringLiteral("csv") << notes + QStringList{QStringLiteral(",dismissed,")};
    QTest::newRow("pdf") << QStringLiteral("pdf") << notes;
}

void TestCliProject::everyFormatCarriesTheDecisions()
{
    QFETCH(QString, format);
    QFETCH(QStringList, expected);
    const QString out = m_dir.filePath(QStringLiteral("report.") + format);
    const Run r = run({QStringLiteral("analyze"), QStringLiteral("--project"), m_project, QStringLiteral("--format"),
                       format, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    if (format == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is not installed: run the suite through packaging/build-env, which provides it");
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray text = p.readAllStandardOutput();
        QFile artifact(test::artifactPath(QStringLiteral("cli-project-report.pdf.txt")));
        if (artifact.open(QIODevice::WriteOnly))
            artifact.write(text);
        // The narrow review column breaks notes over lines, even inside words: compare
        // without whitespace.
        bytes = QByteArray(text).replace(' ', "").replace('\n', "");
        for (QString &e : expected)
            e.remove(u' ');
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QString &e : std::as_const(expected))
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("%1 lacks %2").arg(format, e)));
}

void TestCliProject::jsonIsTheReviewContract()
{
    const Run r = run({QStringLiteral("analyze"), QStringLiteral("--project"), m_project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"schema_version").toInt(), 1);
    QCOMPARE(report.value(u"documents").toArray().size(), 4);
    const QJsonArray reviews = report.value(u"reviews").toArray();
    QCOMPARE(reviews.size(), 3);
    QHash<QString, QString> findingIdByKey;
    for (const auto &f : report.value(u"findings").toArray())
        findingIdByKey.insert(f.toObject().value(u"key").toString(), f.toObject().value(u"id").toString());
    const QHash<QString, QString> statusByKey{{findingKey(0), QStringLiteral("confirmed")},
                                              {findingKey(1), QStringLiteral("dismissed")},
                                              {findingKey(2), QStringLiteral("needs_check")}};
    for (const auto &v : reviews) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key").toString();
        QVERIFY2(statusByKey.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"status").toString(), statusByKey.value(key));
        // Matched to the finding with that key in this report.
        QCOMPARE(o.value(u"finding").toString(), findingIdByKey.value(key));
        QVERIFY(!o.value(u"note").toString().isEmpty());
    }
}

void TestCliProject::correctedDateIsUsed()
{
    const QString copy = m_dir.filePath(QStringLiteral("dated.fcproj"));
    QVERIFY(QFile::copy(m_project, copy));
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(copy, ProjectStore::Mode::ReadWrite, &error), qPrintable(error));
        const auto articles = store.articles(&error);
        QVERIFY(!articles.isEmpty());
        QVERIFY(store.setUserPublished(articles.first().id, QDate(2025, 3, 9), &error));
    }
    const Run r = run({QStringLiteral("analyze"), QStringLiteral("--project"), copy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject d1 = QJsonDocument::fromJson(r.out).object().value(u"documents").toArray().first().toObject();
    const QByteArray doc = QJsonDocument(d1).toJson(QJsonDocument::Compact);
    QVERIFY2(doc.contains("2025-03-09"), doc.left(600).constData());
}

void TestCliProject::badProjectIsExit1NamingTheFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("reason");
    QTest::newRow("not sqlite") << QByteArray("Kabar Pagi, 3 Maret: banjir di Garut\n") << QString();
    QTest::newRow("truncated") << QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\x01') << QString();
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no such file");
}

void TestCliProject::badProjectIsExit1NamingTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(
        QStringLiteral("broken-%1.fcproj").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = run({QStringLiteral("analyze"), QStringLiteral("--project"), path, QStringLiteral("--format"),
                       QStringLiteral("html")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty()); // no half report
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("factcheck: ")) && err.contains(QFileInfo(path).fileName()),
             qPrintable(err));
    if (!reason.isEmpty())
        QVERIFY2(err.contains(reason), qPrintable(err));
    if (!content.isEmpty()) { // never overwritten
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
}

void TestCliProject::projectIsNeverWritten()
{
    QFile before(m_project);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const Run r = run({QStringLiteral("analyze"), QStringLiteral("--project"), m_project, QStringLiteral("--format"),
                       QStringLiteral("md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(m_project));
    QFile after(m_project);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!QFile::exists(m_project + QStringLiteral(".lock")));
}

void TestCliProject::projectWithInputsIsAUsageError()
{
    const QString article = QDir(test::examplesDir()).filePath(QStringLiteral("01-kabar-pagi.txt"));
    const Run r = run({QStringLiteral("analyze"), QStringLiteral("--project"), m_project, article});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--project"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
