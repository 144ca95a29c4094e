// Open Example finds the example story: where FACTCHECK_EXAMPLES points, else installed beside
// the program, else (a development build run from its build tree) in the source tree.
#include "TestPaths.h"

#include "models/ExampleFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fc::ui;

class TestExampleFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void developmentBuildFindsTheSourceExamples();
    void environmentComesFirst();
    void folderWithoutArticlesIsPassedOver();

private:
    static QStringList names(const QStringList &paths);
};

QStringList TestExampleFiles::names(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    return out;
}

void TestExampleFiles::developmentBuildFindsTheSourceExamples()
{
    qunsetenv("FACTCHECK_EXAMPLES");
    // Nothing is installed beside a test program: the examples come from the source tree.
    const QString folder = exampleFolder();
    QVERIFY2(!folder.isEmpty(), "no examples found from the build tree");
    QCOMPARE(QFileInfo(folder).canonicalFilePath(), QFileInfo(fc::test::examplesDir()).canonicalFilePath());
    const QStringList expected =
        QDir(fc::test::examplesDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(names(exampleArticles()), expected);
}

void TestExampleFiles::environmentComesFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile article(dir.filePath(QStringLiteral("only.txt")));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("Sebuah artikel contoh.\n");
    article.close();
    qputenv("FACTCHECK_EXAMPLES", QFile::encodeName(dir.path()));
    QCOMPARE(names(exampleArticles()), QStringList{QStringLiteral("only.txt")});
    qunsetenv("FACTCHECK_EXAMPLES");
}

void TestExampleFiles::folderWithoutArticlesIsPassedOver()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("FACTCHECK_EXAMPLES", QFile::encodeName(empty.path()));
    QCOMPARE(QFileInfo(exampleFolder()).canonicalFilePath(), QFileInfo(fc::test::examplesDir()).canonicalFilePath());
    qunsetenv("FACTCHECK_EXAMPLES");
}

QTEST_MAIN(TestExampleFiles)
#include "tst_examplefiles.moc"
