#pragma once

// A hand-made Report for the GUI tests: three short articles (written for these tests) with
// mentions of every type, entities with spelling variants, a timeline with a disputed date and
// findings whose evidence spans two articles. The views are tested against this, not against
// whatever the pipeline produces today.
#include "model/Report.h"

#include <QStringList>

#include <algorithm>

namespace fc::test {

inline Span spanOf(const Article &a, const QString &needle, int occurrence = 0)
{
    qsizetype from = 0;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = a.text.indexOf(needle, from);
        if (at < 0)
            qFatal("fixture: \"%s\" not in %s", qPrintable(needle), qPrintable(a.id));
        from = at + needle.size();
    }
    return {at, at + needle.size()};
}

inline void addMention(Article &a, const QString &text, MentionType type, const QString &entity = {},
                       const QVariant &value = {}, int occurrence = 0)
{
    Mention m;
    m.span = spanOf(a, text, occurrence);
    m.text = text;
    m.type = type;
    m.entityId = entity;
    m.value = value;
    a.mentions.append(m);
}

inline Article makeArticle(const QString &id, const QString &outlet, const QDate &published, MetaSource source,
                           const QString &language, const QString &text)
{
    Article a;
    a.id = id;
    a.source = QStringLiteral("fixture/%1.txt").arg(id);
    a.text = text;
    a.originalText = text;
    a.meta.title = outlet + QStringLiteral(" report");
    a.meta.outlet = outlet;
    a.meta.published = published;
    a.meta.publishedSource = source;
    a.meta.language = language;
    // Sentences: up to each full stop before a space or the end; good enough for text written to split cleanly.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !(text.at(end) == u'.' && (end + 1 == text.size() || text.at(end + 1).isSpace())))
            ++end;
        end = qMin(end + 1, text.size());
        a.sentences.append({{start, end}, 0});
        start = end;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
    }
    return a;
}

inline TimelineEvent event(const Article &a, const QString &needle, const QDate &date, const QString &label,
                           const QStringList &findings = {})
{
    TimelineEvent e;
    e.date.begin = date;
    e.date.end = date;
    e.date.granularity = Granularity::Day;
    e.label = label;
    e.doc = a.id;
    e.span = spanOf(a, needle);
    e.findings = findings;
    return e;
}

inline Evidence evidence(const Article &a, const QString &needle, const QString &value = {})
{
    return {a.id, spanOf(a, needle), needle, value};
}

// Filler that pushes the second article's evidence below the first screen, so scrolling to it
// is observable.
inline QString filler(int paragraphs)
{
    QStringList lines;
    for (int i = 1; i <= paragraphs; ++i)
        lines << QStringLiteral("Background paragraph %1 describes roads, weather and the river bank.").arg(i);
    return lines.join(QLatin1String("\n\n"));
}

inline Report fixtureReport()
{
    Report r;
    Article d1 = makeArticle(
        QStringLiteral("d1"), QStringLiteral("Harian Contoh"), QDate(2025, 3, 4), MetaSource::Header,
        QStringLiteral("id"),
        QStringLiteral("Banjir melanda Kota Lembah pada Senin (3/3/2025) malam. Kepala BPBD Lembah, Sari Wulandari, "
                       "mengatakan 12 orang meninggal. Menurut Basarnas, pencarian berlanjut pada Selasa pukul "
                       "08.00 WIB."));
    Article d2 = makeArticle(
        QStringLiteral("d2"), QStringLiteral("Valley Post"), QDate(2025, 3, 5), MetaSource::Meta, QStringLiteral("en"),
        filler(40)
            + QStringLiteral("\n\nFloods hit Lembah City on Sunday, March 2, 2025. Sari Wulandary of the disaster "
                             "agency said 15 people died, according to Basarnas."));
    Article d3 = makeArticle(QStringLiteral("d3"), QStringLiteral("Kabar Contoh"), QDate(), MetaSource::None,
                             QStringLiteral("id"),
                             QStringLiteral("Warga Kota Lembah mengungsi sejak Selasa (3/3/2025). Sari Wulandari "
                                            "meminta bantuan untuk 300 keluarga."));

    addMention(d1, QStringLiteral("Kota Lembah"), MentionType::Location, QStringLiteral("e1"));
    addMention(d1, QStringLiteral("Senin (3/3/2025)"), MentionType::Date, {}, QStringLiteral("2025-03-03"));
    addMention(d1, QStringLiteral("Kepala BPBD Lembah"), MentionType::Title, QStringLiteral("e4"));
    addMention(d1, QStringLiteral("Sari Wulandari"), MentionType::Person, QStringLiteral("e2"));
    addMention(d1, QStringLiteral("12 orang"), MentionType::Quantity, {}, 12);
    addMention(d1, QStringLiteral("Basarnas"), MentionType::Source, QStringLiteral("e3"));
    addMention(d1, QStringLiteral("Selasa"), MentionType::Date, {}, QStringLiteral("2025-03-04"));
    addMention(d1, QStringLiteral("08.00 WIB"), MentionType::Time, {}, QStringLiteral("2025-03-04T08:00"));

    addMention(d2, QStringLiteral("Lembah City"), MentionType::Location, QStringLiteral("e1"));
    addMention(d2, QStringLiteral("Sunday, March 2, 2025"), MentionType::Date, {}, QStringLiteral("2025-03-02"));
    addMention(d2, QStringLiteral("Sari Wulandary"), MentionType::Person, QStringLiteral("e2"));
    addMention(d2, QStringLiteral("15 people"), MentionType::Quantity, {}, 15);
    addMention(d2, QStringLiteral("Basarnas"), MentionType::Organisation, QStringLiteral("e3"));

    addMention(d3, QStringLiteral("Kota Lembah"), MentionType::Location, QStringLiteral("e1"));
    addMention(d3, QStringLiteral("Selasa (3/3/2025)"), MentionType::Date, {}, QStringLiteral("2025-03-03"));
    addMention(d3, QStringLiteral("Sari Wulandari"), MentionType::Person, QStringLiteral("e2"));
    addMention(d3, QStringLiteral("300 keluarga"), MentionType::Quantity, {}, 300);
    for (Article *a : {&d1, &d2, &d3})
        std::stable_sort(a->mentions.begin(), a->mentions.end(),
                         [](const Mention &x, const Mention &y) { return x.span.start < y.span.start; });

    auto entity = [](const char *id, MentionType type, const char *name, QStringList variants, QStringList docs,
                     const char *kb = "") {
        return Entity{QLatin1String(id), type, QLatin1String(name), variants, QLatin1String(kb), docs, {}, {}};
    };
    const QString s1 = QStringLiteral("d1"), s2 = QStringLiteral("d2"), s3 = QStringLiteral("d3");
    r.entities = {
        entity("e1", MentionType::Location, "Kota Lembah", {QStringLiteral("Lembah City")}, {s1, s2, s3}),
        entity("e2", MentionType::Person, "Sari Wulandari", {QStringLiteral("Sari Wulandary")}, {s1, s2, s3}),
        entity("e3", MentionType::Organisation, "Basarnas", {}, {s1, s2}, "Q12345"),
        entity("e4", MentionType::Title, "Kepala BPBD Lembah", {}, {s1}),
    };

    r.timeline = {
        event(d1, QStringLiteral("Senin (3/3/2025)"), QDate(2025, 3, 3), QStringLiteral("flood"),
              {QStringLiteral("f1")}),
        event(d1, QStringLiteral("Selasa"), QDate(2025, 3, 4), QStringLiteral("search continues")),
        event(d2, QStringLiteral("Sunday, March 2, 2025"), QDate(2025, 3, 2), QStringLiteral("flood"),
              {QStringLiteral("f1")}),
        event(d3, QStringLiteral("Selasa (3/3/2025)"), QDate(2025, 3, 3), QStringLiteral("evacuation"),
              {QStringLiteral("f4")}),
    };

    auto finding = [](const char *id, const char *kind, Severity severity, const char *summary, const char *key,
                      QList<Evidence> evidence) {
        Finding f;
        f.id = QLatin1String(id);
        f.kind = QLatin1String(kind);
        f.severity = severity;
        f.summary = QLatin1String(summary);
        f.summaryId = f.summary;
        f.key = QLatin1String(key);
        f.evidence = evidence;
        return f;
    };
    r.findings = {
        finding("f1", "date_conflict", Severity::High, "The flood is dated 3 March and 2 March 2025.",
                "date_conflict|flood",
                {evidence(d1, QStringLiteral("Senin (3/3/2025)"), QStringLiteral("2025-03-03")),
                 evidence(d2, QStringLiteral("Sunday, March 2, 2025"), QStringLiteral("2025-03-02"))}),
        finding("f2", "quantity_conflict", Severity::Medium, "Deaths: 12 against 15.", "quantity_conflict|deaths",
                {evidence(d1, QStringLiteral("12 orang"), QStringLiteral("12")),
                 evidence(d2, QStringLiteral("15 people"), QStringLiteral("15"))}),
        finding("f3", "name_variant", Severity::Low, "Sari Wulandari is also written Sari Wulandary.",
                "name_variant|e2",
                {evidence(d1, QStringLiteral("Sari Wulandari")), evidence(d2, QStringLiteral("Sari Wulandary"))}),
        finding("f4", "weekday_mismatch", Severity::Medium, "3 March 2025 was a Monday, not a Tuesday.",
                "weekday_mismatch|d3", {evidence(d3, QStringLiteral("Selasa (3/3/2025)"))}),
        finding("f5", "corroboration", Severity::Info, "Two articles place the flood in Kota Lembah.",
                "corroboration|place",
                {evidence(d1, QStringLiteral("Kota Lembah")), evidence(d3, QStringLiteral("Kota Lembah"))}),
    };
    r.articles = {d1, d2, d3};
    return r;
}

} // namespace fc::test
