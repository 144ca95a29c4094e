// The time rules' prefilter (a rule runs on a text only if the text holds a literal or digit
// every match of the rule contains) must never change what is found: every text the project
// has, read with every registered language's rules, gives the same times with and without it.
#include "ExampleTables.h"
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "time/TimeRecogniser.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

class TestTimePrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setTimeRulePrefilter(true); }
    void sameTimes_data();
    void sameTimes();
    void samePublicSentences();
    void inferredAnchorGivesTheSameTimes();
};

namespace {

QStringList written(const QList<TimeExpression> &times)
{
    QStringList out;
    for (const TimeExpression &t : times)
        out.append(u"%1-%2 %3 %4 %5"_s.arg(t.span.start).arg(t.span.end).arg(t.text, t.isoValue(), t.rule));
    return out;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void TestTimePrefilter::sameTimes_data()
{
    QTest::addColumn<QString>("text");
    // Whole articles: the bundled examples and the pipeline tests' stories.
    const QStringList folders{test::examplesDir(), test::sourcePath(u"tests/core/data"_s)};
    int articles = 0;
    for (const QString &folder : folders) {
        QDirIterator it(folder, {u"*.txt"_s, u"*.md"_s, u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString &path : paths) {
            QTest::newRow(qPrintable(QDir(test::sourceDir()).relativeFilePath(path))) << readText(path);
            ++articles;
        }
    }
    QVERIFY2(articles >= 10, "the example articles were not found");
    // The real articles beside the project, when they are there (never copied into it).
    if (test::haveSeeds()) {
        QDirIterator it(test::seedsDir(), QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString &path : paths)
            QTest::newRow(qPrintable(u"seeds/"_s + QDir(test::seedsDir()).relativeFilePath(path))) << readText(path);
    }
    // Every sentence of every language's date table, one row each.
    QString error;
    const QList<test::ExampleRow> rows = test::exampleRows(u"dates.tsv"_s, 6, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const test::ExampleRow &row : rows)
        QTest::newRow(qPrintable(u"dates "_s + row.name())) << row.cells.at(0);
}

void TestTimePrefilter::sameTimes()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    for (const LanguageRules *language : allLanguages()) {
        for (const QDate anchor : {QDate(), QDate(2025, 3, 4)}) {
            setTimeRulePrefilter(false);
            const QStringList everyRule = written(findTimes(text, language->code, anchor));
            setTimeRulePrefilter(true);
            const QStringList filtered = written(findTimes(text, language->code, anchor));
            QCOMPARE(filtered, everyRule);
        }
    }
}

// Sentences nobody on the team wrote: the premises and hypotheses of IndoNLI's validation
// split (../shared/data/indonli, news and Wikipedia sentences, many with dates).
void TestTimePrefilter::samePublicSentences()
{
    const QString path = test::sharedDataDir() + u"/indonli/val.jsonl"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u": "_s + file.errorString()));
    QStringList sentences;
    while (!file.atEnd()) {
        const QJsonObject pair = QJsonDocument::fromJson(file.readLine()).object();
        sentences << pair.value(u"premise"_s).toString() << pair.value(u"hypothesis"_s).toString();
    }
    sentences.removeDuplicates();
    QVERIFY2(sentences.size() > 1000, qPrintable(path));
    int withTimes = 0;
    for (const LanguageRules *language : allLanguages()) {
        for (const QString &sentence : std::as_const(sentences)) {
            setTimeRulePrefilter(false);
            const QStringList everyRule = written(findTimes(sentence, language->code, QDate(2020, 4, 25)));
            setTimeRulePrefilter(true);
            const QStringList filtered = written(findTimes(sentence, language->code, QDate(2020, 4, 25)));
            if (filtered != everyRule)
                QFAIL(qPrintable(language->code + u": "_s + sentence + u"\n  every rule: "_s + everyRule.join(u"; "_s)
                                 + u"\n  filtered:   "_s + filtered.join(u"; "_s)));
            withTimes += everyRule.isEmpty() ? 0 : 1;
        }
    }
    qInfo("%lld sentences, %d readings with times", qlonglong(sentences.size()), withTimes);
    QVERIFY(withTimes > 100);
}

// An article without a publication date whose relative times need one takes it from its first
// full date (meta.publishedSource Inferred), and its times are then read again against it from
// where the rules matched, without running them again: the same times as running them with
// that anchor. Over IndoNLI's premises (public text), each loaded as an article of its own.
void TestTimePrefilter::inferredAnchorGivesTheSameTimes()
{
    const QString path = test::sharedDataDir() + u"/indonli/val.jsonl"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u": "_s + file.errorString()));
    const ArticleLoader loader;
    int inferred = 0;
    int line = 0;
    while (!file.atEnd()) {
        const QJsonObject pair = QJsonDocument::fromJson(file.readLine()).object();
        const QString premise = pair.value(u"premise"_s).toString();
        ++line;
        LoadResult loaded = loader.loadText(premise + u"\nKemarin lalu, dan dua hari lalu."_s, u"premise"_s);
        QVERIFY2(loaded.ok(), qPrintable(premise));
        Article &article = *loaded.article;
        QVERIFY(!article.meta.published.isValid());
        recogniseTimes(article);
        if (article.meta.publishedSource != MetaSource::Inferred)
            continue;
        ++inferred;
        const QStringList found = written(article.times);
        const QStringList again = written(findTimes(article.text, article.meta.language, article.meta.published));
        if (found != again)
            QFAIL(qPrintable(u"line %1: "_s.arg(line) + premise + u"\n  read again: "_s + found.join(u"; "_s)
                             + u"\n  run again:  "_s + again.join(u"; "_s)));
    }
    qInfo("%d premises with an inferred publication date", inferred);
    QVERIFY(inferred > 50);
}

QTEST_GUILESS_MAIN(TestTimePrefilter)
#include "tst_time_prefilter.moc"
