// Words of a screenshot that text recognition doubted (Article::lowConfidence) are marked on
// the mentions and evidence that hold them, in every export that shows those: JSON (additive
// fields), Markdown, HTML and CSV (a low_confidence column); HTML boxes the words themselves and
// Markdown sets those outside mentions in italics with their confidence. A report without such
// words is written as before, unmarked.
#include "export/ReportWriter.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

const QString story = u"Banjir bandang melanda Garut pada Senin pagi. Sebanyak 12 rumah rusak berat dan "
                      u"40 warga mengungsi ke Balai Desa Sukamaju."_s;

// The story analysed, with `doubtful` (a word of it) read with confidence 35 when not empty,
// and a finding whose first evidence is that word and whose second is "Senin".
Report analysed(const QString &doubtful)
{
    Article article = *ArticleLoader().loadText(story, u"layar.png"_s).article;
    if (!doubtful.isEmpty()) {
        const qsizetype at = article.text.indexOf(doubtful);
        article.lowConfidence = {{Span{at, at + doubtful.size()}, 35}};
    }
    Report report = Analyzer().analyze({article});
    const Article &a = report.articles.first();
    const qsizetype garut = a.text.indexOf(u"Garut"_s);
    const qsizetype senin = a.text.indexOf(u"Senin"_s);
    Finding f;
    f.id = u"f99"_s;
    f.kind = u"name_variant"_s;
    f.summary = u"A finding made for this test."_s;
    f.key = u"test"_s;
    f.evidence = {Evidence{a.id, Span{garut, garut + 5}, u"Garut"_s, {}},
                  Evidence{a.id, Span{senin, senin + 5}, u"Senin"_s, {}}};
    report.findings.append(f);
    return report;
}

QByteArray rendered(const Report &report, const QString &format)
{
    QByteArray bytes;
    QString error;
    if (!renderReport(report, format, {}, &bytes, &error))
        qFatal("%s", qPrintable(error));
    return bytes;
}

} // namespace

class TestExportConfidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json();
    void humanReadable_data();
    void humanReadable();
    void markdownWords_data();
    void markdownWords();
};

void TestExportConfidence::json()
{
    const QJsonObject doc = QJsonDocument::fromJson(rendered(analysed(u"Garut"_s), u"json"_s)).object();
    const QJsonObject d1 = doc.value(u"documents").toArray().first().toObject();
    const QJsonArray words = d1.value(u"low_confidence_words").toArray();
    QCOMPARE(words.size(), 1);
    const QJsonObject word = words.first().toObject();
    QCOMPARE(d1.value(u"text").toString().mid(word.value(u"start").toInt(),
                                              word.value(u"end").toInt() - word.value(u"start").toInt()),
             u"Garut"_s);
    QCOMPARE(word.value(u"confidence").toInt(), 35);
    // The mention of Garut is marked; no other mention is.
    int marked = 0;
    for (const auto &m : d1.value(u"mentions").toArray()) {
        const QJsonObject mention = m.toObject();
        const bool holds = mention.value(u"text").toString().contains(u"Garut"_s);
        QCOMPARE(mention.contains(u"low_confidence"_s), holds);
        if (holds) {
            QCOMPARE(mention.value(u"low_confidence"), QJsonValue(true));
            ++marked;
        }
    }
    QCOMPARE(marked, 1);
    QJsonObject finding;
    for (const auto &f : doc.value(u"findings").toArray()) {
        if (f.toObject().value(u"id") == u"f99"_s)
            finding = f.toObject();
    }
    const QJsonArray evidence = finding.value(u"evidence").toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.at(0).toObject().value(u"low_confidence"), QJsonValue(true));
    QVERIFY(!evidence.at(1).toObject().contains(u"low_confidence"_s));

    // Without doubtful words: none of the new fields.
    const QByteArray plain = rendered(analysed({}), u"json"_s);
    QVERIFY(!plain.contains("low_confidence"));
}

void TestExportConfidence::humanReadable_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("marks"); // present with a doubtful "Garut", absent without
    QTest::addColumn<QString>("unmarked");  // the evidence "Senin", in both, as it reads unmarked
    QTest::newRow("md") << u"md"_s
                        << QStringList{u"\u201cGarut\u201d \u26a0 _low OCR confidence_"_s, u"**Garut**`LOC?`"_s,
                                       u"`TYPE?`"_s, u"*word*`?35`: low OCR confidence: 35 of 100"_s}
                        << u"\u201cSenin\u201d |"_s;
    QTest::newRow("html")
        << u"html"_s
        << QStringList{u"<span class=\"tag low-confidence\">\u26a0 low OCR confidence</span>"_s,
                       u"low-confidence\" style=\"text-decoration: underline wavy"_s,
                       u" \u00b7 low OCR confidence\">"_s,
                       // the word itself, boxed, and the legend saying what the box is
                       u"<span class=\"ocr-low\" style=\"outline: 1px dashed #b00020; "
                       u"outline-offset: 1px\" title=\"low OCR confidence: 35 of 100\">Garut</span>"_s,
                       u"outline-offset: 1px\">word</span> low OCR confidence</li>"_s}
        << u"\u201cSenin\u201d</a>"_s;
    // The findings table's low_confidence column: 35 on Garut's evidence row, empty on Senin's.
    QTest::newRow("csv") << u"csv"_s << QStringList{u",Garut,,,,,,35\r\n"_s} << u",Senin,,,,,,\r\n"_s;
}

void TestExportConfidence::humanReadable()
{
    QFETCH(QString, format);
    QFETCH(QStringList, marks);
    QFETCH(QString, unmarked);
    const QString withDoubt = QString::fromUtf8(rendered(analysed(u"Garut"_s), format));
    const QString without = QString::fromUtf8(rendered(analysed({}), format));
    for (const QString &mark : marks) {
        QVERIFY2(withDoubt.contains(mark), qPrintable(mark));
        QVERIFY2(!without.contains(mark), qPrintable(mark));
    }
    // Only "Garut" is marked: the evidence "Senin" is not.
    QVERIFY2(withDoubt.contains(unmarked), qPrintable(withDoubt));
    QVERIFY(without.contains(unmarked));
}

void TestExportConfidence::markdownWords_data()
{
    QTest::addColumn<QString>("doubtful"); // a word of the story read with confidence 35
    QTest::addColumn<QString>("marked");   // how the article text reads in Markdown
    QTest::addColumn<QString>("unmarked"); // what is not in it
    // A word outside the mentions is itself marked, as the PDF report marks it: italics and
    // its confidence.
    QTest::newRow("word outside mentions") << u"rusak"_s << u"`QUANTITY` *rusak*`?35` berat dan"_s << u"**rusak**"_s;
    QTest::newRow("another word") << u"berat"_s << u" rusak *berat*`?35` dan "_s << u"**berat**"_s;
    // One inside a mention is said by the mention's tag, not marked again inside the bold.
    QTest::newRow("word of a mention") << u"Garut"_s << u"**Garut**`LOC?`"_s << u"*Garut*`?35`"_s;
}

void TestExportConfidence::markdownWords()
{
    QFETCH(QString, doubtful);
    QFETCH(QString, marked);
    QFETCH(QString, unmarked);
    const QString md = QString::fromUtf8(rendered(analysed(doubtful), u"md"_s));
    const QString articleText = md.mid(md.lastIndexOf(u"### "_s));
    QVERIFY2(articleText.contains(marked), qPrintable(articleText));
    QVERIFY2(!articleText.contains(unmarked), qPrintable(articleText));
    QCOMPARE(articleText.count(u"`?35`"_s), doubtful == u"Garut" ? 0 : 1);
    // The same report without the doubtful word reads as before: no italics, no confidence.
    const QString plain = QString::fromUtf8(rendered(analysed({}), u"md"_s));
    QVERIFY(!plain.contains(u"`?"_s));
    QVERIFY(!plain.contains(u"*word*"_s));
}

QTEST_MAIN(TestExportConfidence)
#include "tst_export_confidence.moc"
