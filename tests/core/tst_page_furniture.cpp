// Page furniture: related-story markers, trailers and photo credits, read from each
// language's resources/lang/<code>/furniture.txt. Lines written for this test.
#include "ingest/HtmlExtractor.h"
#include "ingest/PageFurniture.h"

#include <QTest>

using namespace fc;

class TestPageFurniture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data();
    void kinds();
    void photoCredits_data();
    void photoCredits();
    void htmlClassNames_data();
    void htmlClassNames();
};

void TestPageFurniture::kinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    const auto row = [](const char *line, FurnitureKind kind) {
        QTest::newRow(line) << QString::fromUtf8(line) << int(kind);
    };
    row("Baca Juga", FurnitureKind::RelatedMarker);
    row("BACA JUGA:", FurnitureKind::RelatedMarker);
    row("Read also", FurnitureKind::RelatedMarker);
    row("Baca juga: Jembatan baru dibuka", FurnitureKind::RelatedInline);
    row("Read more - Bridge reopens", FurnitureKind::RelatedInline);
    row("Bacaan juga penting bagi anak", FurnitureKind::None);
    row("Baca juganya nanti", FurnitureKind::None);
    row("Komentar", FurnitureKind::Trailer);
    row("Share this", FurnitureKind::Trailer);
    row("Komentar warga beragam soal jembatan itu.", FurnitureKind::None);
    row("", FurnitureKind::None);
}

void TestPageFurniture::kinds()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QCOMPARE(int(pageFurnitureKind(line)), kind);
}

void TestPageFurniture::photoCredits_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<bool>("credit");
    const auto row = [](const char *caption, bool credit) {
        QTest::newRow(caption) << QString::fromUtf8(caption) << credit;
    };
    row("Warga melihat jembatan yang rusak. (Foto: Kantor Berita Contoh)", true);
    row("Warga melihat jembatan yang rusak. (Sumber: Pemkab Contoh)", true);
    row("Warga melihat jembatan yang rusak. [Dok. Pribadi]", true);
    row("Residents look at the damaged bridge. (Photo: Example Agency)", true);
    row("Residents look at the damaged bridge. (AP/Some Photographer)", true);
    row("Warga melihat jembatan yang rusak. (ist)", true);
    row("Warga melihat jembatan (yang rusak) kemarin.", false);
    row("Warga melihat jembatan yang rusak. (Fotografer amatir)", false);
    row("Residents look at the damaged bridge (rebuilt in 2019)", false);
}

void TestPageFurniture::photoCredits()
{
    QFETCH(QString, caption);
    QFETCH(bool, credit);
    QCOMPARE(endsWithPhotoCredit(caption), credit);
}

// A block whose class or id names furniture is left out of the article text, whether the name
// is the markup's own vocabulary or a language's word.
void TestPageFurniture::htmlClassNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dropped");
    QTest::newRow("indonesian related, hyphen") << QStringLiteral("class=\"baca-juga\"") << true;
    QTest::newRow("indonesian related, joined") << QStringLiteral("class=\"box bacajuga\"") << true;
    QTest::newRow("indonesian advert, id") << QStringLiteral("id=\"iklan-tengah\"") << true;
    QTest::newRow("english related, underscore") << QStringLiteral("class=\"read_also\"") << true;
    QTest::newRow("markup vocabulary") << QStringLiteral("class=\"share-bar\"") << true;
    QTest::newRow("article body") << QStringLiteral("class=\"isi-berita\"") << false;
}

void TestPageFurniture::htmlClassNames()
{
    QFETCH(QString, name);
    QFETCH(bool, dropped);
    const QString html =
        QStringLiteral("<html><body><article><p>Jembatan di desa itu dibuka kembali pada pagi hari.</p>"
                       "<div %1><p>Tulisan lain yang tidak termasuk berita ini.</p></div>"
                       "</article></body></html>")
            .arg(name);
    const HtmlArticle article = extractHtmlArticle(html.toUtf8());
    QVERIFY2(article.text.contains(QStringLiteral("Jembatan di desa")), qPrintable(article.text));
    QCOMPARE(article.text.contains(QStringLiteral("Tulisan lain")), !dropped);
}

QTEST_GUILESS_MAIN(TestPageFurniture)
#include "tst_page_furniture.moc"
