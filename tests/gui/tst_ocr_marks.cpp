// The words of a screenshot that text recognition doubted (Article::lowConfidence) are marked
// themselves, not only the mentions that hold them: in the workbench's article pane (italic,
// boxed with a dashed line, a tooltip giving the confidence), in the HTML report's article text
// (a dashed box titled with the confidence), in the PDF's (italic, the confidence after the
// word) and in a low_confidence column of the mentions CSV. The screenshots are drawn here
// (tests/support/DrawnScreenshot.h) and read by Tesseract, as tst_ingest_ocr reads them.
#include "DrawnScreenshot.h"
#include "TestPaths.h"
#include "export/CsvReport.h"
#include "export/HtmlText.h"
#include "export/PdfReport.h"
#include "export/ReportWriter.h"
#include "ingest/ArticleLoader.h"
#include "ocr/ImageTextReader.h"
#include "pipeline/Analyzer.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MentionTheme.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace fc;
using namespace fc::ui;
using namespace Qt::StringLiterals;

namespace {

void keep(const QString &name, const QByteArray &bytes)
{
    QFile f(fc::test::artifactPath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
}

} // namespace

class TestOcrMarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerOcrSupport(); }
    void wordsMarked_data();
    void wordsMarked();
};

void TestOcrMarks::wordsMarked_data()
{
    QTest::addColumn<int>("shrink");
    // As tst_ingest_ocr measured them: x3 one word doubted, x4 several, x5 the whole line.
    QTest::newRow("blurred x3") << 3;
    QTest::newRow("blurred x4") << 4;
    QTest::newRow("blurred x5") << 5;
}

void TestOcrMarks::wordsMarked()
{
    QFETCH(int, shrink);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const LoadResult loaded =
        ArticleLoader().loadBytes(fc::test::screenshotWithHardLine(shrink), u"layar.png"_s, u"png"_s);
    QVERIFY2(loaded.ok(), loaded.diagnostics.isEmpty() ? "" : qPrintable(loaded.diagnostics.first().message));
    const auto report = std::make_shared<const Report>(Analyzer().analyze({*loaded.article}));
    const Article &article = report->articles.first();
    QVERIFY2(!article.lowConfidence.isEmpty(), qPrintable(article.text));
    const qsizetype clear = article.text.indexOf(u"Banjir"_s);
    QVERIFY(clear >= 0 && lowestConfidenceIn(article.lowConfidence, Span{clear, clear + 6}) < 0);

    // The pane: one italic selection per doubtful word, on exactly its range, and a tooltip
    // giving its confidence; a clear word has neither.
    ArticlePane pane;
    pane.resize(900, 360);
    pane.setReport(report, article.id, MentionTheme::light());
    ArticleView *view = pane.view();
    const auto marks = view->selectionsOfKind(ArticleView::LowConfidenceSelection);
    QCOMPARE(marks.size(), article.lowConfidence.size());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const LowConfidenceWord &w = article.lowConfidence.at(i);
        QCOMPARE(marks.at(i).cursor.selectionStart(), w.span.start);
        QCOMPARE(marks.at(i).cursor.selectionEnd(), w.span.end);
        QVERIFY(marks.at(i).format.fontItalic());
        const QString tip = view->toolTipAt(w.span.start);
        QVERIFY2(tip.contains(u"low confidence: %1 of 100"_s.arg(w.confidence)), qPrintable(tip));
        QCOMPARE(view->lowConfidenceAt(w.span.end - 1), &w);
    }
    QVERIFY(!view->lowConfidenceAt(clear));
    QVERIFY2(!view->toolTipAt(clear).contains(u"low confidence"_s), qPrintable(view->toolTipAt(clear)));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.grab().save(fc::test::artifactPath(u"ocr-marks-pane-%1.png"_s.arg(tag))));

    // HTML: the doubtful words and nothing else sit in the dashed boxes, each titled with its
    // confidence (a word a mention boundary cuts comes in pieces, all titled alike).
    QByteArray bytes;
    QString error;
    QVERIFY2(renderReport(*report, u"html"_s, {}, &bytes, &error), qPrintable(error));
    keep(u"ocr-marks-%1.html"_s.arg(tag), bytes);
    const QString html = QString::fromUtf8(bytes);
    static const QRegularExpression box(uR"re(<span class="ocr-low" style="[^"]*" title="([^"]*)">([^<]*)</span>)re"_s);
    QString boxed;
    QString words;
    auto it = box.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        boxed += m.captured(2);
        QVERIFY2(m.captured(1).startsWith(u"low OCR confidence: "_s), qPrintable(m.captured(1)));
    }
    for (const LowConfidenceWord &w : article.lowConfidence) {
        words += htmlEscaped(article.textOf(w.span));
        QVERIFY(html.contains(u"title=\"low OCR confidence: %1 of 100\""_s.arg(w.confidence)));
    }
    QCOMPARE(boxed, words);

    // PDF: the confidence after every doubtful word.
    const QString pdf = pdfDocumentHtml(*report);
    for (const LowConfidenceWord &w : article.lowConfidence)
        QVERIFY(pdf.contains(u"</span><sup style=\"color:#b00020\">?%1</sup>"_s.arg(w.confidence)));

    // CSV: each mention's lowest doubtful confidence in the last column, empty for clear ones.
    const QStringList rows = QString::fromUtf8(writeMentionsCsv(*report)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(rows.first().endsWith(u",value,low_confidence"_s));
    QCOMPARE(rows.size(), article.mentions.size() + 1);
    for (qsizetype i = 0; i < article.mentions.size(); ++i) {
        const int lowest = lowestConfidenceIn(article.lowConfidence, article.mentions.at(i).span);
        QCOMPARE(rows.at(i + 1).section(u',', -1), lowest >= 0 ? QString::number(lowest) : QString());
    }
}

QTEST_MAIN(TestOcrMarks)
#include "tst_ocr_marks.moc"
