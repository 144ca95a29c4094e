// The streamed JSON report (streamJsonReport, what `analyze -o x.json` writes) is byte for byte
// what Qt writes for the report's QJsonObject tree, for every shape of report: empty arrays,
// escapes, surrogate pairs across the writer's text pieces, explained mentions, findings.
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

QList<Article> loadFolder(const QString &folder)
{
    const ArticleLoader loader;
    QList<Article> articles;
    const QDir dir(fc::test::sourcePath(folder));
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        LoadResult loaded = loader.loadFile(dir.filePath(name));
        if (loaded.ok())
            articles << *loaded.article;
    }
    return articles;
}

Article fromText(const QString &text, const QString &name)
{
    LoadResult loaded = ArticleLoader().loadBytes(text.toUtf8(), name, QString());
    return loaded.ok() ? *loaded.article : Article{};
}

// What the report was before streaming: Qt's writer over the whole tree.
QByteArray viaTree(const Report &report, JsonDetail detail)
{
    return QJsonDocument(reportToJson(report, {}, detail)).toJson(QJsonDocument::Indented);
}

// A surrogate pair on a boundary of JsonWriter's 8,192-unit text pieces (units 65535 and 65536),
// then quotes, backslashes, a tab, a control character and other non-ASCII text.
constexpr qsizetype pairAt = 65535;

QString oddText()
{
    QString odd = u"Jakarta, 4 Juni 2024. "_s;
    odd += QString(pairAt - odd.size(), u'a');
    odd += QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600
    odd += u" Menteri \"Budi\" berkata\\ tarif\tnaik 5 persen \x01 \u00e9\u2013 selesai.\n\nParagraf kedua."_s;
    return odd;
}

} // namespace

class TestJsonStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsTheTree_data()
    {
        QTest::addColumn<QString>("input"); // a folder of the project, "" for none, "odd" for oddText()
        QTest::addColumn<bool>("explain");

        QTest::newRow("no articles") << QString() << false;
        QTest::newRow("examples") << u"resources/examples"_s << false;
        QTest::newRow("examples, explained") << u"resources/examples"_s << true;
        QTest::newRow("economy story") << u"tests/core/data/economy"_s << false;
        QTest::newRow("quake story, explained") << u"tests/core/data/quake"_s << true;
        QTest::newRow("escapes and a split pair") << u"odd"_s << false;
        QTest::newRow("examples, words read with low confidence") << u"low"_s << false;
    }

    void sameBytesAsTheTree()
    {
        QFETCH(QString, input);
        QFETCH(bool, explain);
        QList<Article> articles = input.isEmpty() ? QList<Article>{}
            : input == u"odd"                     ? QList<Article>{fromText(oddText(), u"odd.txt"_s)}
            : input == u"low"                     ? loadFolder(u"resources/examples"_s)
                                                  : loadFolder(input);
        if (input == u"low") {
            // As if the first article were a screenshot: every seventh token read with doubt,
            // so that some mentions and evidence hold one and the document lists them.
            Article &a = articles.first();
            for (qsizetype i = 0; i < a.tokens.size(); i += 7)
                a.lowConfidence.append({a.tokens.at(i).span, int(i % 70)});
        }
        if (!input.isEmpty())
            QVERIFY(!articles.isEmpty());
        const JsonDetail detail = explain ? JsonDetail::Explain : JsonDetail::Contract;
        const Report report = Analyzer().analyze(articles);
        if (input == u"odd")
            QVERIFY(report.articles.at(0).text.at(pairAt).isHighSurrogate());

        QByteArray streamed;
        int pieces = 0;
        qsizetype largestPiece = 0;
        QVERIFY(streamJsonReport(report, [&](QByteArrayView bytes) {
            streamed.append(bytes);
            ++pieces;
            largestPiece = std::max(largestPiece, bytes.size());
            return true;
        }, {}, detail));
        QCOMPARE(streamed, viaTree(report, detail));
        if (input == u"low") {
            QVERIFY(streamed.contains("\"low_confidence_words\": ["));
            QVERIFY(streamed.contains("\"low_confidence\": true"));
        }
        QCOMPARE(writeJsonReport(report, {}, detail), streamed);
        if (!report.articles.isEmpty()) {
            // Handed out in pieces, not as one block: a few KB each, a long text's piece at most
            // 8,192 characters escaped (JsonWriter) on top.
            QVERIFY(pieces > 1);
            QVERIFY2(largestPiece <= 64 * 1024, QByteArray::number(largestPiece).constData());
        }
    }

    // A sink that refuses stops the writer, and the writer says so.
    void refusingSinkStops()
    {
        const Report report = Analyzer().analyze(loadFolder(u"resources/examples"_s));
        int calls = 0;
        QVERIFY(!streamJsonReport(report, [&](QByteArrayView) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_json_stream.moc"
