// Where the per-article steps meet: what one step reads in context wins over what another
// reads without it. Adding a case is adding a row.
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QTest>

using namespace fc;

namespace {

// The text loaded as one article and run through the per-article steps.
bool analysed(const QString &text, Article *article)
{
    auto loaded = ArticleLoader().loadText(text, QStringLiteral("row"));
    if (!loaded.ok())
        return false;
    *article = *loaded.article;
    return Analyzer().analyzeArticle(*article);
}

} // namespace

class TestPipelineOverlaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInsideTimes_data();
    void namesInsideTimes();
    void datelineOutletOrPlace_data();
    void datelineOutletOrPlace();
};

void TestPipelineOverlaps::namesInsideTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("time");    // a DATE or TIME mention the article must have
    QTest::addColumn<QString>("notName"); // a word inside it that must not be a name

    QTest::newRow("wire dateline month")
        << "JAKARTA, Jan 21, 2026 - An Indonesian court sentenced a former executive on Wednesday."
        << "Jan 21, 2026" << "Jan";
    QTest::newRow("universal time")
        << "The quake hit at 2:17 a.m. local time (1817 GMT Monday) near the coast of the island."
        << "1817 GMT" << "GMT";
    QTest::newRow("Indonesian time zone")
        << "Gempa mengguncang Mamuju pada Selasa (14/10/2025) pukul 02.17 WITA, menurut petugas setempat."
        << "pukul 02.17 WITA" << "WITA";
}

void TestPipelineOverlaps::namesInsideTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, time);
    QFETCH(QString, notName);
    Article article;
    QVERIFY(analysed(text, &article));
    bool haveTime = false;
    for (const Mention &m : std::as_const(article.mentions)) {
        if ((m.type == MentionType::Date || m.type == MentionType::Time) && m.text == time)
            haveTime = true;
        const bool name =
            m.type == MentionType::Person || m.type == MentionType::Organisation || m.type == MentionType::Location;
        QVERIFY2(!(name && m.text == notName), qPrintable(mentionTypeCode(m.type) + u' ' + m.text));
    }
    QVERIFY2(haveTime, qPrintable(time));
}

// The loader reads a one-word dateline ("Mamuju - ...") as an outlet; the knowledge base
// knows a place.
void TestPipelineOverlaps::datelineOutletOrPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("place");

    QTest::newRow("regency as dateline")
        << "Gempa Guncang Mamuju\n\nMamuju - Gempa bermagnitudo 5,8 mengguncang Kabupaten Mamuju pada Selasa "
           "(14/10/2025) dini hari, menurut petugas setempat."
        << "" << "Mamuju";
    QTest::newRow("outlet as dateline")
        << "Banjir Melanda Garut\n\nWarta Priangan - Banjir bandang melanda tujuh kecamatan di Kabupaten Garut "
           "pada Senin (3/3/2025) malam, menurut petugas."
        << "Warta Priangan" << "";
}

void TestPipelineOverlaps::datelineOutletOrPlace()
{
    QFETCH(QString, text);
    QFETCH(QString, outlet);
    QFETCH(QString, place);
    Article article;
    QVERIFY(analysed(text, &article));
    QCOMPARE(article.meta.outlet, outlet);
    QCOMPARE(article.meta.datelinePlace, place);
}

QTEST_GUILESS_MAIN(TestPipelineOverlaps)
#include "tst_pipeline_overlaps.moc"
