// Markdown, CSV and PDF writers, and the text segmentation they share.
#include "HandmadeReport.h"
#include "TestPaths.h"

#include "export/CsvReport.h"
#include "export/HtmlReport.h"
#include "export/MarkdownReport.h"
#include "export/MarkedText.h"
#include "export/PdfReport.h"
#include "export/ReportWriter.h"
#include "export/SvgTimeline.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace fc;

class TestExportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownEscaping_data();
    void markdownEscaping();
    void markdownArticleMarks();
    void csvRecord_data();
    void csvRecord();
    void csvRoundTripsThroughPython();
    void csvDefusesFormulas();
    void mentionsCsvPath_data();
    void mentionsCsvPath();
    void csvWritesTwoFiles();
    void segmentsNeverSplitSurrogates();
    void segmentsNestedMentions();
    void pdfHasTheReportText();
    void measuredMatchInEveryFormat_data();
    void measuredMatchInEveryFormat();
    void timelineRangeLeavesFarEventsOut_data();
    void timelineRangeLeavesFarEventsOut();
    void timelineTicksNeverRepeatADay();

private:
    static QString python(const QString &script, const QStringList &args, int *exitCode);
};

void TestExportFormats::markdownEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Kim Jong Un, 11.000") << QStringLiteral("Kim Jong Un, 11.000");
    QTest::newRow("link") << QStringLiteral("[x](javascript:alert(1))")
                          << QStringLiteral("\\[x\\](javascript:alert(1))");
    QTest::newRow("image") << QStringLiteral("![a](http://h/x.png)") << QStringLiteral("!\\[a\\](http://h/x.png)");
    QTest::newRow("html") << QStringLiteral("<script>x</script>") << QStringLiteral("\\<script\\>x\\</script\\>");
    QTest::newRow("entity ref") << QStringLiteral("&lt;") << QStringLiteral("\\&lt;");
    QTest::newRow("emphasis") << QStringLiteral("*a* _b_ `c` ~d~") << QStringLiteral("\\*a\\* \\_b\\_ \\`c\\` \\~d\\~");
    QTest::newRow("pipe") << QStringLiteral("a|b") << QStringLiteral("a\\|b");
    QTest::newRow("heading") << QStringLiteral("# h") << QStringLiteral("\\# h");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
}

void TestExportFormats::markdownEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(markdownEscaped(text), escaped);
}

void TestExportFormats::markdownArticleMarks()
{
    const QString md = QString::fromUtf8(writeMarkdownReport(test::handmadeReport()));
    QVERIFY(md.contains(QStringLiteral("**Kementerian Pertahanan Rusia**`ORG`"))); // outermost of a nest
    QVERIFY(md.contains(QStringLiteral("**Sekitar 11.000 tentara**`QUANTITY`")));
    QVERIFY(md.contains(QStringLiteral("\n\\- bukan daftar\n1\\. bukan nomor")));
    QVERIFY(md.contains(QStringLiteral("| Kim Jong Un | Kim Jon Un | d1, d2 | Q56226 |")));
    // No raw '<' but the writer's own <br> in table cells: article markup is all escaped.
    static const QRegularExpression rawTag(QStringLiteral("(?<!\\\\)<(?!br>)"));
    QVERIFY2(!rawTag.match(md).hasMatch(), qPrintable(md.mid(rawTag.match(md).capturedStart() - 40, 80)));
    QVERIFY(md.contains(QStringLiteral("\\<script\\>")));
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)\\]\\(javascript"))));
}

void TestExportFormats::csvRecord_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a,b\r\n");
    QTest::newRow("comma") << QStringList{QStringLiteral("11,000")} << QByteArray("\"11,000\"\r\n");
    QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\"")} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline") << QStringList{QStringLiteral("a\nb")} << QByteArray("\"a\nb\"\r\n");
    QTest::newRow("cr") << QStringList{QStringLiteral("a\rb")} << QByteArray("\"a\rb\"\r\n");
    QTest::newRow("empty") << QStringList{QString(), QString()} << QByteArray(",\r\n");
    QTest::newRow("utf8") << QStringList{QString::fromUtf8("Zelenskyy \xE2\x80\x93 \xF0\x9F\x93\xB0")}
                          << QByteArray("Zelenskyy \xE2\x80\x93 \xF0\x9F\x93\xB0\r\n");
}

void TestExportFormats::csvRecord()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, record);
    QCOMPARE(fc::csvRecord(fields), record);
}

QString TestExportFormats::python(const QString &script, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// Another RFC 4180 reader gets back exactly the fields and offsets the report holds.
void TestExportFormats::csvRoundTripsThroughPython()
{
    const Report report = test::handmadeReport();
    const QString findings = test::artifactPath(QStringLiteral("roundtrip.csv"));
    QString error;
    QVERIFY2(writeReport(report, QStringLiteral("csv"), findings, &error, test::handmadeReviews()), qPrintable(error));
    const QString mentions = fc::mentionsCsvPath(findings);
    int exitCode = -1;
    const QString out = python(QStringLiteral("import csv,sys\n"
                                              "f=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                                              "m=list(csv.DictReader(open(sys.argv[2],newline='',encoding='utf-8')))\n"
                                              "print(len(f), len(m))\n"
                                              "print(f[6]['summary'])\n"
                                              "print(f[2]['note'])\n"
                                              "print(m[2]['start'], m[2]['end'], m[2]['text'], m[2]['entity_name'])\n"),
                               {findings, mentions}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    const QStringList lines = out.split(QLatin1Char('\n'));
    int mentionCount = 0;
    for (const auto &a : report.articles)
        mentionCount += int(a.mentions.size());
    QCOMPARE(lines.value(0), QStringLiteral("8 %1").arg(mentionCount)); // one row per evidence span
    QCOMPARE(lines.value(1), report.findings.at(3).summary);
    QCOMPARE(lines.value(2), QStringLiteral("Ask the desk, \"which\" source?"));
    // Code points: the emoji before "Kim Jong Un" counts as one.
    QCOMPARE(lines.value(3), QStringLiteral("23 34 Kim Jong Un Kim Jong Un"));
}

void TestExportFormats::csvDefusesFormulas()
{
    const QString csv = QString::fromUtf8(writeFindingsCsv(test::handmadeReport()));
    QVERIFY(csv.contains(QStringLiteral("\"'=HYPERLINK(")));
    QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(!csv.contains(QStringLiteral(",\"=HYPERLINK")));
}

void TestExportFormats::mentionsCsvPath_data()
{
    QTest::addColumn<QString>("findings");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("csv") << QStringLiteral("report.csv") << QStringLiteral("report-mentions.csv");
    QTest::newRow("dir") << QStringLiteral("out/a.b/report.CSV") << QStringLiteral("out/a.b/report-mentions.CSV");
    QTest::newRow("no suffix") << QStringLiteral("out/report") << QStringLiteral("out/report-mentions.csv");
}

void TestExportFormats::mentionsCsvPath()
{
    QFETCH(QString, findings);
    QFETCH(QString, mentions);
    QCOMPARE(fc::mentionsCsvPath(findings), mentions);
}

void TestExportFormats::csvWritesTwoFiles()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(writeReport(test::handmadeReport(), QStringLiteral("csv"), dir.filePath(QStringLiteral("r.csv")), &error));
    QFile f(dir.filePath(QStringLiteral("r.csv")));
    QFile m(dir.filePath(QStringLiteral("r-mentions.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(m.open(QIODevice::ReadOnly));
    QVERIFY(f.readLine().startsWith("finding,severity,kind,summary"));
    QVERIFY(m.readLine().startsWith("doc,start,end,type,text"));
}

void TestExportFormats::segmentsNeverSplitSurrogates()
{
    Article a;
    a.id = QStringLiteral("d1");
    a.text = QString::fromUtf8("x\xF0\x9F\x93\xB0y");
    Mention bad; // a span that would cut the pair in half
    bad.span = {0, 2};
    a.mentions = {bad};
    QString joined;
    for (const auto &seg : segmentArticle(a, {})) {
        const QStringView piece = a.textOf(seg.span);
        QVERIFY(!piece.front().isLowSurrogate());
        QVERIFY(!piece.back().isHighSurrogate());
        joined += piece;
    }
    QCOMPARE(joined, a.text);
}

void TestExportFormats::segmentsNestedMentions()
{
    const Report r = test::handmadeReport();
    const Article &a = r.articles.first();
    const QList<TextSegment> segs = segmentArticle(a, anchorsOf(r, a.id));
    QString joined;
    for (const auto &seg : segs)
        joined += a.textOf(seg.span);
    QCOMPARE(joined, a.text); // nothing lost or repeated
    for (const auto &seg : segs) {
        if (a.textOf(seg.span) == u"Rusia") {
            QCOMPARE(seg.mention->type, MentionType::Location); // innermost colour
            QCOMPARE(seg.endingHere.size(), 2);                 // both the place and the ministry end here
            QCOMPARE(seg.endingHere.last()->type, MentionType::Organisation);
        }
    }
}

void TestExportFormats::pdfHasTheReportText()
{
    QByteArray pdf;
    QString error;
    QVERIFY2(writePdfReport(test::handmadeReport(), test::handmadeReviews(), &pdf, &error), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = test::artifactPath(QStringLiteral("handmade-report.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is not installed: run the suite through packaging/build-env, which provides it");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    // pdftotext breaks lines where the PDF does: compare with whitespace collapsed.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QString &expected :
         {QStringLiteral("Fact-check report"), QStringLiteral("date conflict"), QStringLiteral("needs check"),
          QStringLiteral("Kim Jong Un"), QStringLiteral("Sekitar 11.000 tentara"),
          QStringLiteral("<script>document.title='PW'+'NED'</script>"),
          QStringLiteral("Checked against the wire copy."), QStringLiteral("dimulai Februari 2022"),
          QStringLiteral("Findings")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text.left(2000)));
    }
}

// A measured-claim finding says why its claims were matched (score, both sides' parts) in
// every format an editor reads, as the workbench's tooltip does.
void TestExportFormats::measuredMatchInEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("md") << QStringLiteral("md");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestExportFormats::measuredMatchInEveryFormat()
{
    QFETCH(QString, format);
    static const Report report = [] {
        const ArticleLoader loader;
        QList<Article> articles;
        const QDir dir(test::sourcePath(QStringLiteral("tests/core/data/economy")));
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            auto loaded = loader.loadFile(dir.filePath(name));
            if (loaded.ok())
                articles.append(*loaded.article);
        }
        return Analyzer().analyze(articles);
    }();
    const auto matched = std::count_if(report.findings.cbegin(), report.findings.cend(),
                                       [](const Finding &f) { return f.match.has_value(); });
    QVERIFY2(matched > 0, "the economy story gives no measured-claim finding");
    if (format == u"csv") {
        // Every evidence row of a matched finding carries the score and its own side's measure.
        const QString csv = QString::fromUtf8(writeFindingsCsv(report, ReportExtras()));
        QVERIFY(csv.startsWith(QStringLiteral("finding,")));
        QVERIFY(csv.section(QStringLiteral("\r\n"), 0, 0)
                    .endsWith(QStringLiteral(",match_score,measure,predicate,period,qualifiers,low_confidence")));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        for (const Finding &f : report.findings) {
            if (!f.match)
                continue;
            const QString score = QLatin1Char(',') + QString::number(f.match->score, 'f', 2) + QLatin1Char(',');
            for (const MatchSide &side : f.match->sides) {
                const QString row = QString::fromUtf8(fc::csvRecord({f.id})).trimmed() + QLatin1Char(',');
                const auto hit = std::count_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
                    return line.startsWith(row) && line.contains(score) && line.contains(side.measure)
                        && line.contains(side.doc);
                });
                QVERIFY2(hit > 0, qPrintable(f.id + QStringLiteral(": no row for ") + side.doc));
            }
        }
        return;
    }
    const QString text = format == u"md" ? QString::fromUtf8(writeMarkdownReport(report))
        : format == u"html"              ? QString::fromUtf8(writeHtmlReport(report))
                                         : pdfDocumentHtml(report);
    QCOMPARE(text.count(QStringLiteral("matched with score")), matched);
}

void TestExportFormats::timelineRangeLeavesFarEventsOut_data()
{
    // Days as offsets from 1 March 2024; first and last of the fitted range, events left out,
    // and the pinned (disputed) days that must stay in.
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<QList<int>>("pinned");
    const QList<int> none;
    QTest::newRow("one") << QList<int>{0} << 0 << 0 << 0 << 0 << none;
    QTest::newRow("close together") << QList<int>{0, 1, 3, 5} << 0 << 5 << 0 << 0 << none;
    QTest::newRow("spread evenly") << QList<int>{0, 300, 600, 900} << 0 << 900 << 0 << 0 << none;
    QTest::newRow("one far before") << QList<int>{-8800, 0, 2, 3, 9, 30} << 0 << 30 << 1 << 0 << none;
    QTest::newRow("one far after") << QList<int>{0, 2, 3, 9, 4000} << 0 << 9 << 0 << 1 << none;
    QTest::newRow("both ends") << QList<int>{-5000, 0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 3000} << 0 << 11 << 1 << 1 << none;
    QTest::newRow("same far day together")
        << QList<int>{-9000, -9000, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17} << 0 << 17 << 2 << 0
        << none;
    QTest::newRow("gap under a month kept") << QList<int>{-25, 0, 1, 2, 3} << -25 << 3 << 0 << 0 << none;
    QTest::newRow("too few to judge") << QList<int>{-5000, 0, 1} << -5000 << 1 << 0 << 0 << none;
    QTest::newRow("half far is no outlier") << QList<int>{-3000, -3000, -2999, 0, 1, 2} << -3000 << 2 << 0 << 0 << none;
    QTest::newRow("disputed far date stays in")
        << QList<int>{-8800, 0, 2, 3, 9, 30} << -8800 << 30 << 0 << 0 << QList<int>{-8800, 2};
    QTest::newRow("pinned inside changes nothing") << QList<int>{0, 2, 3, 9, 4000} << 0 << 9 << 0 << 1 << QList<int>{3};
}

void TestExportFormats::timelineRangeLeavesFarEventsOut()
{
    QFETCH(QList<int>, days);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(QList<int>, pinned);
    const qint64 base = QDate(2024, 3, 1).toJulianDay();
    QList<qint64> julian;
    for (int d : days)
        julian << base + d;
    std::reverse(julian.begin(), julian.end()); // order of the input does not matter
    QList<qint64> pinnedDays;
    for (int d : pinned)
        pinnedDays << base + d;
    const TimelineRange range = fittedTimelineRange(julian, pinnedDays);
    QCOMPARE(range.first - base, qint64(first));
    QCOMPARE(range.last - base, qint64(last));
    QCOMPARE(range.before, before);
    QCOMPARE(range.after, after);
}

void TestExportFormats::timelineTicksNeverRepeatADay()
{
    // Four days and five tick intervals: a naive spacing labels the first day twice, drawn on
    // top of itself (it reads as bold).
    Report report;
    for (int day : {2, 3, 6}) {
        TimelineEvent ev;
        ev.date.begin = ev.date.end = QDate(2025, 3, day);
        ev.doc = QStringLiteral("d1");
        ev.label = QStringLiteral("event");
        report.timeline << ev;
    }
    const QString svg = timelineSvg(report);
    static const QRegularExpression label(QStringLiteral("class=\"tick-label\"[^>]*>([^<]+)<"));
    QStringList labels;
    for (const auto &m : label.globalMatch(svg))
        labels << m.captured(1);
    QCOMPARE(labels,
             (QStringList{u"2025-03-02"_s, u"2025-03-03"_s, u"2025-03-04"_s, u"2025-03-05"_s, u"2025-03-06"_s}));
}

QTEST_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
