#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QDir>
#include <QHash>
#include <QTest>

#include <algorithm>

using namespace fc;

// The whole pipeline on the project's example corpus and, where present, the user's seed
// articles: the findings an editor expects, and no false alarm where the articles agree.
class TestChecksCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();

private:
    static Report analyse(const QString &dir);
};

Report TestChecksCorpus::analyse(const QString &dirPath)
{
    const QDir dir(dirPath);
    const ArticleLoader loader;
    QList<Article> articles;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto loaded = loader.loadFile(dir.filePath(name));
        if (loaded.ok())
            articles.append(*loaded.article);
    }
    return Analyzer().analyze(articles);
}

void TestChecksCorpus::findings_data()
{
    QTest::addColumn<QString>("corpus"); // "examples", "seeds", or a story in tests/core/data
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("values"); // comma-joined values that one finding must carry, in order
    QTest::addColumn<bool>("expected");  // false: no such finding (a false alarm)

    const QString ex = QStringLiteral("examples"), seeds = QStringLiteral("seeds"), ferry = QStringLiteral("ferry");
    const QString quake = QStringLiteral("quake"), court = QStringLiteral("court");
    const QString parliament = QStringLiteral("parliament");
    QTest::newRow("examples: flood date") << ex << "date_conflict" << "2025-03-02,2025-03-03" << true;
    QTest::newRow("examples: weekday") << ex << "weekday_mismatch" << "2025-03-03,2" << true;
    QTest::newRow("examples: houses") << ex << "quantity_conflict" << "1200,2000" << true;
    QTest::newRow("examples: water height") << ex << "quantity_conflict" << "2.5,3" << true;
    QTest::newRow("examples: death toll revised") << ex << "revision" << "12,15" << true;
    QTest::newRow("examples: death toll is no conflict") << ex << "quantity_conflict" << "12,15" << false;
    QTest::newRow("examples: misspelt name") << ex << "name_variant" << "Rahmat Hidayat,Rahmat Hidayah" << true;
    QTest::newRow("examples: title") << ex << "title_conflict" << "head,secretary" << true;
    QTest::newRow("examples: evacuees agree") << ex << "corroboration" << "3400" << true;
    QTest::newRow("seeds: invasion date") << seeds << "date_conflict" << "2022-02,2024-02" << true;
    QTest::newRow("seeds: troops") << seeds << "quantity_conflict" << "10000,11000" << true;
    QTest::newRow("seeds: Kim") << seeds << "name_variant" << "Kim Jong Un,Kim Jon Un" << true;
    QTest::newRow("seeds: Kim's title") << seeds << "title_conflict" << "leader,president" << true;
    QTest::newRow("seeds: signing in June") << seeds << "date_conflict" << "2024-06,2024-06-19" << false;
    QTest::newRow("seeds: signing corroborated") << seeds << "corroboration" << "2024-06,2024-06-19" << true;
    QTest::newRow("seeds: Blinken") << seeds << "name_variant" << "Antony Blinken,Anthony Blinken" << true;
    QTest::newRow("seeds: Zelensky") << seeds << "name_variant" << "Volodymyr Zelensky,Zelenskyy" << true;
    QTest::newRow("seeds: Xi") << seeds << "name_variant" << "Xi Jinping,Xi Jinpin" << true;
    QTest::newRow("seeds: troops alleged vs confirmed") << seeds << "status_conflict" << "alleged,unconfirmed" << true;
    QTest::newRow("ferry: day of the sinking") << ferry << "date_conflict" << "2025-08-12,2025-08-13" << true;
    QTest::newRow("ferry: missing passengers") << ferry << "quantity_conflict" << "9,11" << true;
    QTest::newRow("ferry: wave height") << ferry << "quantity_conflict" << "3,4" << true;
    QTest::newRow("quake: magnitude") << quake << "quantity_conflict" << "5.8,6" << true;
    QTest::newRow("quake: injured") << quake << "quantity_conflict" << "4,5" << true;
    QTest::newRow("quake: evacuees") << quake << "quantity_conflict" << "1200,1500" << true;
    QTest::newRow("quake: houses agree") << quake << "quantity_conflict" << "300,312" << false;
    QTest::newRow("quake: 2021 is an earlier quake") << quake << "date_conflict" << "2021" << false;
    QTest::newRow("quake: its magnitude too") << quake << "quantity_conflict" << "6.2" << false;
    QTest::newRow("court: prison term") << court << "quantity_conflict" << "8,10" << true;
    QTest::newRow("court: demand agrees") << court << "corroboration" << "10" << true;
    QTest::newRow("court: investigation start") << court << "date_conflict" << "2023-03,2024-03" << true;
    QTest::newRow("court: appeal days are no term") << court << "quantity_conflict" << "7" << false;
    QTest::newRow("parliament: day of the vote") << parliament << "date_conflict" << "2026-02-11,2026-02-12" << true;
    QTest::newRow("parliament: factions") << parliament << "quantity_conflict" << "7,8" << true;
    QTest::newRow("parliament: lawmakers") << parliament << "quantity_conflict" << "398,412" << true;
    // Measured claims on stories outside the event families (each story's README lists why).
    const QString economy = QStringLiteral("economy"), election = QStringLiteral("election");
    const QString health = QStringLiteral("health");
    QTest::newRow("economy: annual inflation") << economy << "quantity_conflict" << "2.68,2.86" << true;
    QTest::newRow("economy: rice price") << economy << "quantity_conflict" << "13500,14500" << true;
    QTest::newRow("economy: growth in the third quarter") << economy << "quantity_conflict" << "5.04,5.4" << true;
    QTest::newRow("economy: September is another period") << economy << "quantity_conflict" << "2.65" << false;
    QTest::newRow("economy: monthly is another basis") << economy << "quantity_conflict" << "0.28" << false;
    QTest::newRow("economy: core is another measure") << economy << "quantity_conflict" << "2.36" << false;
    QTest::newRow("economy: the target band is no outcome") << economy << "quantity_conflict" << "1.5" << false;
    QTest::newRow("economy: dollars and rupiah need a rate")
        << economy << "quantity_conflict" << "22100000000" << false;
    QTest::newRow("economy: regencies agree") << economy << "quantity_conflict" << "27" << false;
    QTest::newRow("election: polling day") << election << "date_conflict" << "2026-02-25,2026-02-26" << true;
    QTest::newRow("election: turnout") << election << "quantity_conflict" << "71.3,73.1" << true;
    QTest::newRow("election: districts") << election << "quantity_conflict" << "12,21" << true;
    QTest::newRow("election: the 2020 turnout") << election << "quantity_conflict" << "68" << false;
    QTest::newRow("election: the winners' share agrees") << election << "quantity_conflict" << "54.2" << false;
    QTest::newRow("election: polling stations agree") << election << "quantity_conflict" << "1204" << false;
    QTest::newRow("election: the result day is another event") << election << "date_conflict" << "2026-03-02" << false;
    QTest::newRow("health: dengue cases") << health << "quantity_conflict" << "1245,1425" << true;
    QTest::newRow("health: health centres") << health << "quantity_conflict" << "16,18" << true;
    QTest::newRow("health: December is another period") << health << "quantity_conflict" << "640" << false;
    QTest::newRow("health: patients agree") << health << "quantity_conflict" << "310" << false;
}

void TestChecksCorpus::findings()
{
    QFETCH(QString, corpus);
    QFETCH(QString, kind);
    QFETCH(QString, values);
    QFETCH(bool, expected);
    const bool needsNames = kind == u"date_conflict" || kind == u"name_variant" || kind == u"title_conflict";
    if (corpus == u"seeds" && !test::haveSeeds())
        QFAIL("the seed corpus (../shared/corpus/seeds) is not present: the suite needs it");
    static QHash<QString, Report> cache;
    if (!cache.contains(corpus))
        cache.insert(corpus,
                     analyse(corpus == u"seeds" ? test::seedsDir()
                                 : corpus == u"examples"
                                 ? test::examplesDir()
                                 : test::sourcePath(QStringLiteral("tests/core/data/") + corpus)));
    const Report &report = cache[corpus];
    // Events are aligned through named participants: a story with no person at all means the
    // name recogniser broke, which must fail here rather than pass as a skip.
    const bool haveNames = std::any_of(report.articles.cbegin(), report.articles.cend(), [](const Article &a) {
        return std::any_of(a.mentions.cbegin(), a.mentions.cend(),
                           [](const Mention &m) { return m.type == MentionType::Person; });
    });
    if (needsNames)
        QVERIFY2(haveNames, "no person mentions in the corpus: the name recogniser found nobody");
    QStringList all;
    bool found = false;
    const QStringList wanted = values.split(QLatin1Char(','));
    for (const Finding &f : report.findings) {
        all.append(f.id + QLatin1Char(' ') + f.kind + QLatin1Char(' ') + f.values.join(QLatin1Char(','))
                   + QLatin1String(": ") + f.summary);
        if (f.kind != kind)
            continue;
        bool all_in = true;
        for (const QString &v : wanted)
            all_in = all_in && f.values.contains(v);
        found = found || all_in;
    }
    QVERIFY2(found == expected, qPrintable(all.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestChecksCorpus)
#include "tst_checks_corpus.moc"
