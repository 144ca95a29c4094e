// Every mention, time and quantity names the rule (or model) that made it, and every name the
// pipeline writes over the example corpora is one docs/rule-names.md documents. The corpora:
// the stories of tests/core/data, the bundled examples, and each registered language's example
// tables beside its rules (core/lang/<code>/examples).
#include "ExampleTables.h"
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "lang/Language.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace fc;

class TestRuleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyNameIsDocumented_data();
    void everyNameIsDocumented();
    void namesOfKnownCases_data();
    void namesOfKnownCases();
    void explainAddsOnlyTheRule();

private:
    QSet<QString> m_documented;
};

// The names in docs/rule-names.md: the first cell of each table row, `<lang>` standing for
// every registered language's code.
void TestRuleNames::initTestCase()
{
    const QString path = test::sourcePath(QStringLiteral("docs/rule-names.md"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\|"));
    while (!file.atEnd()) {
        const auto match = row.match(QString::fromUtf8(file.readLine()));
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1);
        if (!name.contains(QLatin1String("<lang>"))) {
            m_documented.insert(name);
            continue;
        }
        for (const LanguageRules *language : allLanguages())
            m_documented.insert(QString(name).replace(QLatin1String("<lang>"), language->code));
    }
    QVERIFY2(m_documented.size() > 40, qPrintable(QString(path + QStringLiteral(": the tables were not read"))));
}

void TestRuleNames::everyNameIsDocumented_data()
{
    QTest::addColumn<QStringList>("files"); // articles, one a file
    QTest::addColumn<QStringList>("texts"); // or articles, one a line of an example table

    const QDir stories(test::sourcePath(QStringLiteral("tests/core/data")));
    for (const QString &story : stories.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(stories.filePath(story));
        QStringList files;
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        if (!files.isEmpty())
            QTest::newRow(qPrintable(QString(QStringLiteral("story ") + story))) << files << QStringList();
    }
    const QDir examples(test::examplesDir());
    QStringList exampleFiles;
    for (const QString &name : examples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        exampleFiles << examples.filePath(name);
    QTest::newRow("resources/examples") << exampleFiles << QStringList();

    // The first column of each table is a sentence written to exercise the language's rules.
    const struct
    {
        QString name;
        int columns;
    } tables[] = {
        {QStringLiteral("names.tsv"), 2}, {QStringLiteral("dates.tsv"), 6}, {QStringLiteral("quantities.tsv"), 8}};
    for (const auto &table : tables) {
        QString error;
        const QList<test::ExampleRow> rows = test::exampleRows(table.name, table.columns, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const LanguageRules *language : allLanguages()) {
            QStringList texts;
            for (const test::ExampleRow &row : rows) {
                if (row.language == language->code)
                    texts << row.cells.at(0);
            }
            QVERIFY2(!texts.isEmpty(), qPrintable(language->code + u'/' + table.name));
            QTest::newRow(qPrintable(QString(language->code + u'/' + table.name))) << QStringList() << texts;
        }
    }
}

void TestRuleNames::everyNameIsDocumented()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, texts);
    const ArticleLoader loader;
    QList<Article> articles;
    for (const QString &file : std::as_const(files)) {
        auto loaded = loader.loadFile(file);
        QVERIFY2(loaded.ok(), qPrintable(file));
        articles.append(*loaded.article);
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto loaded = loader.loadText(texts.at(i), QStringLiteral("line %1").arg(i + 1));
        if (loaded.ok())
            articles.append(*loaded.article);
    }
    QVERIFY(!articles.isEmpty());
    const Report report = Analyzer().analyze(articles);

    int named = 0;
    auto check = [&](const QString &rule, const QString &what, const QString &where) {
        if (rule.isEmpty())
            return QStringLiteral("%1: %2 names no rule").arg(where, what);
        if (!m_documented.contains(rule))
            return QStringLiteral("%1: %2 names \"%3\", which docs/rule-names.md does not list").arg(where, what, rule);
        ++named;
        return QString();
    };
    QStringList problems;
    for (const Article &a : std::as_const(report.articles)) {
        for (const Mention &m : a.mentions)
            problems << check(m.rule, QString(mentionTypeCode(m.type) + u' ' + m.text), a.source);
        for (const TimeExpression &t : a.times)
            problems << check(t.rule, QStringLiteral("time ") + t.text, a.source);
        for (const Quantity &q : a.quantities)
            problems << check(q.rule, QStringLiteral("quantity ") + q.text, a.source);
    }
    problems.removeAll(QString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
    QVERIFY(named > 0);
}

// The name a few plain cases get: a change of what a rule is called, or of which rule reads a
// case, shows here.
void TestRuleNames::namesOfKnownCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("rule");
    const QString id = QStringLiteral("Perjanjian ditandatangani pada 19 Juni 2024 di Jakarta. Ada sekitar 11.000 "
                                      "tentara di wilayah itu, kata Kepala BNPB Suharyanto. Inflasi naik 3,2 persen.");
    QTest::newRow("id named date") << id << QStringLiteral("19 Juni 2024") << QStringLiteral("id.time.named-date");
    QTest::newRow("id counted noun") << id << QStringLiteral("sekitar 11.000 tentara")
                                     << QStringLiteral("id.quantity.counted-noun");
    QTest::newRow("id unit") << id << QStringLiteral("3,2 persen") << QStringLiteral("id.quantity.unit");
    QTest::newRow("known place") << id << QStringLiteral("Jakarta") << QStringLiteral("name.kb");
    QTest::newRow("title") << id << QStringLiteral("Kepala BNPB Suharyanto") << QStringLiteral("name.title");
    QTest::newRow("source") << id << QStringLiteral("Kepala BNPB Suharyanto") << QStringLiteral("name.source");
    QTest::newRow("tagger") << id << QStringLiteral("Suharyanto") << QStringLiteral("tagger");
    const QString en = QStringLiteral("The ministry said on Monday that 300 troops arrived on August 4, 2025, "
                                      "and prices rose 12% in the Garut regency.");
    QTest::newRow("en named date") << en << QStringLiteral("August 4, 2025") << QStringLiteral("en.time.named-date");
    QTest::newRow("en percent") << en << QStringLiteral("12%") << QStringLiteral("en.quantity.percent");
    QTest::newRow("en counted noun") << en << QStringLiteral("300 troops")
                                     << QStringLiteral("en.quantity.counted-noun");
}

void TestRuleNames::namesOfKnownCases()
{
    QFETCH(QString, text);
    QFETCH(QString, mention);
    QFETCH(QString, rule);
    auto loaded = ArticleLoader().loadText(text, QStringLiteral("case"));
    QVERIFY(loaded.ok());
    const Report report = Analyzer().analyze({*loaded.article});
    QStringList seen;
    for (const Mention &m : report.articles.first().mentions) {
        if (m.text == mention && m.rule == rule)
            return;
        seen << QString(m.text + u'=' + m.rule);
    }
    QFAIL(qPrintable(
        QStringLiteral("no mention \"%1\" by %2 among %3").arg(mention, rule, seen.join(QStringLiteral(", ")))));
}

// The report of the bundled examples is the golden contract byte for byte without Explain
// (tests/golden/examples.json, which `factcheck analyze resources/examples/*.txt` writes), and
// the same once each mention's "rule" is taken out with it.
void TestRuleNames::explainAddsOnlyTheRule()
{
    // Relative paths from the source root, as the golden file was made.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(test::sourcePath(QString())));
    const ArticleLoader loader;
    QList<Article> articles;
    for (const QString &name :
         QDir(test::examplesDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto loaded = loader.loadFile(QStringLiteral("resources/examples/") + name);
        QVERIFY2(loaded.ok(), qPrintable(name));
        articles.append(*loaded.article);
    }
    QDir::setCurrent(previous);
    const Report report = Analyzer().analyze(articles);

    QFile golden(test::sourcePath(QStringLiteral("tests/golden/examples.json")));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QByteArray contract = writeJsonReport(report);
    QCOMPARE(contract, golden.readAll());

    const QByteArray explained = writeJsonReport(report, {}, JsonDetail::Explain);
    QVERIFY(!contract.contains("\"rule\""));
    QJsonObject json = QJsonDocument::fromJson(explained).object();
    QJsonArray documents = json.value(u"documents").toArray();
    int rules = 0;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        QJsonObject document = documents.at(d).toObject();
        QJsonArray mentions = document.value(u"mentions").toArray();
        for (qsizetype m = 0; m < mentions.size(); ++m) {
            QJsonObject mention = mentions.at(m).toObject();
            QVERIFY(mention.value(u"rule").isString());
            rules += mention.take(u"rule").isString();
            mentions.replace(m, mention);
        }
        document.insert(QStringLiteral("mentions"), mentions);
        documents.replace(d, document);
    }
    QVERIFY(rules > 0);
    json.insert(QStringLiteral("documents"), documents);
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Indented), contract);
}

QTEST_GUILESS_MAIN(TestRuleNames)
#include "tst_rule_names.moc"
