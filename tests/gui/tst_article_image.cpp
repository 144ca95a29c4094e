// A screenshot article's pane can show the image the text was read from, with the mentions,
// a finding's evidence and the doubtful words drawn over the recognised words (ArticlePane's
// Image toggle, ArticleImageView; which words a span covers is core/ocr's WordBoxMap). The
// screenshot is drawn here (tests/support/DrawnScreenshot.h) and read by Tesseract.
#include "DrawnScreenshot.h"
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "ocr/ImageTextReader.h"
#include "pipeline/Analyzer.h"
#include "widgets/ArticleImageView.h"
#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MentionTheme.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace fc;
using namespace fc::ui;
using namespace Qt::StringLiterals;

namespace {

const fc::test::HardLineStory story;

// How far a colour is from another, channel by channel.
int distance(QColor a, QColor b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

} // namespace

class TestArticleImage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imageViewDrawsBoxes();
    void textArticleHasNoImage();
    void missingFileLeavesTheText();

private:
    QTemporaryDir m_dir;
    QString m_png;
    std::shared_ptr<const Report> m_report;
};

void TestArticleImage::initTestCase()
{
    registerOcrSupport();
    QVERIFY(m_dir.isValid());
    m_png = m_dir.filePath(u"layar.png"_s);
    QFile file(m_png);
    const QByteArray png = fc::test::screenshotWithHardLine(4);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(png) == png.size());
    file.close();
    const LoadResult loaded = ArticleLoader().loadFile(m_png);
    QVERIFY2(loaded.ok(), loaded.diagnostics.isEmpty() ? "" : qPrintable(loaded.diagnostics.first().message));
    const LoadResult text = ArticleLoader().loadText(story.above + u' ' + story.below, u"teks.txt"_s);
    m_report = std::make_shared<const Report>(Analyzer().analyze({*loaded.article, *text.article}));
    QVERIFY(!m_report->articles.first().wordBoxes.isEmpty());
    QVERIFY(!m_report->articles.first().lowConfidence.isEmpty());
}

void TestArticleImage::imageViewDrawsBoxes()
{
    const Article &article = m_report->articles.first();
    const Mention *garut = nullptr;
    for (const Mention &m : article.mentions) {
        if (article.textOf(m.span) == u"Garut")
            garut = &m;
    }
    QVERIFY2(garut, qPrintable(article.text));

    ArticlePane pane;
    pane.resize(760, 420);
    pane.setReport(m_report, article.id, MentionTheme::light());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // The toggle is there for the screenshot; the text shows until it is pressed.
    QVERIFY(pane.imageToggle()->isVisible());
    QVERIFY(!pane.showsImage());
    pane.imageToggle()->click();
    QVERIFY(pane.showsImage());
    QVERIFY(pane.imageView()->isVisible());
    QVERIFY(pane.imageView()->hasImage());

    // Every mention's words have boxes on the image, Garut's where the reader saw the word.
    const ArticleImageView *view = pane.imageView();
    QVERIFY(view->mentionBoxes().size() >= 2);
    const WordBoxMap words(article.wordBoxes);
    const QList<QRect> garutBoxes = words.boxesOf(garut->span);
    QCOMPARE(garutBoxes.size(), 1);
    QVERIFY(view->mentionBoxes().contains(garutBoxes.first()));
    // Drawn on the first line of the screenshot (its baseline at 40, 22-pixel letters).
    QVERIFY2(garutBoxes.first().top() >= 40 - 22 && garutBoxes.first().bottom() <= 40 + 8,
             qPrintable(QString::number(garutBoxes.first().top())));
    // The doubtful words are boxed, all on the smeared middle line.
    QVERIFY(!view->doubtfulBoxes().isEmpty());
    for (const WordBoxMap::DoubtfulBox &d : view->doubtfulBoxes())
        QVERIFY2(d.box.top() > 40 && d.box.bottom() < 40 + 4 * 22 - 22, qPrintable(QString::number(d.box.top())));

    // Evidence shown in the text view is outlined on the image too.
    pane.view()->showEvidence({garut->span});
    QCOMPARE(view->evidenceBoxes(), garutBoxes);

    // What is drawn: Garut's box is tinted with its type's colour and outlined in the alert
    // colour where the screenshot is plain paper.
    QApplication::processEvents();
    const QImage drawn = view->widget()->grab().toImage();
    const double s = view->scale();
    const QRect box = garutBoxes.first();
    const QPoint insideTop(qRound((box.left() + box.width() / 2.0) * s), qRound(box.top() * s) - 1);
    const QColor paper(0xfa, 0xfa, 0xf7);
    QVERIFY2(distance(drawn.pixelColor(insideTop), paper) > 8,
             qPrintable(drawn.pixelColor(insideTop).name() + u" at the top of Garut's box"_s));
    const QPoint outline(qRound((box.left() + box.width() / 2.0) * s), qRound((box.top() - 2) * s) - 4);
    bool alert = false;
    for (int dy = -3; dy <= 3 && !alert; ++dy)
        alert = distance(drawn.pixelColor(outline + QPoint(0, dy)), MentionTheme::light().alert()) < 60;
    QVERIFY2(alert, "no evidence outline above Garut");
    // Off the words the image is as it was.
    const QPoint margin(qRound(5 * s), qRound(5 * s));
    QVERIFY2(distance(drawn.pixelColor(margin), paper) <= 4, qPrintable(drawn.pixelColor(margin).name()));
    // Hovering Garut tells what the text view tells of it.
    QCOMPARE(view->toolTipAtImagePoint(box.center()), pane.view()->toolTipAt(garut->span.start));

    const QString shot = QDir::temp().filePath(u"factcheck-article-image.png"_s);
    QVERIFY(pane.grab().save(shot));
    QVERIFY(pane.grab().save(fc::test::artifactPath(u"article-image.png"_s)));
    qInfo("pane with the image view: %s", qPrintable(shot));

    // Back to the text.
    pane.imageToggle()->click();
    QVERIFY(!pane.showsImage());
    QVERIFY(pane.view()->isVisible());
}

void TestArticleImage::textArticleHasNoImage()
{
    ArticlePane pane;
    pane.setReport(m_report, m_report->articles.at(1).id, MentionTheme::light());
    pane.show();
    QVERIFY(!pane.imageToggle()->isVisible());
    pane.setShowImage(true);
    QVERIFY(!pane.showsImage());
}

// The screenshot no longer where it was read from: the pane shows the text and no toggle.
void TestArticleImage::missingFileLeavesTheText()
{
    ArticlePane pane;
    pane.setSourceLoader([](const Article &) { return QByteArray(); });
    pane.setReport(m_report, m_report->articles.first().id, MentionTheme::light());
    pane.show();
    QVERIFY(!pane.imageToggle()->isVisible());
    // An image its words do not fit on (another, smaller picture) is not used either.
    pane.setSourceLoader([](const Article &) {
        QImage small(40, 20, QImage::Format_RGB32);
        small.fill(Qt::white);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
        return buffer.data();
    });
    QVERIFY(!pane.imageToggle()->isVisible());
    QVERIFY(!pane.imageView()->hasImage());
}

QTEST_MAIN(TestArticleImage)
#include "tst_article_image.moc"
