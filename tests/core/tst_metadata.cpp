// Metadata of plain-text articles: date lines, datelines, bylines, outlets, page furniture,
// the project's example corpus and (when present) the user's seed articles.
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "ingest/MetadataExtractor.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fc::MetaSource)

namespace {

Article load(const QString &text)
{
    return *ArticleLoader().loadText(text, u"t"_s).article;
}

QStringList furniture(const Article &a)
{
    QStringList out;
    for (const Paragraph &p : a.paragraphs)
        if (!p.body)
            out << a.textOf(p.span).toString();
    return out;
}

} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerDateLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QDate>("date");
        QTest::newRow("english weekday, numeric") << u"Tuesday, 12-11-2024 | 11:46 am"_s << QDate(2024, 11, 12);
        QTest::newRow("indonesian WITA") << u"Senin, 4 Agustus 2025 | 19:05 WITA"_s << QDate(2025, 8, 4);
        QTest::newRow("indonesian WIB") << u"Selasa, 4 Maret 2025 | 08:15 WIB"_s << QDate(2025, 3, 4);
        QTest::newRow("english month first") << u"Wednesday, March 5, 2025 | 2:30 pm"_s << QDate(2025, 3, 5);
        QTest::newRow("no time") << u"Kamis, 7 November 2024"_s << QDate(2024, 11, 7);
        QTest::newRow("slashes") << u"Rabu, 19/6/2024 - 10:00 WIB"_s << QDate(2024, 6, 19);
        QTest::newRow("no weekday but time") << u"12 November 2024 | 10:00 WIB"_s << QDate(2024, 11, 12);
        QTest::newRow("short month") << u"Jumat, 8 Nov 2024 | 07:00 WIB"_s << QDate(2024, 11, 8);
        QTest::newRow("a sentence is not a date line") << u"Senin, 4 Agustus 2025 warga berkumpul"_s << QDate();
        QTest::newRow("date alone is not a date line") << u"4 Agustus 2025"_s << QDate();
        QTest::newRow("impossible date") << u"Senin, 31-02-2025 | 10:00 WIB"_s << QDate();
    }

    void headerDateLines()
    {
        QFETCH(QString, line);
        QFETCH(QDate, date);
        QCOMPARE(parseHeaderDateLine(line), date);
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<fc::MetaSource>("outletSource");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<fc::MetaSource>("publishedSource");
        QTest::addColumn<QStringList>("furniture");

        const QString body = u"Warga kota itu berkumpul di alun-alun sejak pagi untuk menyaksikan acara tersebut."_s;
        QTest::newRow("outlet, PLACE -") << u"Kabar.com, JAKARTA - "_s + body << QString() << u"Kabar.com"_s
                                         << MetaSource::Dateline << u"JAKARTA"_s << QString() << QDate()
                                         << MetaSource::None << QStringList();
        QTest::newRow("OUTLET, PLACE –") << u"WARTAKU, RUSIA \u2013 "_s + body << QString() << u"WARTAKU"_s
                                         << MetaSource::Dateline << u"RUSIA"_s << QString() << QDate()
                                         << MetaSource::None << QStringList();
        QTest::newRow("PLACE, Region –") << u"SURABAYA, Jawa Timur \u2013 "_s + body << QString() << QString()
                                         << MetaSource::None << u"SURABAYA"_s << QString() << QDate()
                                         << MetaSource::None << QStringList();
        QTest::newRow("Outlet –") << u"Meja Contoh \u2013 "_s + body << QString() << u"Meja Contoh"_s
                                  << MetaSource::Dateline << QString() << QString() << QDate() << MetaSource::None
                                  << QStringList();
        QTest::newRow("dateline with date")
            << u"JAKARTA, 12 November 2024 \u2013 "_s + body << QString() << QString() << MetaSource::None
            << u"JAKARTA"_s << QString() << QDate(2024, 11, 12) << MetaSource::Dateline << QStringList();
        QTest::newRow("dateline with agency")
            << u"Jakarta (ANTARA) - "_s + body << QString() << u"ANTARA"_s << MetaSource::Dateline << u"Jakarta"_s
            << QString() << QDate() << MetaSource::None << QStringList();
        QTest::newRow("header block")
            << u"Judul Berita Tentang Banjir\n\nRina Penulis\n\nTuesday, 12-11-2024 | 11:46 am\n\nABC\nWarga "
               "menyeberangi sungai dengan perahu karet [ist]\n\n\u00A0\n\nBandung, Koran Contoh\n\n"_s
                + body + u"\n\nKOMENTAR"_s
            << u"Judul Berita Tentang Banjir"_s << u"Koran Contoh"_s << MetaSource::Dateline << u"Bandung"_s
            << u"Rina Penulis"_s << QDate(2024, 11, 12) << MetaSource::Header
            << QStringList{u"Rina Penulis"_s,
                           u"Tuesday, 12-11-2024 | 11:46 am"_s,
                           u"ABC"_s,
                           u"Warga menyeberangi sungai dengan perahu karet [ist]"_s,
                           u"Bandung, Koran Contoh"_s,
                           u"KOMENTAR"_s};
        QTest::newRow("outlet line in byline slot")
            << u"Judul Berita Tentang Pasar\n\nWarta Contoh\n\nRabu, 5 Maret 2025 | 10:40 WIB\n\nGARUT \u2013 "_s + body
            << u"Judul Berita Tentang Pasar"_s << u"Warta Contoh"_s << MetaSource::Header << u"GARUT"_s << QString()
            << QDate(2025, 3, 5) << MetaSource::Header
            << QStringList{u"Warta Contoh"_s, u"Rabu, 5 Maret 2025 | 10:40 WIB"_s};
        QTest::newRow("related block and caption")
            << body + u"\nBaca Juga\nJudul Berita Lain Yang Terkait\n"_s + body
                + u"\nPresiden menyapa warga di halaman istana, Senin (3/3/2025). (AP)"_s
            << QString() << QString() << MetaSource::None << QString() << QString() << QDate() << MetaSource::None
            << QStringList{u"Baca Juga"_s, u"Judul Berita Lain Yang Terkait"_s,
                           u"Presiden menyapa warga di halaman istana, Senin (3/3/2025). (AP)"_s};
        QTest::newRow("inline related link")
            << body + u"\nBaca juga: Judul Lain di Sini\nRead also: Another Headline"_s << QString() << QString()
            << MetaSource::None << QString() << QString() << QDate() << MetaSource::None
            << QStringList{u"Baca juga: Judul Lain di Sini"_s, u"Read also: Another Headline"_s};
    }

    void layouts()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(fc::MetaSource, outletSource);
        QFETCH(QString, place);
        QFETCH(QString, byline);
        QFETCH(QDate, published);
        QFETCH(fc::MetaSource, publishedSource);
        QFETCH(QStringList, furniture);
        const Article a = load(text);
        QCOMPARE(a.meta.title, title);
        QCOMPARE(a.meta.outlet, outlet);
        QCOMPARE(a.meta.outletSource, outletSource);
        QCOMPARE(a.meta.datelinePlace, place);
        QCOMPARE(a.meta.byline, byline);
        QCOMPARE(a.meta.published, published);
        QCOMPARE(a.meta.publishedSource, publishedSource);
        QCOMPARE(::furniture(a), furniture);
    }

    // The project's example corpus (resources/examples): header layout with the date line.
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("language");
        QTest::newRow("01") << u"01-kabar-pagi.txt"_s << QString() << u"Dewi Lestari"_s << u"GARUT"_s
                            << QDate(2025, 3, 4) << u"id"_s;
        QTest::newRow("02") << u"02-warta-priangan.txt"_s << u"Warta Priangan"_s << QString() << u"GARUT"_s
                            << QDate(2025, 3, 5) << u"id"_s;
        QTest::newRow("03") << u"03-suara-nusantara.txt"_s << u"Suara Nusantara"_s << QString() << u"JAKARTA"_s
                            << QDate(2025, 3, 4) << u"id"_s;
        QTest::newRow("04") << u"04-java-daily.txt"_s << u"Java Daily"_s << QString() << u"GARUT"_s << QDate(2025, 3, 5)
                            << u"en"_s;
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(QString, outlet);
        QFETCH(QString, byline);
        QFETCH(QString, place);
        QFETCH(QDate, published);
        QFETCH(QString, language);
        const LoadResult r = ArticleLoader().loadFile(fc::test::examplesDir() + u'/' + file);
        QVERIFY(r.ok());
        const Article &a = *r.article;
        QVERIFY(!a.meta.title.isEmpty());
        QCOMPARE(a.meta.titleSource, MetaSource::Header);
        QCOMPARE(a.meta.outlet, outlet);
        QCOMPARE(a.meta.outletSource, outlet.isEmpty() ? MetaSource::None : MetaSource::Header);
        QCOMPARE(a.meta.byline, byline);
        QCOMPARE(a.meta.bylineSource, byline.isEmpty() ? MetaSource::None : MetaSource::Header);
        QCOMPARE(a.meta.datelinePlace, place);
        QCOMPARE(a.meta.published, published);
        QCOMPARE(a.meta.publishedSource, MetaSource::Header);
        QCOMPARE(a.meta.language, language);
        QVERIFY(a.meta.languageConfidence >= 0.8);
        QVERIFY(!a.truncated);
    }

    // What each seed article carries, written down from reading them (their text stays out
    // of the project; the files are read from ../shared/corpus/seeds at test time).
    //  000: no title line, no outlet, no dateline, no date line; ends with a photo caption
    //       credited "(AP)"; complete.
    //  001: title line, byline "Binsar", header date "Tuesday, 12-11-2024 | 11:46 am",
    //       credit line, a caption "[ist]", NBSP-only lines, "Jakarta, Inakoran" on its own
    //       line (place, outlet); ends with "KOMENTAR"; complete.
    //  002: dateline "Meja Fakta –" (outlet only); no date line. The corpus notes call it cut
    //       off, but its last paragraph ends with a full stop, so the signal stays off.
    //  003: dateline "KABARINDO, RUSIA –"; no date line; the last paragraph stops without
    //       punctuation: truncated.
    //  004: dateline "Bisnis.com, JAKARTA -"; no date line (the dates in the body are events);
    //       a "Baca Juga" block with a related headline; complete.
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("hasTitle");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<fc::MetaSource>("outletSource");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<fc::MetaSource>("publishedSource");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<int>("furnitureCount");
        QTest::newRow("000") << u"000_750351bbabb539fd.txt"_s << false << QString() << MetaSource::None << QString()
                             << QString() << QDate() << MetaSource::None << false << 1;
        QTest::newRow("001") << u"001_4a88ce1fee64b4c8.txt"_s << true << u"Inakoran"_s << MetaSource::Dateline
                             << u"Jakarta"_s << u"Binsar"_s << QDate(2024, 11, 12) << MetaSource::Header << false << 7;
        QTest::newRow("002") << u"002_6185801d148f6cd9.txt"_s << false << u"Meja Fakta"_s << MetaSource::Dateline
                             << QString() << QString() << QDate() << MetaSource::None << false << 0;
        QTest::newRow("003") << u"003_1b16245c4a0213c3.txt"_s << false << u"KABARINDO"_s << MetaSource::Dateline
                             << u"RUSIA"_s << QString() << QDate() << MetaSource::None << true << 0;
        QTest::newRow("004") << u"004_cf0ba7742c41244d.txt"_s << false << u"Bisnis.com"_s << MetaSource::Dateline
                             << u"JAKARTA"_s << QString() << QDate() << MetaSource::None << false << 2;
    }

    void seeds()
    {
        if (!fc::test::haveSeeds())
            QFAIL("the seed corpus (../shared/corpus/seeds) is not present: the suite needs it");
        QFETCH(QString, file);
        QFETCH(bool, hasTitle);
        QFETCH(QString, outlet);
        QFETCH(fc::MetaSource, outletSource);
        QFETCH(QString, place);
        QFETCH(QString, byline);
        QFETCH(QDate, published);
        QFETCH(fc::MetaSource, publishedSource);
        QFETCH(bool, truncated);
        QFETCH(int, furnitureCount);
        const QString path = fc::test::seedsDir() + u'/' + file;
        const LoadResult r = ArticleLoader().loadFile(path);
        QVERIFY(r.ok());
        QVERIFY(r.diagnostics.isEmpty());
        const Article &a = *r.article;
        QCOMPARE(!a.meta.title.isEmpty(), hasTitle);
        if (hasTitle) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(a.meta.title, QString::fromUtf8(f.readLine()).trimmed());
        }
        QCOMPARE(a.meta.outlet, outlet);
        QCOMPARE(a.meta.outletSource, outletSource);
        QCOMPARE(a.meta.datelinePlace, place);
        QCOMPARE(a.meta.byline, byline);
        QCOMPARE(a.meta.published, published);
        QCOMPARE(a.meta.publishedSource, publishedSource);
        QCOMPARE(a.meta.language, u"id"_s);
        QVERIFY(a.meta.languageConfidence >= 0.9);
        QCOMPARE(a.truncated, truncated);
        if (truncated) {
            // The unfinished sentence runs to the very end of the text.
            QCOMPARE(a.truncationSpan.end, a.text.size());
            QVERIFY(!a.truncationSpan.isEmpty());
        }
        QCOMPARE(furniture(a).size(), furnitureCount);
        for (const Paragraph &p : a.paragraphs)
            QCOMPARE(p.language, p.body && p.span.length() > 200 ? u"id"_s : p.language);
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
