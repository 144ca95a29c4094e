// Screenshots of articles read through factcheck_ocr (Tesseract), registered with the loader as
// the front ends do. The images are drawn here, with sentences written for this test.
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

QTEST_MAIN(TestIngestOcr)
#include "tst_ingest_ocr.moc"
