// PDF text through factcheck_pdf (poppler-qt6), registered with the loader as the front ends do.
#include "ingest/ArticleLoader.h"
#include "pdf/PdfTextExtractor.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

QByteArray makePdf(const QStringList &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSize(12);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 60;
        for (const QString &line : pages.at(i).split(u'\n')) {
            painter.drawText(40, y, line);
            y += 20;
        }
    }
    painter.end();
    return buffer.data();
}

} // namespace

class TestIngestPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutSupportTheMessageSaysSo()
    {
        ArticleLoader::setPdfExtractor({});
        const LoadResult r = ArticleLoader().loadBytes(makePdf({u"Isi"_s}), u"a.pdf"_s, u"pdf"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.first().message.contains(u"PDF support is not available"_s));
    }

    void readsText()
    {
        registerPdfSupport();
        const QByteArray pdf = makePdf({u"Banjir melanda kota itu pada Senin malam.\nWarga mengungsi ke masjid."_s,
                                        u"Halaman kedua berisi angka 11.000 orang."_s});
        const LoadResult r = ArticleLoader().loadBytes(pdf, u"berita.pdf"_s, u"pdf"_s);
        QVERIFY2(r.ok(), r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics.first().toString()));
        const Article &a = *r.article;
        QVERIFY2(a.text.contains(u"Banjir melanda kota itu pada Senin malam. Warga mengungsi ke masjid."_s),
                 qPrintable(a.text));
        QVERIFY(a.text.contains(u"11.000"_s));
        QCOMPARE(a.paragraphs.size(), 2); // one per page: lines inside a page are reflowed
        QCOMPARE(a.sentences.size(), 3);
        QCOMPARE(a.meta.language, u"id"_s);
    }

    void damagedPdf()
    {
        registerPdfSupport();
        const LoadResult r = ArticleLoader().loadBytes("%PDF-1.4\nthis is not really a pdf", u"rusak.pdf"_s, u"pdf"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().input, u"rusak.pdf"_s);
    }

    // A PDF whose text passes the limit is refused with a message naming it, not analysed at
    // any cost (the limit is lowered here; MaxPdfTextChars is the real one).
    void textPastTheLimitIsRefused()
    {
        QStringList pages;
        for (int i = 0; i < 12; ++i)
            pages << u"Warga mengungsi ke masjid pada Senin malam. "_s.repeated(20);
        const QByteArray pdf = makePdf(pages);
        const PdfText whole = extractPdfText(pdf);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        const PdfText capped = extractPdfText(pdf, whole.text.size() / 2);
        QVERIFY(capped.text.isEmpty());
        QVERIFY2(capped.error.contains(u"more than %1 characters"_s.arg(whole.text.size() / 2)),
                 qPrintable(capped.error));
    }

    void pdfWithoutText()
    {
        registerPdfSupport();
        const LoadResult r = ArticleLoader().loadBytes(makePdf({QString()}), u"scan.pdf"_s, u"pdf"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.first().message.contains(u"text layer"_s));
    }
};

QTEST_MAIN(TestIngestPdf)
#include "tst_ingest_pdf.moc"
