// Entity resolution: tables of surface forms that must (not) become one entity, and the
// expected clusters on the project's examples and, when present, the user's seed articles.
#include "TestPaths.h"

#include "entities/EntityResolver.h"
#include "entities/KnowledgeBase.h"
#include "entities/NameSimilarity.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace fc;

class TestEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolution_data();
    void resolution();
    void editDistance_data();
    void editDistance();
    void ambiguousSurnameStaysApart();
    void idsAreStableAndOrdered();
    void sourceNamesItsEntity();
    void namesInEachLanguage();
    void fromText_data();
    void fromText();
    void examples();
    void seeds_data();
    void seeds();
};

// One article per surface form, each holding one mention of the given type.
static QList<Article> articlesFor(MentionType type, const QStringList &forms)
{
    QList<Article> articles;
    for (const QString &form : forms) {
        Article a;
        a.id = QStringLiteral("d%1").arg(articles.size() + 1);
        a.text = form;
        a.meta.language = QStringLiteral("id");
        Mention m;
        m.type = type;
        m.span = {0, form.size()};
        m.text = form;
        a.mentions.append(m);
        articles.append(a);
    }
    return articles;
}

void TestEntities::resolution_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<bool>("same");
    QTest::addColumn<QString>("kb");
    auto row = [](const char *name, const char *type, const QString &forms, bool same, const char *kb = "") {
        QTest::newRow(name) << QString::fromLatin1(type) << forms.split(u'|') << same << QString::fromLatin1(kb);
    };
    // Spelling variants and typos (thresholds in core/entities/NameSimilarity.cpp).
    row("typo dropped letter", "PER", QStringLiteral("Kim Jong Un|Kim Jon Un"), true, "Q56226");
    row("lower-case word", "PER", QStringLiteral("Kim Jong Un|Kim Jong un|Kim Jong-un"), true, "Q56226");
    row("typo final letter", "PER", QStringLiteral("Xi Jinping|Xi Jinpin"), true, "Q15031");
    row("transliterations", "PER", QStringLiteral("Volodymyr Zelenskyy|Zelensky|Zelenskyy|Volodymyr Zelensky"), true,
        "Q3881");
    row("misspelt surname", "PER", QStringLiteral("Rahmat Hidayat|Rahmat Hidayah"), true);
    row("inserted letter", "PER", QStringLiteral("Prabowo Subianto|Prabowo Subiyanto"), true);
    row("surname to full name", "PER", QStringLiteral("Rahmat Hidayat|Rahmat"), true);
    row("surname via kb", "PER", QStringLiteral("Vladimir Putin|Putin"), true, "Q7747");
    row("anthony antony", "PER", QStringLiteral("Antony Blinken|Anthony Blinken"), true);
    row("different first names", "PER", QStringLiteral("Andi Prasetyo|Budi Prasetyo"), false);
    row("different Kims", "PER", QStringLiteral("Kim Jong Un|Kim Yo Jong"), false);
    row("short names differ", "PER", QStringLiteral("Lee Min|Lee Min-ho"), false);
    // Places: translations and abbreviations join; compass points and capitals do not.
    row("north south", "LOC", QStringLiteral("Korea Utara|Korea Selatan"), false);
    row("north korea forms", "LOC", QStringLiteral("Korea Utara|North Korea|Korut|DPRK"), true, "Q423");
    row("united states forms", "LOC", QStringLiteral("Amerika Serikat|United States|AS|US"), true, "Q30");
    row("capital is not country", "LOC", QStringLiteral("Moskow|Rusia"), false);
    row("pyongyang", "LOC", QStringLiteral("Pyongyang|Korea Utara"), false);
    row("west east java", "LOC", QStringLiteral("Jawa Barat|Jawa Timur"), false);
    row("west java", "LOC", QStringLiteral("Jawa Barat|West Java|Jabar"), true);
    row("ukraine", "LOC", QStringLiteral("Ukraina|Ukraine"), true, "Q212");
    row("moscow", "LOC", QStringLiteral("Moskow|Moscow"), true, "Q649");
    // Regencies and cities: prefixed, abbreviated and bare forms join; a regency and the city
    // of the same name do not.
    row("selayar", "LOC",
        QStringLiteral("Kabupaten Kepulauan Selayar|Kepulauan Selayar|Selayar|Kab. Kepulauan Selayar"), true);
    row("bojonegoro", "LOC", QStringLiteral("Bojonegoro|Kabupaten Bojonegoro|Kab. Bojonegoro"), true);
    row("makassar", "LOC", QStringLiteral("Kota Makassar|Makassar"), true);
    row("bogor regency city", "LOC", QStringLiteral("Kabupaten Bogor|Kota Bogor"), false);
    // Forms the knowledge base does not list, with or without "Kabupaten", "Kota",
    // "Kepulauan", "Regency": the regency or city it knows under another form.
    row("selayar unlisted forms", "LOC",
        QStringLiteral("Kabupaten Selayar|Selayar|Kab Selayar|Selayar Regency|Kepulauan Selayar Regency|"
                       "Selayar Islands Regency|Kabupaten Kepulauan Selayar"),
        true);
    row("tanimbar", "LOC", QStringLiteral("Tanimbar|Kabupaten Tanimbar|Kepulauan Tanimbar|Kab. Kepulauan Tanimbar"),
        true);
    row("kab bogor", "LOC", QStringLiteral("Kab Bogor|Kabupaten Bogor|Bogor Regency"), true);
    row("bogor city forms", "LOC", QStringLiteral("Bogor City|Kota Bogor|Bogor"), true);
    row("kab bogor is not the city", "LOC", QStringLiteral("Kab Bogor|Kota Bogor"), false);
    row("no city of a regency", "LOC", QStringLiteral("Kota Selayar|Kabupaten Kepulauan Selayar"), false);
    // Organisations: acronyms, expansions, translations.
    row("bnpb", "ORG", QStringLiteral("Badan Nasional Penanggulangan Bencana|BNPB|National Disaster Management Agency"),
        true);
    row("bnpb bpbd", "ORG", QStringLiteral("BNPB|BPBD"), false);
    row("un", "ORG", QStringLiteral("PBB|United Nations|Perserikatan Bangsa-Bangsa"), true, "Q1065");
    row("nato", "ORG", QStringLiteral("NATO|Pakta Pertahanan Atlantik Utara"), true, "Q7184");
    row("ministries differ", "ORG", QStringLiteral("Kementerian Luar Negeri|Kementerian Dalam Negeri"), false);
    row("kcna", "ORG", QStringLiteral("KCNA|Kantor Berita Pusat Korea|Korean Central News Agency"), true);
}

void TestEntities::resolution()
{
    QFETCH(QString, type);
    QFETCH(QStringList, forms);
    QFETCH(bool, same);
    QFETCH(QString, kb);
    MentionType t;
    QVERIFY(mentionTypeFromCode(type, &t));
    QList<Article> articles = articlesFor(t, forms);
    const QList<Entity> entities = resolveEntities(articles, KnowledgeBase::bundled());
    QSet<QString> ids;
    for (const Article &a : std::as_const(articles)) {
        QVERIFY2(!a.mentions.first().entityId.isEmpty(), qPrintable(a.text));
        ids.insert(a.mentions.first().entityId);
    }
    if (same) {
        QCOMPARE(ids.size(), 1);
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.first().documents.size(), forms.size());
        if (!kb.isEmpty())
            QCOMPARE(entities.first().kb, kb);
    } else {
        QCOMPARE(ids.size(), forms.size());
    }
}

void TestEntities::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("equal") << "kim" << "kim" << 0;
    QTest::newRow("deletion") << "jong" << "jon" << 1;
    QTest::newRow("transposition") << "hidayat" << "hidayta" << 1;
    QTest::newRow("substitution") << "hidayat" << "hidayah" << 1;
    QTest::newRow("different") << "utara" << "selatan" << 5;
    QTest::newRow("empty") << "" << "abc" << 3;
}

void TestEntities::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(fc::editDistance(a, b), distance);
    QCOMPARE(fc::editDistance(b, a), distance);
}

void TestEntities::ambiguousSurnameStaysApart()
{
    // Two people share a surname; a third article's bare "Widodo" is left to neither.
    QList<Article> articles =
        articlesFor(MentionType::Person,
                    {QStringLiteral("Agus Widodo"), QStringLiteral("Bambang Widodo"), QStringLiteral("Widodo")});
    resolveEntities(articles, KnowledgeBase::bundled());
    QVERIFY(articles[0].mentions[0].entityId != articles[1].mentions[0].entityId);
    QVERIFY(articles[2].mentions[0].entityId != articles[0].mentions[0].entityId);
    QVERIFY(articles[2].mentions[0].entityId != articles[1].mentions[0].entityId);
    // Within one article, the surname goes to the full name used there.
    Article both = articles[0];
    Mention surname = both.mentions[0];
    surname.text = QStringLiteral("Widodo");
    both.mentions.append(surname);
    QList<Article> withBoth = {both, articles[1]};
    resolveEntities(withBoth, KnowledgeBase::bundled());
    QCOMPARE(withBoth[0].mentions[1].entityId, withBoth[0].mentions[0].entityId);
}

void TestEntities::idsAreStableAndOrdered()
{
    const QStringList forms = {QStringLiteral("Rusia"), QStringLiteral("Vladimir Putin"), QStringLiteral("BNPB"),
                               QStringLiteral("Kim Jon Un"), QStringLiteral("Kim Jong Un")};
    QList<Article> first = articlesFor(MentionType::Person, forms);
    first[0].mentions[0].type = MentionType::Location;
    first[2].mentions[0].type = MentionType::Organisation;
    QList<Article> second = first;
    std::reverse(second.begin(), second.end());
    const QList<Entity> a = resolveEntities(first, KnowledgeBase::bundled());
    const QList<Entity> b = resolveEntities(second, KnowledgeBase::bundled());
    QCOMPARE(a.size(), 4);
    QStringList namesA, namesB;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).id, QStringLiteral("e%1").arg(i + 1));
        namesA << mentionTypeCode(a.at(i).type) + u':' + a.at(i).name;
        namesB << mentionTypeCode(b.at(i).type) + u':' + b.at(i).name;
    }
    QCOMPARE(namesA, namesB);
    QCOMPARE(namesA,
             QStringList({QStringLiteral("PER:Kim Jong Un"), QStringLiteral("PER:Vladimir Putin"),
                          QStringLiteral("ORG:Badan Nasional Penanggulangan Bencana"), QStringLiteral("LOC:Rusia")}));
    QCOMPARE(a.first().variants, QStringList{QStringLiteral("Kim Jon Un")});
}

void TestEntities::sourceNamesItsEntity()
{
    Article a;
    a.id = QStringLiteral("d1");
    a.text = QStringLiteral("\"Jalan sudah dibuka,\" kata Kepala BNPB Suharyanto.");
    a.meta.language = QStringLiteral("id");
    Analyzer().analyzeArticle(a);
    QList<Article> articles = {a};
    resolveEntities(articles, KnowledgeBase::bundled());
    bool sawSource = false;
    for (const Mention &m : std::as_const(articles.first().mentions)) {
        if (m.type != MentionType::Source)
            continue;
        sawSource = true;
        QCOMPARE(m.text, QStringLiteral("Kepala BNPB Suharyanto"));
        QVERIFY(!m.entityId.isEmpty());
        for (const Mention &p : std::as_const(articles.first().mentions)) {
            if (p.type == MentionType::Person)
                QCOMPARE(m.entityId, p.entityId);
        }
    }
    QVERIFY(sawSource);
}

void TestEntities::namesInEachLanguage()
{
    QList<Article> articles =
        articlesFor(MentionType::Location, {QStringLiteral("Garut"), QStringLiteral("Kabupaten Garut")});
    articles.append(articlesFor(MentionType::Person, {QStringLiteral("Rahmat Hidayat")}));
    const QList<Entity> entities = resolveEntities(articles, KnowledgeBase::bundled());
    QCOMPARE(entities.size(), 2);
    for (const Entity &e : entities) {
        if (e.type == MentionType::Location) {
            QCOMPARE(e.name, QStringLiteral("Kabupaten Garut")); // Indonesian articles
            QCOMPARE(e.nameIn(QStringLiteral("en")), QStringLiteral("Garut Regency"));
            QCOMPARE(e.nameIn(QStringLiteral("id")), QStringLiteral("Kabupaten Garut"));
            QCOMPARE(e.nameIn(QString()), e.name);
        } else {
            QVERIFY(e.nameEn.isEmpty() && e.nameId.isEmpty()); // unknown to the knowledge base
            QCOMPARE(e.nameIn(QStringLiteral("en")), QStringLiteral("Rahmat Hidayat"));
        }
    }
}

// Recognised in running text, then resolved: the forms in each row are one entity.
void TestEntities::fromText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("selayar three ways")
        << "id"
        << "Banjir rob merendam Selayar sejak Senin. Pemerintah Kabupaten Kepulauan Selayar membuka posko, "
           "dan warga Kepulauan Selayar diminta waspada. Kabupaten Selayar menetapkan status siaga."
        << QStringList{QStringLiteral("Selayar"), QStringLiteral("Kabupaten Kepulauan Selayar"),
                       QStringLiteral("Kepulauan Selayar"), QStringLiteral("Kabupaten Selayar")};
    QTest::newRow("possessive")
        << "en"
        << "South Korea's military said the launch failed. Officials in South Korea gave no details."
        << QStringList{QStringLiteral("South Korea"), QStringLiteral("South Korea")};
    QTest::newRow("listed names") << "en"
                                  << "Kim Jong Un met Vladimir Putin in Vladivostok. "
                                     "Later, Kim, Putin and their aides toured a factory."
                                  << QStringList{QStringLiteral("Kim Jong Un"), QStringLiteral("Kim")};
}

void TestEntities::fromText()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, forms);
    Article a;
    a.id = QStringLiteral("d1");
    a.text = text;
    a.meta.language = language;
    Analyzer().analyzeArticle(a);
    QList<Article> articles = {a};
    resolveEntities(articles, KnowledgeBase::bundled());
    QSet<QString> ids;
    for (const QString &form : std::as_const(forms)) {
        QString id;
        for (const Mention &m : std::as_const(articles.first().mentions)) {
            if (m.text == form && m.type != MentionType::Source && m.type != MentionType::Title)
                id = m.entityId;
        }
        QVERIFY2(!id.isEmpty(), qPrintable(form + u" not recognised"));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 1);
}

static QList<Article> load(const QString &dir)
{
    QList<Article> articles;
    const ArticleLoader loader;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto loaded = loader.loadFile(QDir(dir).filePath(name));
        if (loaded.ok())
            articles.append(*loaded.article);
    }
    return articles;
}

static const Entity *entityNamed(const Report &r, const QString &form)
{
    for (const Entity &e : r.entities) {
        if (e.name == form || e.variants.contains(form))
            return &e;
    }
    return nullptr;
}

void TestEntities::examples()
{
    const Report r = Analyzer().analyze(load(test::examplesDir()));
    QCOMPARE(r.articles.size(), 4);
    struct Expect
    {
        QString form;
        MentionType type;
        QStringList sameAs;
    };
    const QList<Expect> expected = {
        {QStringLiteral("Rahmat Hidayat"),
         MentionType::Person,
         {QStringLiteral("Rahmat Hidayah"), QStringLiteral("Rahmat")}},
        {QStringLiteral("Andi Prasetyo"), MentionType::Person, {}},
        {QStringLiteral("BPBD"), MentionType::Organisation, {QStringLiteral("Badan Penanggulangan Bencana Daerah")}},
        {QStringLiteral("BNPB"),
         MentionType::Organisation,
         {QStringLiteral("Badan Nasional Penanggulangan Bencana"),
          QStringLiteral("National Disaster Management Agency")}},
        {QStringLiteral("Basarnas"), MentionType::Organisation, {}},
        {QStringLiteral("BMKG"),
         MentionType::Organisation,
         {QStringLiteral("Badan Meteorologi, Klimatologi, dan Geofisika")}},
        {QStringLiteral("Garut"), MentionType::Location, {QStringLiteral("Kabupaten Garut")}},
        {QStringLiteral("Sungai Cimanuk"), MentionType::Location, {QStringLiteral("Cimanuk River")}},
        {QStringLiteral("Jawa Barat"), MentionType::Location, {QStringLiteral("West Java")}},
        {QStringLiteral("Kepala BPBD Garut"), MentionType::Title, {}},
        {QStringLiteral("Sekretaris BPBD Garut"), MentionType::Title, {}},
    };
    for (const Expect &x : expected) {
        const Entity *e = entityNamed(r, x.form);
        QVERIFY2(e, qPrintable(x.form));
        QCOMPARE(mentionTypeCode(e->type), mentionTypeCode(x.type));
        for (const QString &other : x.sameAs)
            QVERIFY2(entityNamed(r, other) == e, qPrintable(x.form + u" / " + other));
    }
    QVERIFY(entityNamed(r, QStringLiteral("Kepala BPBD Garut"))
            != entityNamed(r, QStringLiteral("Sekretaris BPBD Garut")));
    // The misspelling is recorded as a variant for the name_variant check.
    QVERIFY(entityNamed(r, QStringLiteral("Rahmat Hidayat"))->variants.contains(QStringLiteral("Rahmat Hidayah")));
    QCOMPARE(entityNamed(r, QStringLiteral("Rahmat Hidayat"))->documents,
             QStringList({QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4")}));
}

void TestEntities::seeds_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("kb");
    QTest::addColumn<QStringList>("sameAs");
    QTest::addColumn<QStringList>("notSameAs");
    auto row = [](const char *form, const char *type, const char *kb, const QString &same = {},
                  const QString &notSame = {}) {
        QTest::newRow(form) << QString::fromUtf8(form) << QString::fromLatin1(type) << QString::fromLatin1(kb)
                            << same.split(u'|', Qt::SkipEmptyParts) << notSame.split(u'|', Qt::SkipEmptyParts);
    };
    row("Kim Jong Un", "PER", "Q56226", QStringLiteral("Kim Jon Un|Kim Jong un|Kim"));
    row("Vladimir Putin", "PER", "Q7747", QStringLiteral("Putin"));
    row("Volodymyr Zelensky", "PER", "Q3881", QStringLiteral("Zelenskyy"));
    row("Xi Jinping", "PER", "Q15031", QStringLiteral("Xi Jinpin|Xi"));
    row("Anthony Blinken", "PER", "", QStringLiteral("Antony Blinken"));
    row("Korea Utara", "LOC", "Q423", QStringLiteral("Korut"), QStringLiteral("Korea Selatan|Pyongyang"));
    row("Korea Selatan", "LOC", "Q884");
    row("Rusia", "LOC", "Q159", {}, QStringLiteral("Moskow"));
    row("Ukraina", "LOC", "Q212", {}, QStringLiteral("Kyiv"));
    row("Amerika Serikat", "LOC", "Q30", QStringLiteral("AS"));
    row("Moskow", "LOC", "Q649");
    row("Pyongyang", "LOC", "Q18808");
    row("China", "LOC", "Q148");
    row("Kursk", "LOC", "");
    row("Donetsk", "LOC", "");
    row("Kazan", "LOC", "");
    row("NATO", "ORG", "Q7184", QStringLiteral("Pakta Pertahanan Atlantik Utara"));
    row("PBB", "ORG", "Q1065");
    row("BRICS", "ORG", "");
    row("KCNA", "ORG", "", QStringLiteral("Kantor Berita Pusat Korea"));
    row("TASS", "ORG", "Q223799");
    row("Reuters", "ORG", "Q130879");
    row("BBC", "ORG", "Q9531");
    row("Kyodonews", "ORG", "");
    row("The New York Times", "ORG", "Q9684");
    row("Kementerian Unifikasi", "ORG", "");
}

void TestEntities::seeds()
{
    if (!test::haveSeeds())
        QFAIL("the seed corpus (../shared/corpus/seeds) is not present: the suite needs it");
    static const Report r = Analyzer().analyze(load(test::seedsDir()));
    QFETCH(QString, form);
    QFETCH(QString, type);
    QFETCH(QString, kb);
    QFETCH(QStringList, sameAs);
    QFETCH(QStringList, notSameAs);
    const Entity *e = entityNamed(r, form);
    QVERIFY2(e, qPrintable(form));
    QCOMPARE(mentionTypeCode(e->type), type);
    QCOMPARE(e->kb, kb);
    for (const QString &other : sameAs)
        QVERIFY2(entityNamed(r, other) == e, qPrintable(form + u" / " + other));
    for (const QString &other : notSameAs)
        QVERIFY2(entityNamed(r, other) != e, qPrintable(form + u" != " + other));
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
