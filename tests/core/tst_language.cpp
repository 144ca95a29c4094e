// Language identification from the project's function-word lists.
#include "ingest/ArticleLoader.h"
#include "lang/LanguageIdentifier.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("minConfidence");
        QTest::newRow("indonesian") << u"Warga yang tinggal di bantaran sungai itu mengatakan bahwa air naik dengan "
                                       "cepat pada malam hari dan mereka tidak sempat menyelamatkan barang."_s
                                    << u"id"_s << 0.9;
        QTest::newRow("english") << u"Residents who live on the river bank said that the water rose quickly "
                                    "during the night and they were not able to save their belongings."_s
                                 << u"en"_s << 0.9;
        QTest::newRow("short indonesian is unsure") << u"Banjir di kota"_s << u"id"_s << 0.0;
        QTest::newRow("names only") << u"Vladimir Putin Kim Jong Un"_s << QString() << 0.0;
        QTest::newRow("indonesian quoting english")
            << u"Ia mengatakan bahwa \"the situation is under control\" dan warga tidak perlu panik karena bantuan "
               "sudah tiba di lokasi."_s
            << u"id"_s << 0.5;
    }

    void identifies()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(double, minConfidence);
        const LanguageGuess g = identifyLanguage(text);
        QCOMPARE(g.language, language);
        QVERIFY2(g.confidence >= minConfidence, qPrintable(QString::number(g.confidence)));
        QVERIFY(g.confidence <= 1.0);
        if (language.isEmpty())
            QCOMPARE(g.confidence, 0.0);
    }

    void shortTextHasLowConfidence() { QVERIFY(identifyLanguage(u"Banjir di kota"_s).confidence < 0.5); }

    void perParagraphAndDocument()
    {
        const LoadResult r = ArticleLoader().loadText(
            u"Pemerintah daerah menyatakan bahwa bantuan untuk para korban banjir akan segera dikirim ke lokasi "
            "pada hari ini juga.\nThe regional government said that aid for the flood victims would be sent to "
            "the site later in the day.\nMenurut petugas, jumlah pengungsi terus bertambah sejak pagi dan mereka "
            "masih membutuhkan selimut serta makanan."_s,
            u"mixed"_s);
        QVERIFY(r.ok());
        const Article &a = *r.article;
        QCOMPARE(a.paragraphs.size(), 3);
        QCOMPARE(a.paragraphs.at(0).language, u"id"_s);
        QCOMPARE(a.paragraphs.at(1).language, u"en"_s);
        QCOMPARE(a.paragraphs.at(2).language, u"id"_s);
        QVERIFY(a.paragraphs.at(1).languageConfidence > 0.8);
        QCOMPARE(a.meta.language, u"id"_s);
        QVERIFY(a.meta.languageConfidence > 0.5 && a.meta.languageConfidence < 0.9);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
