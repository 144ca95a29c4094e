// The bundled knowledge base (resources/kb) and the user file format (resources/kb/README.md).
#include "TestPaths.h"

#include "entities/KnowledgeBase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup_data();
    void lookup();
    void findLongest_data();
    void findLongest();
    void everyEntryIsWellFormed();
    void userFileExtends();
    void personNameWords_data();
    void personNameWords();
    void badFiles_data();
    void badFiles();
    void loadsEveryBundledFile();
    void regenciesAndCities();
    void confirmedCountryTable();
    void countryWikidata_data();
    void countryWikidata();
    void wellKnownCountryIds_data();
    void wellKnownCountryIds();
};

namespace {

// resources/kb/generate/country_wikidata.tsv: ISO alpha-2 -> Wikidata id, the pairs two
// independent sources agree on (resources/kb/PROVENANCE.md).
QHash<QString, QString> confirmedCountryIds()
{
    QHash<QString, QString> ids;
    QFile f(test::sourcePath(QStringLiteral("resources/kb/generate/country_wikidata.tsv")));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return ids;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        ids.insert(cells.value(0), cells.value(1));
    }
    return ids;
}

struct CountryRecord
{
    QString id;
    QString name;
    QString kind;
};

// The bundled countries.json by ISO code (the loader drops the "iso" field).
QHash<QString, CountryRecord> bundledCountries()
{
    QHash<QString, CountryRecord> countries;
    QFile f(QStringLiteral(":/factcheck/kb/countries.json"));
    if (!f.open(QIODevice::ReadOnly))
        return countries;
    const QJsonArray entries = QJsonDocument::fromJson(f.readAll()).object().value(u"entries").toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        CountryRecord record;
        record.id = o.value(u"id").toString();
        record.name = o.value(u"name").toString();
        record.kind = o.value(u"kind").toString();
        countries.insert(o.value(u"iso").toString(), record);
    }
    return countries;
}

} // namespace

void TestKnowledgeBase::lookup_data()
{
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::newRow("north korea id") << "Korea Utara" << "LOC" << "Q423";
    QTest::newRow("korut") << "Korut" << "LOC" << "Q423";
    QTest::newRow("north korea en") << "North Korea" << "LOC" << "Q423";
    QTest::newRow("south korea") << "Korea Selatan" << "LOC" << "Q884";
    QTest::newRow("AS") << "AS" << "LOC" << "Q30";
    QTest::newRow("as is a word") << "as" << "" << "";
    QTest::newRow("us is a word") << "us" << "" << "";
    QTest::newRow("amerika serikat") << "amerika serikat" << "LOC" << "Q30";
    QTest::newRow("russia iso name") << "Russian Federation" << "LOC" << "Q159";
    QTest::newRow("rusia dateline") << "RUSIA" << "LOC" << "Q159";
    QTest::newRow("ukraina") << "Ukraina" << "LOC" << "Q212";
    QTest::newRow("moskow") << "Moskow" << "LOC" << "Q649";
    QTest::newRow("west java") << "West Java" << "LOC" << "iso:ID-JB";
    QTest::newRow("jawa barat") << "Jawa Barat" << "LOC" << "iso:ID-JB";
    QTest::newRow("nato id") << "Pakta Pertahanan Atlantik Utara" << "ORG" << "Q7184";
    QTest::newRow("pbb") << "PBB" << "ORG" << "Q1065";
    QTest::newRow("kcna id") << "Kantor Berita Pusat Korea" << "ORG" << "fc:kcna";
    QTest::newRow("bnpb") << "BNPB" << "ORG" << "fc:bnpb";
    QTest::newRow("bmkg commas") << "Badan Meteorologi, Klimatologi, dan Geofisika" << "ORG" << "fc:bmkg";
    QTest::newRow("kim hyphen") << "Kim Jong-un" << "PER" << "Q56226";
    QTest::newRow("putin") << "Vladimir Putin" << "PER" << "Q7747";
    QTest::newRow("zelensky") << "Zelensky" << "PER" << "Q3881";
    QTest::newRow("unknown") << "Rahmat Hidayat" << "" << "";
    // Regencies and cities (regencies-id.json, generated from idn-area-data).
    QTest::newRow("regency bare") << "Bojonegoro" << "LOC" << "idn:3522";
    QTest::newRow("regency prefixed") << "Kabupaten Bojonegoro" << "LOC" << "idn:3522";
    QTest::newRow("regency kab.") << "Kab. Bojonegoro" << "LOC" << "idn:3522";
    QTest::newRow("regency islands") << "Kabupaten Kepulauan Selayar" << "LOC" << "idn:7301";
    QTest::newRow("regency short form") << "Selayar" << "LOC" << "idn:7301";
    QTest::newRow("regency english") << "South Aceh Regency" << "LOC" << "idn:1101";
    QTest::newRow("city prefixed keeps old id") << "Kota Makassar" << "LOC" << "fc:makassar";
    QTest::newRow("city bare") << "Makassar" << "LOC" << "fc:makassar";
    QTest::newRow("garut kab.") << "Kab. Garut" << "LOC" << "fc:garut";
    QTest::newRow("jakarta city") << "Jakarta Pusat" << "LOC" << "idn:3171";
    QTest::newRow("jakarta city english") << "Central Jakarta" << "LOC" << "idn:3171";
    QTest::newRow("reduplicated hyphen") << "Kota Bau-Bau" << "LOC" << "idn:7472";
    QTest::newRow("reduplicated closed") << "Baubau" << "LOC" << "idn:7472";
    // A name shared by a regency and a city: the bare name is the city.
    QTest::newRow("bogor bare is the city") << "Bogor" << "LOC" << "idn:3271";
    QTest::newRow("kota bogor") << "Kota Bogor" << "LOC" << "idn:3271";
    QTest::newRow("kabupaten bogor") << "Kabupaten Bogor" << "LOC" << "idn:3201";
    QTest::newRow("bandung bare is the city") << "Bandung" << "LOC" << "fc:bandung";
    QTest::newRow("kabupaten bandung") << "Kabupaten Bandung" << "LOC" << "idn:3204";
    // A province keeps its name; the city of the same name has the prefixed form.
    QTest::newRow("yogyakarta province") << "Yogyakarta" << "LOC" << "iso:ID-YO";
    QTest::newRow("kota yogyakarta") << "Kota Yogyakarta" << "LOC" << "idn:3471";
    // Ordinary words and given names are no places alone (generate/regency_ambiguous.tsv).
    QTest::newRow("batu is stone") << "Batu" << "" << "";
    QTest::newRow("kota batu") << "Kota Batu" << "LOC" << "idn:3579";
    QTest::newRow("kudus is holy") << "Kudus" << "" << "";
    QTest::newRow("kabupaten kudus") << "Kabupaten Kudus" << "LOC" << "idn:3319";
    QTest::newRow("bima is a given name") << "Bima" << "" << "";
    QTest::newRow("sungai penuh is a full river") << "Sungai Penuh" << "" << "";
    QTest::newRow("kota sungai penuh") << "Kota Sungai Penuh" << "LOC" << "idn:1572";
}

void TestKnowledgeBase::lookup()
{
    QFETCH(QString, surface);
    QFETCH(QString, type);
    QFETCH(QString, id);
    const KbEntry *e = KnowledgeBase::bundled().find(surface);
    if (id.isEmpty()) {
        QVERIFY2(!e, e ? qPrintable(e->id) : "");
        return;
    }
    QVERIFY2(e, qPrintable(surface));
    QCOMPARE(e->id, id);
    QCOMPARE(mentionTypeCode(e->type), type);
    QCOMPARE(e->wikidata(), id.startsWith(u'Q') ? id : QString());
}

void TestKnowledgeBase::everyEntryIsWellFormed()
{
    const KnowledgeBase &kb = KnowledgeBase::bundled();
    QVERIFY2(kb.entries().size() > 400, qPrintable(QString::number(kb.entries().size())));
    QSet<QString> ids;
    for (const KbEntry &e : kb.entries()) {
        QVERIFY2(!e.name.isEmpty(), qPrintable(e.id));
        QVERIFY2(!ids.contains(e.id), qPrintable(u"duplicate id " + e.id));
        ids.insert(e.id);
        QVERIFY2(e.id.startsWith(u'Q') || e.id.startsWith(QLatin1String("fc:"))
                     || e.id.startsWith(QLatin1String("iso:")) || e.id.startsWith(QLatin1String("idn:")),
                 qPrintable(e.id));
    }
    // Every G20 member country has its Wikidata id.
    for (const char *country : {"Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India",
                                "Indonesia", "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa",
                                "South Korea", "Turkey", "United Kingdom", "United States"}) {
        const KbEntry *e = kb.find(QString::fromLatin1(country));
        QVERIFY2(e && !e->wikidata().isEmpty(), country);
    }
}

void TestKnowledgeBase::regenciesAndCities()
{
    KnowledgeBase file;
    QVERIFY(file.loadFile(QStringLiteral(":/factcheck/kb/regencies-id.json")));
    const KnowledgeBase &kb = KnowledgeBase::bundled();
    int regencies = 0;
    int cities = 0;
    for (const KbEntry &e : file.entries()) {
        QVERIFY2(e.kind == u"regency" || e.kind == u"city", qPrintable(e.id));
        (e.kind == u"regency" ? regencies : cities)++;
        QVERIFY2(e.nameId.startsWith(e.kind == u"regency" ? QLatin1String("Kabupaten ") : QLatin1String("Kota ")),
                 qPrintable(e.id + u' ' + e.nameId));
        // Every regency and city is found by its Indonesian name in the bundled base.
        const KbEntry *found = kb.find(e.nameId);
        QVERIFY2(found && found->id == e.id, qPrintable(e.nameId));
    }
    // Indonesia's 416 regencies and 98 cities (idn-area-data 3.1.2).
    QCOMPARE(regencies, 416);
    QCOMPARE(cities, 98);
}

void TestKnowledgeBase::confirmedCountryTable()
{
    // 194 pairs when written; a truncated table would silently take ids away.
    const QHash<QString, QString> ids = confirmedCountryIds();
    QVERIFY2(ids.size() >= 194, qPrintable(QString::number(ids.size())));
    // One id per code, one code per id.
    QSet<QString> seen;
    for (const QString &id : ids) {
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
}

void TestKnowledgeBase::countryWikidata_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("qid");
    const QHash<QString, QString> ids = confirmedCountryIds();
    QStringList codes = ids.keys();
    codes.sort();
    for (const QString &code : std::as_const(codes))
        QTest::newRow(qPrintable(code)) << code << ids.value(code);
}

void TestKnowledgeBase::countryWikidata()
{
    // Every country whose code is in the confirmed table carries that id in the bundled data,
    // and its name leads to it.
    QFETCH(QString, iso);
    QFETCH(QString, qid);
    QVERIFY2(qid.size() > 1 && qid.startsWith(u'Q') && qid.mid(1).toULongLong() > 0, qPrintable(qid));
    static const QHash<QString, CountryRecord> countries = bundledCountries();
    QVERIFY2(countries.contains(iso), qPrintable(iso));
    const CountryRecord &country = countries.value(iso);
    QCOMPARE(country.id, qid);
    QCOMPARE(country.kind, QStringLiteral("country"));
    const KnowledgeBase &kb = KnowledgeBase::bundled();
    const KbEntry *byId = kb.findById(qid);
    QVERIFY2(byId, qPrintable(qid));
    QCOMPARE(byId->name, country.name);
    const KbEntry *byName = kb.find(country.name);
    QVERIFY2(byName, qPrintable(country.name));
    QCOMPARE(byName->id, qid);
    QCOMPARE(byName->wikidata(), qid);
}

void TestKnowledgeBase::wellKnownCountryIds_data()
{
    // Pairs as the confirmed table gives them; the surface is the name news uses.
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("qid");
    QTest::newRow("ID") << "ID" << "Indonesia" << "Q252";
    QTest::newRow("JP") << "JP" << "Jepang" << "Q17";
    QTest::newRow("KP") << "KP" << "Korea Utara" << "Q423";
    QTest::newRow("KR") << "KR" << "South Korea" << "Q884";
    QTest::newRow("RU") << "RU" << "Rusia" << "Q159";
    QTest::newRow("UA") << "UA" << "Ukraine" << "Q212";
    QTest::newRow("US") << "US" << "Amerika Serikat" << "Q30";
    // Countries that had only an "iso:" id before the table.
    QTest::newRow("NO") << "NO" << "Norwegia" << "Q20";
    QTest::newRow("NZ") << "NZ" << "Selandia Baru" << "Q664";
    QTest::newRow("CH") << "CH" << "Switzerland" << "Q39";
    QTest::newRow("GR") << "GR" << "Yunani" << "Q41";
    QTest::newRow("KE") << "KE" << "Kenya" << "Q114";
    QTest::newRow("PT") << "PT" << "Portugal" << "Q45";
}

void TestKnowledgeBase::wellKnownCountryIds()
{
    QFETCH(QString, iso);
    QFETCH(QString, surface);
    QFETCH(QString, qid);
    static const QHash<QString, QString> ids = confirmedCountryIds();
    QCOMPARE(ids.value(iso), qid);
    const KbEntry *e = KnowledgeBase::bundled().find(surface);
    QVERIFY2(e, qPrintable(surface));
    QCOMPARE(e->id, qid);
    QCOMPARE(e->kind, QStringLiteral("country"));
}

void TestKnowledgeBase::userFileExtends()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"entries": [
        {"id": "local:rahmat", "type": "PER", "name": "Rahmat Hidayat", "aliases": ["Pak Rahmat"]},
        {"id": "local:garut-flood-post", "type": "ORG", "name": "Posko Banjir Garut", "name_id": "Posko Banjir Garut"},
        {"id": "local:override", "type": "LOC", "name": "Korut"}
    ]})");
    f.close();
    KnowledgeBase kb = KnowledgeBase::bundled();
    QString error;
    QVERIFY2(kb.loadFile(path, &error), qPrintable(error));
    QCOMPARE(kb.find(QStringLiteral("pak rahmat"))->id, QStringLiteral("local:rahmat"));
    QCOMPARE(kb.find(QStringLiteral("Posko Banjir Garut"))->type, MentionType::Organisation);
    // A user entry does not take a name the bundled data already gives.
    QCOMPARE(kb.find(QStringLiteral("Korut"))->id, QStringLiteral("Q423"));
}

// findLongest() gives what find() gives trying each span from the longest: the spans end
// after each word of the text.
void TestKnowledgeBase::findLongest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // the span it names, empty: none
    QTest::newRow("longest of three") << u"Amerika Serikat dan"_s << u"Amerika Serikat"_s;
    QTest::newRow("first word alone") << u"Ukraina menolak tawaran"_s << u"Ukraina"_s;
    QTest::newRow("all-capital alias") << u"AS dan"_s << u"AS"_s;
    QTest::newRow("all-capital alias in lower case") << u"as dan"_s << QString();
    QTest::newRow("comma inside") << u"Badan Meteorologi, Klimatologi, dan Geofisika mencatat"_s
                                  << u"Badan Meteorologi, Klimatologi, dan Geofisika"_s;
    QTest::newRow("hyphen") << u"Kim Jong-un berkata"_s << u"Kim Jong-un"_s;
    QTest::newRow("hyphen as a space") << u"Kim Jong un berkata"_s << u"Kim Jong un"_s;
    QTest::newRow("two spaces") << u"Jawa  Barat timur"_s << u"Jawa  Barat"_s;
    QTest::newRow("beyond ASCII after the name") << u"Jawa Barat Café"_s << u"Jawa Barat"_s;
    QTest::newRow("beyond ASCII, shorter span") << u"Moskow Café"_s << u"Moskow"_s;
    QTest::newRow("typographic apostrophe") << u"Moskow’s Kremlin"_s << QString();
    QTest::newRow("none") << u"Rahmat Hidayat berkata"_s << QString();
}

void TestKnowledgeBase::findLongest()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    const KnowledgeBase &kb = KnowledgeBase::bundled();
    QList<qsizetype> ends;
    for (qsizetype p = 1; p <= text.size(); ++p) {
        if (!text.at(p - 1).isSpace() && (p == text.size() || text.at(p).isSpace()))
            ends.append(p);
    }
    // Span by span, the longest first.
    const KbEntry *expected = nullptr;
    qsizetype expectedWhich = -1;
    for (qsizetype k = ends.size() - 1; k >= 0 && !expected; --k) {
        expected = kb.find(QStringView(text).left(ends.at(k)));
        expectedWhich = expected ? k : -1;
    }
    qsizetype which = -1;
    const KbEntry *e = kb.findLongest(text, ends, &which);
    QCOMPARE(e, expected);
    QCOMPARE(e ? which : -1, expectedWhich);
    QCOMPARE(e ? text.left(ends.at(which)) : QString(), found);
}

// The people's names as key words, kept by add(): what the name recogniser reads for a known
// person, for the bundled entries and for those a user file adds after them.
void TestKnowledgeBase::personNameWords_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QStringList>("words"); // the last personNameWords() row; empty: none added
    QTest::addColumn<QStringList>("edges"); // in personEdgeWords()
    QTest::addColumn<QStringList>("notEdges");

    QTest::newRow("two words") << R"({"id": "local:a", "type": "PER", "name": "Galihx Suryadix"})"
                               << QStringList{u"galihx"_s, u"suryadix"_s} << QStringList{u"galihx"_s, u"suryadix"_s}
                               << QStringList{};
    QTest::newRow("three words, the middle one no edge")
        << R"({"id": "local:b", "type": "PER", "name": "Sitix Nurx Azizahx"})"
        << QStringList{u"sitix"_s, u"nurx"_s, u"azizahx"_s} << QStringList{u"sitix"_s, u"azizahx"_s}
        << QStringList{u"nurx"_s};
    QTest::newRow("hyphen as a space") << R"({"id": "local:c", "type": "PER", "name": "Leex Jaex-myungx"})"
                                       << QStringList{u"leex"_s, u"jaex"_s, u"myungx"_s}
                                       << QStringList{u"leex"_s, u"myungx"_s} << QStringList{u"jaex"_s};
    QTest::newRow("one word: no edge") << R"({"id": "local:d", "type": "PER", "name": "Zulkarnaenx"})"
                                       << QStringList{u"zulkarnaenx"_s} << QStringList{}
                                       << QStringList{u"zulkarnaenx"_s};
    QTest::newRow("an organisation adds none")
        << R"({"id": "local:e", "type": "ORG", "name": "Posko Qwertyuiop"})" << QStringList{} << QStringList{}
        << QStringList{u"posko"_s, u"qwertyuiop"_s};
}

void TestKnowledgeBase::personNameWords()
{
    QFETCH(QString, entry);
    QFETCH(QStringList, words);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, notEdges);
    KnowledgeBase kb = KnowledgeBase::bundled();
    const qsizetype before = kb.personNameWords().size();
    QVERIFY(before > 0); // the bundled people are there
    QString error;
    QVERIFY2(kb.loadJson(QStringLiteral(R"({"entries": [%1]})").arg(entry).toUtf8(), u"user.json"_s, &error),
             qPrintable(error));
    if (words.isEmpty()) {
        QCOMPARE(kb.personNameWords().size(), before);
    } else {
        QCOMPARE(kb.personNameWords().size(), before + 1);
        QCOMPARE(kb.personNameWords().constLast(), words);
    }
    for (const QString &w : std::as_const(edges))
        QVERIFY2(kb.personEdgeWords().contains(w), qPrintable(w));
    for (const QString &w : std::as_const(notEdges))
        QVERIFY2(!kb.personEdgeWords().contains(w), qPrintable(w));
    // Every bundled person is listed once, in entry order.
    qsizetype people = 0;
    for (const KbEntry &e : kb.entries())
        people += e.type == MentionType::Person;
    QCOMPARE(kb.personNameWords().size(), people);
}

void TestKnowledgeBase::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{entries: [") << "not valid JSON";
    QTest::newRow("no entries") << QByteArray(R"({"people": []})") << "\"entries\" array";
    QTest::newRow("bad type") << QByteArray(R"({"entries": [{"id": "x", "name": "X", "type": "DATE"}]})")
                              << "entry 1: type";
    QTest::newRow("no name") << QByteArray(R"({"entries": [{"id": "x", "type": "PER"}]})")
                             << "entry 1: \"id\" and \"name\"";
}

void TestKnowledgeBase::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    KnowledgeBase kb;
    QString error;
    QVERIFY(!kb.loadJson(json, QStringLiteral("user.json"), &error));
    QVERIFY2(error.startsWith(QLatin1String("user.json: ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(kb.entries().isEmpty()); // nothing half-loaded
    QVERIFY(!kb.loadFile(QStringLiteral("/nonexistent/kb.json"), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/kb.json")), qPrintable(error));
}

void TestKnowledgeBase::loadsEveryBundledFile()
{
    // Every bundled file loads, and together they are what bundled() holds. How long loading
    // takes is measured by bench_entities (BM_KnowledgeBaseLoad), not asserted here.
    KnowledgeBase kb;
    for (const QString &name :
         {QStringLiteral("countries"), QStringLiteral("provinces-id"), QStringLiteral("people"),
          QStringLiteral("organisations"), QStringLiteral("indonesia-institutions"), QStringLiteral("places-curated"),
          QStringLiteral("regencies-id"), QStringLiteral("political-parties-id"), QStringLiteral("people-id")})
        QVERIFY2(kb.loadFile(QStringLiteral(":/factcheck/kb/%1.json").arg(name)), qPrintable(name));
    QCOMPARE(kb.entries().size(), KnowledgeBase::bundled().entries().size());
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
