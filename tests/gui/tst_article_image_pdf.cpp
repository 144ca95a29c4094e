// A scanned PDF's article (pages without a text layer, read as images) shows its pages in the
// pane's image view, one below the other, with the mentions, the evidence and the doubtful
// words boxed on the page each word was read on (ArticlePages renders the pages through
// factcheck_pdf; ArticleImageView draws them). The scans are drawn here and "read" by a stand-in
// for Tesseract that returns the words as they were drawn (tests/support/StandInScans.h).
#include "StandInScans.h"
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "models/ArticlePages.h"
#include "pdf/PdfTextExtractor.h"
#include "pipeline/Analyzer.h"
#include "widgets/ArticleImageView.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MentionTheme.h"

#include <QApplication>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace fc;
using namespace fc::ui;
using namespace Qt::StringLiterals;

namespace {

const QStringList pageOne{u"Banjir bandang melanda Garut pada Senin pagi."_s,
                          u"Sebanyak 12 rumah rusak berat di Garut."_s};
const QStringList pageTwo{u"Warga diminta waspada terhadap longsor susulan."_s,
                          u"Bantuan dari Bandung tiba pada Selasa siang."_s};

int distance(QColor a, QColor b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

const Mention *mentionOf(const Article &article, QStringView text)
{
    for (const Mention &m : article.mentions)
        if (article.textOf(m.span) == text)
            return &m;
    return nullptr;
}

} // namespace

class TestArticleImagePdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { setImageTextReader({}); }
    void pagesShownWithBoxesOnTheirPage();
    void otherBytesShowNoImage();

private:
    QTemporaryDir m_dir;
    QString m_pdfPath;
    QByteArray m_pdf;
    std::shared_ptr<const Report> m_report;
};

void TestArticleImagePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerPdfSupport();
    // The second page's first line is one the reader doubts.
    const QList<fc::test::DrawnScan> scans{fc::test::drawScan(0, pageOne),
                                           fc::test::drawScan(1, pageTwo, QSize(1654, 2339), 0)};
    setImageTextReader(fc::test::standInReader(scans));
    m_pdf = fc::test::imageOnlyPdf(scans);
    m_pdfPath = m_dir.filePath(u"pindaian.pdf"_s);
    QFile file(m_pdfPath);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_pdf) == m_pdf.size());
    file.close();
    const LoadResult loaded = ArticleLoader().loadFile(m_pdfPath);
    QVERIFY2(loaded.ok(), loaded.diagnostics.isEmpty() ? "" : qPrintable(loaded.diagnostics.first().message));
    m_report = std::make_shared<const Report>(Analyzer().analyze({*loaded.article}));
    const Article &a = m_report->articles.first();
    QVERIFY2(a.text.contains(u"Bandung"_s), qPrintable(a.text));
    QList<int> pages;
    for (const WordBox &w : a.wordBoxes)
        if (!pages.contains(w.page))
            pages << w.page;
    QCOMPARE(pages, (QList<int>{1, 2}));
    QVERIFY(!a.lowConfidence.isEmpty());
}

void TestArticleImagePdf::pagesShownWithBoxesOnTheirPage()
{
    const Article &article = m_report->articles.first();
    const Mention *garut = mentionOf(article, u"Garut");
    const Mention *bandung = mentionOf(article, u"Bandung");
    QVERIFY2(garut && bandung, qPrintable(article.text));

    ArticlePane pane; // finds the PDF where it was loaded from
    pane.resize(640, 900);
    pane.setReport(m_report, article.id, MentionTheme::light());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.imageToggle()->isVisible());
    pane.imageToggle()->click();
    QVERIFY(pane.showsImage());
    const ArticleImageView *view = pane.imageView();
    QVERIFY(view->hasImage());

    // Both scanned pages, in order, rendered for the screen; their extent is the A4 page at
    // the resolution the words were read at.
    QCOMPARE(view->pages().size(), 2);
    const QSize a4(qRound(210 / 25.4 * PdfOcrDpi), qRound(297 / 25.4 * PdfOcrDpi));
    for (int i = 0; i < 2; ++i) {
        const ArticlePage &page = view->pages().at(i);
        QCOMPARE(page.page, i + 1);
        QVERIFY(!page.image.isNull());
        QVERIFY2(qAbs(page.extent.width() - a4.width()) <= 2 && qAbs(page.extent.height() - a4.height()) <= 2,
                 qPrintable(u"%1x%2"_s.arg(page.extent.width()).arg(page.extent.height())));
        QVERIFY2(page.image.width() < page.extent.width(), "rendered at the screen's resolution, not the reader's");
    }
    // One below the other.
    QVERIFY(view->pageRect(2).top() > view->pageRect(1).bottom());
    QCOMPARE(view->pageRect(1).width(), view->widget()->width());

    // Garut's words are boxed on the first page, Bandung's on the second, nowhere else.
    const WordBoxMap words(article.wordBoxes, article.lowConfidence);
    const QList<QRect> garutBoxes = words.boxesOf(garut->span, 1);
    const QList<QRect> bandungBoxes = words.boxesOf(bandung->span, 2);
    QCOMPARE(garutBoxes.size(), 1);
    QCOMPARE(bandungBoxes.size(), 1);
    QVERIFY(view->mentionBoxes(1).contains(garutBoxes.first()));
    QVERIFY(view->mentionBoxes(2).contains(bandungBoxes.first()));
    QVERIFY(!view->mentionBoxes(1).contains(bandungBoxes.first()));
    QVERIFY(view->mentionBoxes(0).isEmpty());
    QVERIFY(words.boxesOf(bandung->span, 1).isEmpty());
    // The doubted line is the second page's first.
    QVERIFY(view->doubtfulBoxes(1).isEmpty());
    QVERIFY(!view->doubtfulBoxes(2).isEmpty());
    for (const WordBoxMap::DoubtfulBox &d : view->doubtfulBoxes(2))
        QVERIFY(d.box.bottom() < bandungBoxes.first().top());

    // Drawn where the word was drawn on the scan: the page at 200 dpi, its words counted at
    // 300, the box inside the second page's area of the canvas.
    const QRectF shown = view->shownBox(2, bandungBoxes.first());
    QVERIFY2(QRectF(view->pageRect(2)).contains(shown), "Bandung's box is not on the second page");
    const QRectF onFirst = view->shownBox(1, garutBoxes.first());
    QVERIFY(QRectF(view->pageRect(1)).contains(onFirst));

    // Evidence on the second page: outlined there and scrolled into sight.
    pane.view()->showEvidence({bandung->span});
    QCOMPARE(view->evidenceBoxes(2), bandungBoxes);
    QVERIFY(view->evidenceBoxes(1).isEmpty());
    QApplication::processEvents();
    const int top = view->verticalScrollBar()->value();
    QVERIFY2(top > view->pageRect(1).top() && shown.top() >= top && shown.bottom() <= top + view->viewport()->height(),
             qPrintable(u"scrolled to %1, Bandung at %2"_s.arg(top).arg(shown.top())));

    // What is drawn: Bandung's box tinted, the paper beside the text as it was.
    const QImage drawn = view->widget()->grab().toImage();
    const QPointF inBox(shown.center().x(), shown.top() + 2);
    const QColor paper(0xf6, 0xf4, 0xee);
    QVERIFY2(distance(drawn.pixelColor(inBox.toPoint()), paper) > 8,
             qPrintable(drawn.pixelColor(inBox.toPoint()).name()));
    const QPoint margin = view->pageRect(2).topLeft() + QPoint(view->pageRect(2).width() - 10, 10);
    QVERIFY2(distance(drawn.pixelColor(margin), paper) <= 6, qPrintable(drawn.pixelColor(margin).name()));

    // Hovering the word on the second page tells what the text view tells of it.
    QVERIFY(!pane.view()->toolTipAt(bandung->span.start).isEmpty());
    QCOMPARE(view->toolTipAtImagePoint(bandungBoxes.first().center(), 2), pane.view()->toolTipAt(bandung->span.start));
    QVERIFY(view->toolTipAtImagePoint(bandungBoxes.first().center(), 1)
            != view->toolTipAtImagePoint(bandungBoxes.first().center(), 2));

    QVERIFY(pane.grab().save(fc::test::artifactPath(u"article-image-pdf.png"_s)));
    QVERIFY(drawn.save(fc::test::artifactPath(u"article-image-pdf-pages.png"_s))); // both pages, whole
    qInfo("pane with a scanned PDF's pages: %s", qPrintable(fc::test::artifactPath(u"article-image-pdf.png"_s)));
}

// Bytes its words do not fit on show no image: another PDF with one page, the PDF for
// words said to be on page 0, or something that is no PDF.
void TestArticleImagePdf::otherBytesShowNoImage()
{
    const Article &article = m_report->articles.first();
    QCOMPARE(articlePages(article, m_pdf).size(), 2);
    const QByteArray onePage = fc::test::imageOnlyPdf({fc::test::drawScan(0, pageOne)});
    QVERIFY(articlePages(article, onePage).isEmpty());
    QVERIFY(articlePages(article, "%PDF-1.4 damaged"_ba).isEmpty());
    Article onImage = article;
    for (WordBox &w : onImage.wordBoxes)
        w.page = 0;
    QVERIFY(articlePages(onImage, m_pdf).isEmpty());

    ArticlePane pane;
    pane.setSourceLoader([onePage](const Article &) { return onePage; });
    pane.setReport(m_report, article.id, MentionTheme::light());
    pane.show();
    QVERIFY(!pane.imageToggle()->isVisible());
    QVERIFY(!pane.imageView()->hasImage());
}

QTEST_MAIN(TestArticleImagePdf)
#include "tst_article_image_pdf.moc"
