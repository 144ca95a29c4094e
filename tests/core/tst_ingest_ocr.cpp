// Screenshots of articles read through factcheck_ocr (Tesseract), registered with the loader as
// the front ends do. The images are drawn here, with sentences written for this test.
#include "DrawnScreenshot.h"
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "ingest/ImageTextHook.h"
#include "ocr/ImageTextReader.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// Dark text on a light background at screen size, as a phone or desktop screenshot has it.
QByteArray screenshot(const QStringList &lines, const char *format, int pixelSize = 22)
{
    QImage image(900, 60 + int(lines.size()) * pixelSize * 2, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xfa, 0xf7));
    if (!lines.isEmpty()) {
        QPainter painter(&image);
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(pixelSize);
        painter.setFont(font);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        int y = 40;
        for (const QString &line : lines) {
            painter.drawText(30, y, line);
            y += pixelSize * 2;
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, 95))
        qFatal("cannot write a %s image", format);
    return buffer.data();
}

const QStringList story{u"Banjir bandang melanda Garut pada Senin pagi."_s,
                        u"Sebanyak 12 rumah rusak berat dan 40 warga mengungsi."_s};

} // namespace

class TestIngestOcr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutReaderImagesAreRefused();
    void readsScreenshot_data();
    void readsScreenshot();
    void loaderReadsImageAsArticle();
    void badImages_data();
    void badImages();
    void doubtfulWordsMarked_data();
    void doubtfulWordsMarked();
    void wordBoxesOnTheImage();
    void languages_data();
    void languages();
};

void TestIngestOcr::withoutReaderImagesAreRefused()
{
    QVERIFY(!hasImageTextReader());
    const LoadResult r = ArticleLoader().loadBytes(screenshot(story, "PNG"), u"kabar.png"_s, u"png"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().input, u"kabar.png"_s);
    QVERIFY2(r.diagnostics.first().message.contains(u"image"_s), qPrintable(r.diagnostics.first().message));
    registerOcrSupport();
    QVERIFY(hasImageTextReader());
}

void TestIngestOcr::readsScreenshot_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("png") << QByteArray("PNG");
    QTest::newRow("jpeg") << QByteArray("JPEG");
}

void TestIngestOcr::readsScreenshot()
{
    QFETCH(QByteArray, format);
    const ImageText read = readImageText(screenshot(story, format.constData()));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    for (const QString &word : {u"Banjir"_s, u"Garut"_s, u"Senin"_s, u"rumah"_s, u"mengungsi"_s})
        QVERIFY2(read.text.contains(word), qPrintable(word + u" not in: "_s + read.text));
    QVERIFY2(read.text.contains(u"12"_s) && read.text.contains(u"40"_s), qPrintable(read.text));
    // The two lines stay two lines.
    QVERIFY(read.text.indexOf(u"Garut"_s) < read.text.indexOf(u"rumah"_s));
    QVERIFY(read.text.mid(read.text.indexOf(u"pagi"_s)).contains(u'\n'));
    qInfo("%s: mean word confidence %d, read: %s", format.constData(), read.confidence,
          qPrintable(QString(read.text).replace(u'\n', u'|')));
    QVERIFY2(read.confidence >= 70, qPrintable(QString::number(read.confidence)));
}

void TestIngestOcr::loaderReadsImageAsArticle()
{
    const QByteArray png = screenshot(story, "PNG");
    // Kept to look at, and for reading it with the command line by hand.
    QFile kept(fc::test::artifactPath(QStringLiteral("ocr-screenshot.png")));
    QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write(png) == png.size());
    kept.close();
    const LoadResult r = ArticleLoader().loadBytes(png, u"kabar.png"_s, u"png"_s);
    QVERIFY2(r.ok(), r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics.first().message));
    QVERIFY(r.article->text.contains(u"Banjir bandang melanda Garut"_s));
    QVERIFY(r.article->sentences.size() >= 2);
    // The words' boxes are kept on the article, each on its word of the text.
    const Article &a = *r.article;
    QVERIFY(a.wordBoxes.size() >= 10);
    QCOMPARE(a.textOf(a.wordBoxes.first().span), u"Banjir");
    QVERIFY(QImage::fromData(png).rect().contains(a.wordBoxes.first().box));
}

void TestIngestOcr::badImages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged png") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRxxxx", 20)
                                 << u"not a readable image"_s;
    QTest::newRow("not an image") << QByteArray("Ini teks biasa, bukan gambar.") << u"not a readable image"_s;
    QTest::newRow("no text") << screenshot({}, "PNG") << u"without readable text"_s;
}

void TestIngestOcr::badImages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const LoadResult r = ArticleLoader().loadBytes(bytes, u"tangkapan.png"_s, u"png"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().input, u"tangkapan.png"_s);
    QVERIFY2(r.diagnostics.first().message.contains(message), qPrintable(r.diagnostics.first().message));
}

void TestIngestOcr::doubtfulWordsMarked_data()
{
    QTest::addColumn<int>("shrink");
    // Read as measured here: x3 every word right, one at 68; x4 four words misread at 14-59
    // and two right at 52 and 94; x5 nothing right, all at 0-34. Clear lines: 90-97.
    QTest::newRow("blurred x3") << 3;
    QTest::newRow("blurred x4") << 4;
    QTest::newRow("blurred x5") << 5;
}

// Clear lines above and below a hard one: the words the reader doubts are all on the hard line,
// and none of the clear words is marked.
void TestIngestOcr::doubtfulWordsMarked()
{
    QFETCH(int, shrink);
    registerOcrSupport(); // as the front ends do (and whichever test ran first)
    const QByteArray png = fc::test::screenshotWithHardLine(shrink);
    QFile kept(
        fc::test::artifactPath(QStringLiteral("ocr-hard-line-%1.png").arg(QLatin1String(QTest::currentDataTag()))));
    QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write(png) == png.size());
    kept.close();

    const ImageText read = readImageText(png);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QStringList seen;
    for (const RecognisedWord &w : read.words)
        seen << read.text.mid(w.start, w.end - w.start) + u':' + QString::number(w.confidence);
    qInfo("%s: %s", QTest::currentDataTag(), qPrintable(seen.join(u' ')));

    const LoadResult r = ArticleLoader().loadBytes(png, u"layar.png"_s, u"png"_s);
    QVERIFY2(r.ok(), r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics.first().message));
    const Article &a = *r.article;
    QVERIFY2(!a.lowConfidence.isEmpty(), qPrintable(seen.join(u' ')));
    // The hard line lies between the last clear word above and the first clear word below.
    const qsizetype hardFrom = a.text.indexOf(u"pagi"_s) + 4;
    const qsizetype hardTo = a.text.indexOf(u"Sebanyak"_s);
    QVERIFY2(hardFrom >= 4 && hardTo > hardFrom, qPrintable(a.text));
    for (const LowConfidenceWord &w : a.lowConfidence)
        QVERIFY2(w.span.start >= hardFrom && w.span.end <= hardTo,
                 qPrintable(a.textOf(w.span).toString() + u" marked, outside the hard line: "_s + seen.join(u' ')));
    // Every word of the hard line that was misread (not one of the words drawn) is marked.
    const QStringList drawn = QString(fc::test::HardLineStory().hard).remove(u'.').split(u' ');
    const qsizetype readFrom = read.text.indexOf(u"pagi"_s) + 4;
    const qsizetype readTo = read.text.indexOf(u"Sebanyak"_s);
    for (const RecognisedWord &w : read.words) {
        const QString word = read.text.mid(w.start, w.end - w.start);
        if (w.start >= readFrom && w.end <= readTo && !drawn.contains(QString(word).remove(u'.')))
            QVERIFY2(w.confidence < LowWordConfidence, qPrintable(word + u" misread, yet not marked"_s));
    }
}

// Every word keeps its box in the image's own pixels (the reader scales small screenshots up):
// the words of the first line sit left to right on the first line's band.
void TestIngestOcr::wordBoxesOnTheImage()
{
    const QByteArray png = screenshot(story, "PNG");
    const QImage image = QImage::fromData(png);
    const ImageText read = readImageText(png);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.words.size() >= 10);
    int lastRight = -1;
    for (const RecognisedWord &w : std::as_const(read.words)) {
        QVERIFY(image.rect().contains(w.box));
        if (read.text.mid(w.start, w.end - w.start) == u"Sebanyak")
            break; // the second line
        QVERIFY2(w.box.top() >= 40 - 22 && w.box.bottom() <= 40 + 8, qPrintable(QString::number(w.box.top())));
        QVERIFY(w.box.left() > lastRight);
        lastRight = w.box.right();
    }
}

void TestIngestOcr::languages_data()
{
    QTest::addColumn<QString>("languages");
    QTest::addColumn<QString>("named"); // in the error; empty when the languages are fine
    QTest::newRow("default") << QString() << QString();
    QTest::newRow("English alone") << u"eng"_s << QString();
    QTest::newRow("not installed") << u"zzz"_s << u"\"zzz\""_s;
    QTest::newRow("second not installed") << u"ind+qqq"_s << u"\"qqq\""_s;
    QTest::newRow("malformed") << u"ind;eng"_s << u"\"ind;eng\""_s;
    QTest::newRow("empty code") << u"ind++eng"_s << u"\"\""_s;
}

void TestIngestOcr::languages()
{
    QFETCH(QString, languages);
    QFETCH(QString, named);
    const QString error = ocrLanguagesError(languages);
    if (named.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        return;
    }
    QVERIFY2(error.contains(named), qPrintable(error));
    // Reading an image in them fails the same way, naming the language.
    const ImageText read = readImageText(screenshot(story, "PNG"), languages);
    QVERIFY(read.text.isEmpty());
    QVERIFY2(read.error.contains(named), qPrintable(read.error));
}

QTEST_MAIN(TestIngestOcr)
#include "tst_ingest_ocr.moc"
