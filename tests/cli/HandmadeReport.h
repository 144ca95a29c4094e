#pragma once

// A report built by hand, independent of the analysis engine: every mention type (with
// values), nested mentions, entities with variants, timeline events (one disputed, one
// unresolved), findings with evidence in several articles, an emoji before a mention, and
// an article whose text and metadata try every injection the exports must neutralise.
#include "export/ReportExtras.h"
#include "model/Report.h"

#include <QVariant>

namespace fc::test {

// The hostile payloads build their marker at run time ('PW'+'NED'), so the marker only
// appears in a page where the payload actually ran.
inline QString hostileText()
{
    return QStringLiteral("Warga <b>Ali</b> menulis <script>document.title='PW'+'NED'</script> di forum.\n"
                          "Tautan \"><img src=x onerror=\"document.body.setAttribute('data-x','HAC'+'KED')\"> dan "
                          "<a href=\"javascript:document.title='PW'+'NED'\">klik</a> serta [klik](javascript:alert(1)) "
                          "dan ![gambar](http://example.invalid/x.png).\n"
                          "=HYPERLINK(\"http://example.invalid\",\"x\") %1 %2 <style>body{display:none}</style>\n"
                          "# bukan judul\n- bukan daftar\n1. bukan nomor");
}

inline Span spanOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype start = text.indexOf(needle, from);
    Q_ASSERT(start >= 0);
    return {start, start + needle.size()};
}

inline Mention mention(const QString &text, const QString &needle, MentionType type, const QString &entity = {},
                       const QVariant &value = {})
{
    Mention m;
    m.span = spanOf(text, needle);
    m.type = type;
    m.text = needle;
    m.entityId = entity;
    m.value = value;
    return m;
}

inline Evidence evidence(const Article &a, const QString &needle, const QString &value = {})
{
    return {a.id, spanOf(a.text, needle), needle, value};
}

inline Report handmadeReport()
{
    Report r;

    Article d1;
    d1.id = QStringLiteral("d1");
    d1.source = QStringLiteral("fixtures/warta-contoh.txt");
    d1.meta.title = QStringLiteral("Pemimpin Korea Utara bertemu delegasi");
    d1.meta.outlet = QStringLiteral("Warta Contoh");
    d1.meta.published = QDate(2024, 6, 19);
    d1.meta.publishedSource = MetaSource::Dateline;
    d1.meta.language = QStringLiteral("id");
    d1.text = QString::fromUtf8("\xF0\x9F\x93\xB0 PYONGYANG \xE2\x80\x93 Presiden Kim Jong Un menerima delegasi "
                                "Kementerian Pertahanan Rusia pada Rabu (19/6/2024), kata Reuters.\n\n"
                                "Invasi ke Ukraina dimulai Februari 2022. Sekitar 11.000 tentara dikirim "
                                "pukul 07.40 waktu setempat.");
    d1.originalText = d1.text;
    const QString &t1 = d1.text;
    d1.mentions = {
        mention(t1, QStringLiteral("PYONGYANG"), MentionType::Location, QStringLiteral("e3")),
        mention(t1, QStringLiteral("Presiden"), MentionType::Title),
        mention(t1, QStringLiteral("Kim Jong Un"), MentionType::Person, QStringLiteral("e1")),
        mention(t1, QStringLiteral("Kementerian Pertahanan Rusia"), MentionType::Organisation, QStringLiteral("e4")),
        mention(t1, QStringLiteral("Rusia"), MentionType::Location, QStringLiteral("e5")),
        mention(t1, QStringLiteral("Rabu (19/6/2024)"), MentionType::Date, {}, QStringLiteral("2024-06-19")),
        mention(t1, QStringLiteral("kata Reuters"), MentionType::Source, QStringLiteral("e6")),
        mention(t1, QStringLiteral("Ukraina"), MentionType::Location, QStringLiteral("e7")),
        mention(t1, QStringLiteral("Februari 2022"), MentionType::Date, {}, QStringLiteral("2022-02")),
        mention(t1, QStringLiteral("Sekitar 11.000 tentara"), MentionType::Quantity, {}, 11000.0),
        mention(t1, QStringLiteral("pukul 07.40"), MentionType::Time, {}, QStringLiteral("2024-06-19T07:40")),
    };
    // Sorted by span, as the pipeline keeps them ("Kementerian..." before the nested "Rusia").
    std::sort(d1.mentions.begin(), d1.mentions.end(), [](const Mention &a, const Mention &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
    });

    Article d2;
    d2.id = QStringLiteral("d2");
    d2.source = QStringLiteral("fixtures/daily-sample.txt");
    d2.meta.title = QStringLiteral("Kim meets Russian delegation");
    d2.meta.outlet = QStringLiteral("Daily Sample");
    d2.meta.published = QDate(2024, 6, 20);
    d2.meta.publishedSource = MetaSource::Meta;
    d2.meta.language = QStringLiteral("en");
    d2.text = QStringLiteral("North Korean leader Kim Jon Un met a Russian delegation on Wednesday.\n\n"
                             "The invasion of Ukraine began in February 2024. About 10,000 troops were sent.");
    d2.originalText = d2.text;
    const QString &t2 = d2.text;
    d2.mentions = {
        mention(t2, QStringLiteral("North Korean"), MentionType::Location, QStringLiteral("e2")),
        mention(t2, QStringLiteral("Kim Jon Un"), MentionType::Person, QStringLiteral("e1")),
        mention(t2, QStringLiteral("Wednesday"), MentionType::Date, {}, QStringLiteral("2024-06-19")),
        mention(t2, QStringLiteral("Ukraine"), MentionType::Location, QStringLiteral("e7")),
        mention(t2, QStringLiteral("February 2024"), MentionType::Date, {}, QStringLiteral("2024-02")),
        mention(t2, QStringLiteral("About 10,000 troops"), MentionType::Quantity, {}, 10000.0),
    };

    Article d3;
    d3.id = QStringLiteral("d3");
    d3.source = QStringLiteral("fixtures/<script>alert('path')</script>.html");
    d3.meta.title = QStringLiteral("<script>document.title='PW'+'NED'</script>Judul");
    d3.meta.outlet = QStringLiteral("\"><img src=x onerror=\"document.body.setAttribute('data-x','HAC'+'KED')\">");
    d3.meta.language = QStringLiteral("id");
    d3.text = hostileText();
    d3.originalText = d3.text;
    const QString &t3 = d3.text;
    d3.mentions = {
        mention(t3, QStringLiteral("<b>Ali</b>"), MentionType::Person, QStringLiteral("e8")),
        mention(t3, QStringLiteral("<a href=\"javascript:document.title='PW'+'NED'\">klik</a>"), MentionType::Source),
    };

    r.articles = {d1, d2, d3};

    const auto entity = [](const char *id, MentionType type, const QString &name, const QStringList &variants,
                           const char *kb, const QStringList &docs) {
        Entity e;
        e.id = QLatin1String(id);
        e.type = type;
        e.name = name;
        e.variants = variants;
        e.kb = QLatin1String(kb);
        e.documents = docs;
        return e;
    };
    const QString sd1 = QStringLiteral("d1"), sd2 = QStringLiteral("d2"), sd3 = QStringLiteral("d3");
    r.entities = {
        entity("e1", MentionType::Person, QStringLiteral("Kim Jong Un"), {QStringLiteral("Kim Jon Un")}, "Q56226",
               {sd1, sd2}),
        entity("e2", MentionType::Location, QStringLiteral("Korea Utara"), {QStringLiteral("North Korean")}, "Q423",
               {sd2}),
        entity("e3", MentionType::Location, QStringLiteral("Pyongyang"), {QStringLiteral("PYONGYANG")}, "Q18808",
               {sd1}),
        entity("e4", MentionType::Organisation, QStringLiteral("Kementerian Pertahanan Rusia"), {}, "", {sd1}),
        entity("e5", MentionType::Location, QStringLiteral("Rusia"), {}, "Q159", {sd1}),
        entity("e6", MentionType::Source, QStringLiteral("Reuters"), {}, "Q130879", {sd1}),
        entity("e7", MentionType::Location, QStringLiteral("Ukraina"), {QStringLiteral("Ukraine")}, "Q212", {sd1, sd2}),
        entity("e8", MentionType::Person, QStringLiteral("<img src=x onerror=alert(8)>"),
               {QStringLiteral("<b>Ali</b>")}, "javascript:alert(1)", {sd3}),
    };

    const auto event = [](const QDate &date, Granularity g, const QString &label, const Article &a,
                          const QString &needle, const QStringList &findings) {
        TimelineEvent e;
        e.date.begin = date;
        e.date.end = date;
        e.date.granularity = g;
        e.label = label;
        e.doc = a.id;
        e.span = needle.isEmpty() ? Span{} : spanOf(a.text, needle);
        e.findings = findings;
        return e;
    };
    TimelineEvent unresolved = event(QDate(), Granularity::Day, QStringLiteral("<script>x</script> posted"), d3,
                                     QStringLiteral("<script>"), {});
    unresolved.date.anchored = false;
    r.timeline = {
        event(QDate(2022, 2, 1), Granularity::Month, QStringLiteral("invasion of Ukraine begins"), d1,
              QStringLiteral("Februari 2022"), {QStringLiteral("f1")}),
        event(QDate(2024, 2, 1), Granularity::Month, QStringLiteral("invasion of Ukraine begins"), d2,
              QStringLiteral("February 2024"), {QStringLiteral("f1")}),
        event(QDate(2024, 6, 19), Granularity::Day, QStringLiteral("Kim receives delegation"), d1,
              QStringLiteral("Rabu (19/6/2024)"), {}),
        event(QDate(2024, 6, 19), Granularity::Day, QStringLiteral("Kim meets delegation"), d2,
              QStringLiteral("Wednesday"), {}),
        unresolved,
    };

    Finding f1;
    f1.id = QStringLiteral("f1");
    f1.kind = QStringLiteral("date_conflict");
    f1.severity = Severity::High;
    f1.summary = QStringLiteral("The invasion of Ukraine is dated February 2022 in d1 but February 2024 in d2.");
    f1.summaryId = QStringLiteral("Invasi ke Ukraina bertanggal Februari 2022 di d1 tetapi Februari 2024 di d2.");
    f1.key = QStringLiteral("date_conflict:invade:ukraina");
    f1.evidence = {evidence(d1, QStringLiteral("Februari 2022"), QStringLiteral("2022-02")),
                   evidence(d2, QStringLiteral("February 2024"), QStringLiteral("2024-02"))};
    Finding f2;
    f2.id = QStringLiteral("f2");
    f2.kind = QStringLiteral("quantity_conflict");
    f2.severity = Severity::Medium;
    f2.summary = QStringLiteral("Troops sent: about 11,000 in d1, about 10,000 in d2.");
    f2.summaryId = QStringLiteral("Tentara dikirim: sekitar 11.000 di d1, sekitar 10.000 di d2.");
    f2.key = QStringLiteral("quantity_conflict:deploy:tentara");
    f2.evidence = {evidence(d1, QStringLiteral("Sekitar 11.000 tentara"), QStringLiteral("11000")),
                   evidence(d2, QStringLiteral("About 10,000 troops"), QStringLiteral("10000"))};
    Finding f3;
    f3.id = QStringLiteral("f3");
    f3.kind = QStringLiteral("name_variant");
    f3.severity = Severity::Low;
    f3.summary = QStringLiteral("Kim Jong Un is spelt Kim Jon Un in d2.");
    f3.summaryId = QStringLiteral("Kim Jong Un ditulis Kim Jon Un di d2.");
    f3.key = QStringLiteral("name_variant:e1");
    f3.evidence = {evidence(d1, QStringLiteral("Kim Jong Un")), evidence(d2, QStringLiteral("Kim Jon Un"))};
    Finding f4;
    f4.id = QStringLiteral("f4");
    f4.kind = QStringLiteral("attribution_conflict");
    f4.severity = Severity::Info;
    f4.summary = QStringLiteral("<script>document.title='PW'+'NED'</script> =1+1 \"quoted\", with comma");
    f4.key = QStringLiteral("hostile");
    f4.evidence = {evidence(d3, QStringLiteral("<script>document.title='PW'+'NED'</script>")),
                   evidence(d3, QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"))};
    r.findings = {f1, f2, f3, f4};
    return r;
}

inline ReportExtras handmadeReviews()
{
    ReportExtras extras;
    extras.reviews.insert(QStringLiteral("date_conflict:invade:ukraina"),
                          {QStringLiteral("confirmed"), QStringLiteral("Checked against the wire copy.")});
    extras.reviews.insert(QStringLiteral("quantity_conflict:deploy:tentara"),
                          {QStringLiteral("needs_check"), QStringLiteral("Ask the desk, \"which\" source?")});
    extras.reviews.insert(QStringLiteral("hostile"),
                          {QStringLiteral("dismissed"), QStringLiteral("<img src=x onerror=alert(9)>")});
    return extras;
}

} // namespace fc::test
