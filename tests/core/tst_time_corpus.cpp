// Every date, time and figure in the project's example corpus and in the user's seed articles
// (read from ../shared/corpus/seeds when present), with the value each must get. The
// expectations are written here; the articles' text is read from disk, never copied.
#include "TestPaths.h"

#include "quantity/QuantityRecogniser.h"
#include "time/TimeRecogniser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace fc;

class TestTimeCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articles_data();
    void articles();
};

namespace {

// "text=value" in text order; "?" for a relative value with no publication date to anchor it.
QStringList timesOf(const Article &a)
{
    QStringList out;
    for (const auto &t : a.times)
        out.append(t.text + u'=' + (t.value.anchored || t.isDuration ? t.isoValue() : QStringLiteral("?")));
    return out;
}

QStringList mismatchesOf(const Article &a)
{
    QStringList out;
    for (const auto &t : a.times) {
        if (t.weekdayMismatch)
            out.append(t.text);
    }
    return out;
}

QStringList quantitiesOf(const Article &a)
{
    QStringList out;
    for (const auto &q : a.quantities) {
        QString s = q.text + u'=' + QString::number(q.value, 'g', 12);
        if (q.approximation != Approximation::Exact)
            s += u' ' + approximationCode(q.approximation);
        out.append(s);
    }
    return out;
}

} // namespace

void TestTimeCorpus::articles_data()
{
    QTest::addColumn<bool>("seed");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QStringList>("mismatches");
    QTest::addColumn<QStringList>("quantities");

    // The project's examples, with the publication dates their headers state.
    QTest::newRow("example 01")
        << false << "01-kabar-pagi.txt" << "2025-03-04"
        << QStringList{u"Selasa, 4 Maret 2025=2025-03-04"_s,   u"08:15 WIB=2025-03-04T08:15"_s,
                       u"Senin (3/3/2025) malam=2025-03-03"_s, u"Selasa pagi=2025-03-04"_s,
                       u"hingga Kamis=2025-03-06"_s,           u"selama 14 hari=P14D"_s}
        << QStringList{}
        << QStringList{
               u"12 Orang=12"_s, u"tujuh kecamatan=7"_s, u"sedikitnya 12 orang=12 at_least"_s, u"4 orang=4"_s,
               u"satu jam=1"_s,  u"2,5 meter=2.5"_s,     u"sekitar 1.200 rumah=1200 about"_s,  u"3.400 warga=3400"_s};
    QTest::newRow("example 02") << false << "02-warta-priangan.txt" << "2025-03-05"
                                << QStringList{u"Rabu, 5 Maret 2025=2025-03-05"_s, u"10:40 WIB=2025-03-05T10:40"_s,
                                               u"Minggu (2/3/2025) malam=2025-03-02"_s,
                                               u"pada Selasa sore=2025-03-04"_s}
                                << QStringList{}
                                << QStringList{u"15 Orang=15"_s,
                                               u"15 orang=15"_s,
                                               u"tiga jenazah=3"_s,
                                               u"Satu orang=1"_s,
                                               u"lebih dari 2.000 rumah=2000 more_than"_s,
                                               u"3.400 jiwa=3400"_s,
                                               u"Rp 1,5 miliar=1500000000"_s};
    QTest::newRow("example 03") << false << "03-suara-nusantara.txt" << "2025-03-04"
                                << QStringList{u"14 Hari=P14D"_s,
                                               u"Selasa, 4 Maret 2025=2025-03-04"_s,
                                               u"19:05 WIB=2025-03-04T19:05"_s,
                                               u"Selasa (3/3/2025) malam=2025-03-03"_s,
                                               u"selama 14 hari=P14D"_s,
                                               u"pekan ini=2025-W10"_s}
                                << QStringList{u"Selasa (3/3/2025) malam"_s}
                                << QStringList{u"12 orang=12"_s, u"hingga 3 meter=3 at_most"_s,
                                               u"kurang dari satu jam=1 less_than"_s, u"150 personel=150"_s,
                                               u"Sekitar 1.200 rumah=1200 about"_s};
    QTest::newRow("example 04") << false << "04-java-daily.txt" << "2025-03-05"
                                << QStringList{u"Wednesday, March 5, 2025=2025-03-05"_s,
                                               u"2:30 pm=2025-03-05T14:30"_s,
                                               u"on Monday night=2025-03-03"_s,
                                               u"on Tuesday=2025-03-04"_s,
                                               u"on Tuesday afternoon=2025-03-04"_s,
                                               u"14-day=P14D"_s,
                                               u"on Tuesday=2025-03-04"_s}
                                << QStringList{}
                                << QStringList{u"15=15"_s,
                                               u"15=15"_s,
                                               u"12=12"_s,
                                               u"three more bodies=3"_s,
                                               u"One person=1"_s,
                                               u"more than 2,000 houses=2000 more_than"_s,
                                               u"about 3,400 residents=3400 about"_s,
                                               u"about 2.5 metres=2.5 about"_s};
    // The example read without its publication date: the date line above its lead stands in,
    // so relative values resolve as with the stated date (PublicationDate.h).
    QTest::newRow("example 01 date inferred")
        << false << "01-kabar-pagi.txt" << ""
        << QStringList{u"Selasa, 4 Maret 2025=2025-03-04"_s,   u"08:15 WIB=2025-03-04T08:15"_s,
                       u"Senin (3/3/2025) malam=2025-03-03"_s, u"Selasa pagi=2025-03-04"_s,
                       u"hingga Kamis=2025-03-06"_s,           u"selama 14 hari=P14D"_s}
        << QStringList{}
        << QStringList{
               u"12 Orang=12"_s, u"tujuh kecamatan=7"_s, u"sedikitnya 12 orang=12 at_least"_s, u"4 orang=4"_s,
               u"satu jam=1"_s,  u"2,5 meter=2.5"_s,     u"sekitar 1.200 rumah=1200 about"_s,  u"3.400 warga=3400"_s};

    // The seeds. Only 001 states its date (its header); the others carry none and no full date in
    // their lead, so their relative expressions stay unanchored, and are checked again with the
    // date an editor would supply.
    QTest::newRow("seed 000") << true << "000_750351bbabb539fd.txt" << ""
                              << QStringList{u"pada hari Sabtu=?"_s, u"pada bulan Juni ini=?"_s,
                                             u"pada Februari 2022=2022-02"_s, u"19 Juni 2024=2024-06-19"_s}
                              << QStringList{}
                              << QStringList{u"sekitar 11.000 tentara=11000 about"_s,
                                             u"sekitar 10.000 tentara=10000 about"_s};
    QTest::newRow("seed 000 dated by the user")
        << true << "000_750351bbabb539fd.txt" << "2024-11-10"
        << QStringList{u"pada hari Sabtu=2024-11-09"_s, u"pada bulan Juni ini=2024-06"_s,
                       u"pada Februari 2022=2022-02"_s, u"19 Juni 2024=2024-06-19"_s}
        << QStringList{}
        << QStringList{u"sekitar 11.000 tentara=11000 about"_s, u"sekitar 10.000 tentara=10000 about"_s};
    QTest::newRow("seed 001") << true << "001_4a88ce1fee64b4c8.txt" << "2024-11-12"
                              << QStringList{u"Tuesday, 12-11-2024=2024-11-12"_s,
                                             u"11:46 am=2024-11-12T11:46"_s,
                                             u"18 Oktober 2024=2024-10-18"_s,
                                             u"Selasa=2024-11-12"_s,
                                             u"pada bulan Juni=2024-06"_s,
                                             u"pada Februari 2022=2022-02"_s,
                                             u"pada Februari 2022=2022-02"_s,
                                             u"pada bulan Juni=2024-06"_s,
                                             u"Selasa=2024-11-12"_s}
                              << QStringList{} << QStringList{};
    QTest::newRow("seed 002") << true << "002_6185801d148f6cd9.txt" << ""
                              << QStringList{u"pada hari Senin=?"_s, u"pada Selasa=?"_s, u"pada bulan Juni=?"_s,
                                             u"pada bulan Juni=?"_s, u"lebih dari satu tahun=P1Y"_s}
                              << QStringList{} << QStringList{u"sekitar 10.000 tentara=10000 about"_s};
    QTest::newRow("seed 002 dated by the user")
        << true << "002_6185801d148f6cd9.txt" << "2024-11-12"
        << QStringList{u"pada hari Senin=2024-11-11"_s, u"pada Selasa=2024-11-12"_s, u"pada bulan Juni=2024-06"_s,
                       u"pada bulan Juni=2024-06"_s, u"lebih dari satu tahun=P1Y"_s}
        << QStringList{} << QStringList{u"sekitar 10.000 tentara=10000 about"_s};
    QTest::newRow("seed 003") << true << "003_1b16245c4a0213c3.txt" << ""
                              << QStringList{u"sejak tahun 2000=2000"_s,
                                             u"pada September tahun lalu=?"_s,
                                             u"Rabu (19/6/2024)=2024-06-19"_s,
                                             u"dalam beberapa bulan terakhir=?"_s,
                                             u"pada bulan September=?"_s,
                                             u"dalam beberapa minggu terakhir=?"_s,
                                             u"awal bulan ini=?"_s,
                                             u"Rabu (19/6/2024)=2024-06-19"_s}
                              << QStringList{} << QStringList{};
    QTest::newRow("seed 003 dated by the user")
        << true << "003_1b16245c4a0213c3.txt" << "2024-06-20"
        << QStringList{u"sejak tahun 2000=2000"_s,
                       u"pada September tahun lalu=2023-09"_s,
                       u"Rabu (19/6/2024)=2024-06-19"_s,
                       u"dalam beberapa bulan terakhir=2023-12-20/2024-06-20"_s,
                       u"pada bulan September=2023-09"_s,
                       u"dalam beberapa minggu terakhir=2024-05-09/2024-06-20"_s,
                       u"awal bulan ini=2024-06-01/2024-06-10"_s,
                       u"Rabu (19/6/2024)=2024-06-19"_s}
        << QStringList{} << QStringList{};
    QTest::newRow("seed 004") << true << "004_cf0ba7742c41244d.txt" << ""
                              << QStringList{u"Sabtu waktu setempat (9/11/2024)=2024-11-09"_s,
                                             u"pada Juni 2024 lalu=2024-06"_s,
                                             u"pada Februari 2024=2024-02"_s,
                                             u"Kamis (7/11/2024)=2024-11-07"_s,
                                             u"selama seratus tahun=P100Y"_s,
                                             u"Rabu (23/10/2024)=2024-10-23"_s}
                              << QStringList{} << QStringList{u"dua negara=2"_s, u"11.000 tentara=11000"_s};
}

void TestTimeCorpus::articles()
{
    QFETCH(bool, seed);
    QFETCH(QString, file);
    QFETCH(QString, published);
    QFETCH(QStringList, times);
    QFETCH(QStringList, mismatches);
    QFETCH(QStringList, quantities);
    if (seed && !test::haveSeeds())
        QFAIL("the seed corpus (../shared/corpus/seeds) is not present: the suite needs it");
    const QString path = QDir(seed ? test::seedsDir() : test::examplesDir()).filePath(file);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    Article a;
    a.text = a.originalText = QString::fromUtf8(f.readAll());
    a.meta.published = QDate::fromString(published, Qt::ISODate);
    recogniseTimes(a);
    recogniseQuantities(a);
    QCOMPARE(timesOf(a), times);
    QCOMPARE(mismatchesOf(a), mismatches);
    QCOMPARE(quantitiesOf(a), quantities);

    // Setting the date afterwards gives what analysing with it gives.
    if (!published.isEmpty()) {
        Article later = a;
        later.meta.published = QDate();
        recogniseTimes(later);
        later.meta.published = a.meta.published;
        reanchorTimes(later);
        QCOMPARE(timesOf(later), times);
    }
}

QTEST_GUILESS_MAIN(TestTimeCorpus)
#include "tst_time_corpus.moc"
