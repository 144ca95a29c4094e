// PDFs without a text layer (scanned articles) read through factcheck_pdf, which renders their
// pages, and the image text reader of factcheck_ocr (Tesseract), both registered with the
// loader as the front ends do. The scans are drawn here, with sentences written for this test,
// and written as PDFs that hold only the picture.
#include "DrawnScreenshot.h"
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "ingest/ImageTextHook.h"
#include "model/LowConfidence.h"
#include "ocr/ImageTextReader.h"
#include "pdf/PdfTextExtractor.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// A scanned page: dark lines on paper, 200 dots per inch.
QImage scan(const QStringList &lines)
{
    const int size = 40;
    QImage image(1500, 120 + int(lines.size()) * size * 2, QImage::Format_RGB32);
    image.fill(QColor(0xf6, 0xf4, 0xee));
    QPainter painter(&image);
    QFont font(u"DejaVu Serif"_s);
    font.setPixelSize(size);
    painter.setFont(font);
    painter.setPen(QColor(0x18, 0x18, 0x18));
    int y = 80;
    for (const QString &line : lines) {
        painter.drawText(60, y, line);
        y += size * 2;
    }
    return image;
}

// A PDF of A4 pages, each either text (a string: drawn as text, so it has a text layer) or a
// picture (a QImage, drawn at dpi and nothing else on its page).
QByteArray makePdf(const QList<QVariant> &pages, int dpi = 200)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    writer.setCreator(u"tst_ingest_pdf_ocr"_s);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (pages.at(i).canConvert<QImage>() && pages.at(i).typeId() == QMetaType::QImage) {
            painter.drawImage(QPoint(0, 0), pages.at(i).value<QImage>());
            continue;
        }
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(dpi / 6);
        painter.setFont(font);
        int y = dpi;
        for (const QString &line : pages.at(i).toString().split(u'\n')) {
            painter.drawText(dpi / 2, y, line);
            y += dpi / 3;
        }
    }
    painter.end();
    return buffer.data();
}

const QStringList story{u"Banjir bandang melanda Garut pada Senin pagi."_s,
                        u"Sebanyak 12 rumah rusak berat dan 40 warga mengungsi."_s};

// The reader as registered, with a count of the images it was given.
int imagesRead = 0;
void registerCountingReader(const QString &languages = {})
{
    setImageTextReader([languages](const QByteArray &bytes) {
        ++imagesRead;
        return readImageText(bytes, languages);
    });
}

QString firstMessage(const LoadResult &r)
{
    return r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().message;
}

} // namespace

class TestIngestPdfOcr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        registerPdfSupport();
        registerCountingReader();
        imagesRead = 0;
    }
    void cleanupTestCase() { setImageTextReader({}); }

    void withoutReaderTheMessageSaysSo();
    void readsScannedPdf();
    void wordBoxesOnThePage();
    void textLayerIsNotRead_data();
    void textLayerIsNotRead();
    void scannedPageAmongTextPages();
    void doubtfulWordsMarked();
    void missingLanguageNamed_data();
    void missingLanguageNamed();
    void blankScan();
    void sameInputSameOutput();
};

void TestIngestPdfOcr::withoutReaderTheMessageSaysSo()
{
    setImageTextReader({});
    const LoadResult r = ArticleLoader().loadBytes(makePdf({scan(story)}), u"pindaian.pdf"_s, u"pdf"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().input, u"pindaian.pdf"_s);
    QVERIFY2(firstMessage(r).contains(u"without a text layer"_s) && firstMessage(r).contains(u"not available"_s),
             qPrintable(firstMessage(r)));
}

void TestIngestPdfOcr::readsScannedPdf()
{
    const QByteArray pdf = makePdf({scan(story)});
    QFile kept(fc::test::artifactPath(u"ocr-scanned.pdf"_s));
    QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write(pdf) == pdf.size());
    kept.close();
    const LoadResult r = ArticleLoader().loadBytes(pdf, u"pindaian.pdf"_s, u"pdf"_s);
    QVERIFY2(r.ok(), qPrintable(firstMessage(r)));
    QCOMPARE(imagesRead, 1);
    const Article &a = *r.article;
    qInfo("read: %s", qPrintable(a.text));
    QVERIFY2(a.text.contains(u"Banjir bandang melanda Garut pada Senin pagi."_s), qPrintable(a.text));
    for (const QString &word : {u"rumah"_s, u"mengungsi"_s, u"12"_s, u"40"_s})
        QVERIFY2(a.text.contains(word), qPrintable(word + u" not in: "_s + a.text));
    QCOMPARE(a.sentences.size(), 2);
}

// Every word keeps its page and its box in the page as rendered at PdfOcrDpi: the picture was
// drawn at 200 dpi from the page's corner, so a word drawn at x pixels of it lies at x * 1.5.
void TestIngestPdfOcr::wordBoxesOnThePage()
{
    const LoadResult r = ArticleLoader().loadBytes(makePdf({scan(story)}), u"pindaian.pdf"_s, u"pdf"_s);
    QVERIFY2(r.ok(), qPrintable(firstMessage(r)));
    const Article &a = *r.article;
    QVERIFY(a.wordBoxes.size() >= 15);
    const QRect a4(0, 0, qRound(210 / 25.4 * PdfOcrDpi), qRound(297 / 25.4 * PdfOcrDpi));
    for (const WordBox &b : a.wordBoxes) {
        QCOMPARE(b.page, 1);
        QVERIFY2(a4.contains(b.box), qPrintable(a.textOf(b.span).toString()));
    }
    const WordBox &first = a.wordBoxes.first();
    QCOMPARE(a.textOf(first.span), u"Banjir");
    // The first line's baseline is at 80 of the picture's pixels, its left edge at 60; its
    // 40-pixel letters reach up to 40 above the baseline and (the j) 10 below it.
    QVERIFY2(qAbs(first.box.left() - 90) <= 6, qPrintable(QString::number(first.box.left())));
    QVERIFY2(first.box.bottom() <= (80 + 10) * 3 / 2 + 4 && first.box.top() >= (80 - 40) * 3 / 2 - 4,
             qPrintable(u"%1-%2"_s.arg(first.box.top()).arg(first.box.bottom())));
    const auto sebanyak = std::find_if(a.wordBoxes.cbegin(), a.wordBoxes.cend(),
                                       [&](const WordBox &b) { return a.textOf(b.span) == u"Sebanyak"; });
    QVERIFY(sebanyak != a.wordBoxes.cend());
    QVERIFY(sebanyak->box.top() > first.box.bottom());
}

void TestIngestPdfOcr::textLayerIsNotRead_data()
{
    QTest::addColumn<QList<QVariant>>("pages");
    QTest::newRow("one page") << QList<QVariant>{story.join(u'\n')};
    QTest::newRow("two pages") << QList<QVariant>{story.join(u'\n'),
                                                  u"Halaman kedua: bantuan tiba pada Selasa siang di posko."_s};
}

// A PDF with a text layer is read from it: no page is rendered for the reader, and the article
// has no recognised words.
void TestIngestPdfOcr::textLayerIsNotRead()
{
    QFETCH(QList<QVariant>, pages);
    const LoadResult r = ArticleLoader().loadBytes(makePdf(pages), u"berita.pdf"_s, u"pdf"_s);
    QVERIFY2(r.ok(), qPrintable(firstMessage(r)));
    QCOMPARE(imagesRead, 0);
    QVERIFY(r.article->text.contains(u"Banjir bandang melanda Garut pada Senin pagi."_s));
    QVERIFY(r.article->wordBoxes.isEmpty());
    QVERIFY(r.article->lowConfidence.isEmpty());
}

// A scan between two pages of text: only the scanned page is read as an image, its words
// named with their page and placed in the text after the first page.
void TestIngestPdfOcr::scannedPageAmongTextPages()
{
    const QString first = u"Halaman pertama: hujan deras turun sejak Minggu malam di Garut."_s;
    const QString last = u"Halaman ketiga: bantuan tiba pada Selasa siang di posko pengungsian."_s;
    const LoadResult r = ArticleLoader().loadBytes(makePdf({first, scan(story), last}), u"campur.pdf"_s, u"pdf"_s);
    QVERIFY2(r.ok(), qPrintable(firstMessage(r)));
    QCOMPARE(imagesRead, 1);
    const Article &a = *r.article;
    const qsizetype scanned = a.text.indexOf(u"Banjir bandang"_s);
    QVERIFY2(a.text.indexOf(u"Halaman pertama"_s) == 0 && scanned > 0 && a.text.indexOf(u"Halaman ketiga"_s) > scanned,
             qPrintable(a.text));
    QVERIFY(!a.wordBoxes.isEmpty());
    for (const WordBox &b : a.wordBoxes) {
        QCOMPARE(b.page, 2);
        QVERIFY(b.span.start >= scanned && b.span.end <= a.text.indexOf(u"Halaman ketiga"_s));
    }
    QCOMPARE(a.textOf(a.wordBoxes.first().span), u"Banjir");
}

// A scan with a line the reader doubts: its words are marked on the article as an image's are,
// each with a box on the page.
void TestIngestPdfOcr::doubtfulWordsMarked()
{
    const QImage picture = QImage::fromData(fc::test::screenshotWithHardLine(4));
    // The 900-pixel screenshot drawn 6 inches wide: the page renders it at twice its size.
    const QByteArray pdf = makePdf({picture}, 150);
    QFile kept(fc::test::artifactPath(u"ocr-scanned-hard-line.pdf"_s));
    QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write(pdf) == pdf.size());
    kept.close();
    const LoadResult r = ArticleLoader().loadBytes(pdf, u"layar.pdf"_s, u"pdf"_s);
    QVERIFY2(r.ok(), qPrintable(firstMessage(r)));
    const Article &a = *r.article;
    QStringList marked;
    for (const LowConfidenceWord &w : a.lowConfidence)
        marked << a.textOf(w.span) + u':' + QString::number(w.confidence);
    qInfo("read: %s; marked: %s", qPrintable(QString(a.text).replace(u'\n', u'|')), qPrintable(marked.join(u' ')));
    QVERIFY2(!a.lowConfidence.isEmpty(), qPrintable(a.text));
    const qsizetype hardFrom = a.text.indexOf(u"pagi"_s) + 4;
    const qsizetype hardTo = a.text.indexOf(u"Sebanyak"_s);
    QVERIFY2(hardFrom >= 4 && hardTo > hardFrom, qPrintable(a.text));
    for (const LowConfidenceWord &w : a.lowConfidence) {
        QVERIFY2(w.span.start >= hardFrom && w.span.end <= hardTo, qPrintable(marked.join(u' ')));
        QVERIFY(w.confidence < LowWordConfidence);
        // Each marked word has its box on the page.
        QVERIFY(std::any_of(a.wordBoxes.cbegin(), a.wordBoxes.cend(), [&](const WordBox &b) {
            return b.span.overlaps(w.span) && b.page == 1 && b.box.isValid();
        }));
    }
}

void TestIngestPdfOcr::missingLanguageNamed_data()
{
    QTest::addColumn<QString>("languages");
    QTest::addColumn<QString>("named");
    QTest::newRow("not installed") << u"zzz"_s << u"\"zzz\""_s;
    QTest::newRow("second not installed") << u"ind+qqq"_s << u"\"qqq\""_s;
}

// Without the language data the scan is refused with a message naming the file, the page and
// the missing language, as an image is.
void TestIngestPdfOcr::missingLanguageNamed()
{
    QFETCH(QString, languages);
    QFETCH(QString, named);
    registerCountingReader(languages);
    const LoadResult r = ArticleLoader().loadBytes(
        makePdf({u"Halaman pertama berisi teks biasa yang cukup panjang untuk dibaca."_s, scan(story)}),
        u"pindaian.pdf"_s, u"pdf"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().input, u"pindaian.pdf"_s);
    const QString message = firstMessage(r);
    QVERIFY2(message.startsWith(u"page 2 has no text layer"_s) && message.contains(named)
                 && message.contains(u"not installed"_s),
             qPrintable(message));
}

// A scan of an empty page has no text to read: said so, not read as an article.
void TestIngestPdfOcr::blankScan()
{
    const LoadResult r = ArticleLoader().loadBytes(makePdf({scan({})}), u"kosong.pdf"_s, u"pdf"_s);
    QVERIFY(!r.ok());
    QCOMPARE(imagesRead, 1);
    QVERIFY2(firstMessage(r).contains(u"hold no text"_s), qPrintable(firstMessage(r)));
}

void TestIngestPdfOcr::sameInputSameOutput()
{
    const QByteArray pdf = makePdf({scan(story)});
    const PdfText one = extractPdfText(pdf);
    const PdfText two = extractPdfText(pdf);
    QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
    QCOMPARE(one.text, two.text);
    QCOMPARE(one.words.size(), two.words.size());
    for (qsizetype i = 0; i < one.words.size(); ++i) {
        QCOMPARE(one.words.at(i).box, two.words.at(i).box);
        QCOMPARE(one.words.at(i).confidence, two.words.at(i).confidence);
        QCOMPARE(one.words.at(i).start, two.words.at(i).start);
    }
}

QTEST_MAIN(TestIngestPdfOcr)
#include "tst_ingest_pdf_ocr.moc"
