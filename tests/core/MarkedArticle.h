#pragma once

// Articles for the claim, check and timeline tests, written with inline marks instead of
// running the recognisers, so these tests pin the claim and check logic alone:
//   {PER|Kim Jong Un}        a person (entity id from the text, lower case)
//   {PER|Kim Jon Un=kim}     a person with an explicit entity id
//   {ORG|BPBD}, {LOC|Rusia}, {TITLE|Kepala BPBD Garut}, {SRC|Reuters}
//   {DATE|Februari 2022|2022-02}            granularity from the ISO value's length
//   {DATE|Senin (3/3/2025)|2025-03-03|wd=1} a stated weekday (mismatch computed)
//   {DATE|hari Senin|2024-11-11|rel}        resolved from the publication date
//   {QTY|sekitar 10.000|10000|about|tentara}
// A line break or ". " ends a sentence.

#include "claims/ClaimExtractor.h"
#include "model/Report.h"

#include <QMap>
#include <QStringList>

#include <algorithm>

namespace fc::test {

inline Approximation approximationFrom(const QString &code)
{
    for (auto a : {Approximation::Exact, Approximation::About, Approximation::AtLeast, Approximation::MoreThan,
                   Approximation::AtMost, Approximation::LessThan, Approximation::Range})
        if (approximationCode(a) == code)
            return a;
    return Approximation::Exact;
}

inline Article markedArticle(const QString &marked, const QString &language = QStringLiteral("id"),
                             const QDate &published = QDate())
{
    Article a;
    a.meta.language = language;
    a.meta.published = published;
    QString text;
    qsizetype i = 0;
    while (i < marked.size()) {
        if (marked.at(i) != QLatin1Char('{')) {
            text.append(marked.at(i++));
            continue;
        }
        const qsizetype close = marked.indexOf(QLatin1Char('}'), i);
        const QStringList parts = marked.mid(i + 1, close - i - 1).split(QLatin1Char('|'));
        i = close + 1;
        const QString type = parts.value(0);
        QString shown = parts.value(1);
        QString entity;
        if (const qsizetype eq = shown.indexOf(QLatin1Char('=')); eq > 0 && type != u"DATE" && type != u"QTY") {
            entity = shown.mid(eq + 1);
            shown = shown.left(eq);
        }
        const Span span{text.size(), text.size() + shown.size()};
        text.append(shown);
        if (type == u"DATE") {
            TimeExpression t;
            t.span = span;
            t.text = shown;
            const QString iso = parts.value(2);
            t.value.granularity = iso.size() == 4 ? Granularity::Year
                : iso.size() == 7                 ? Granularity::Month
                                                  : Granularity::Day;
            const QString full = iso.size() == 4 ? iso + QLatin1String("-01-01")
                : iso.size() == 7                ? iso + QLatin1String("-01")
                                                 : iso;
            t.value.begin = t.value.end = QDate::fromString(full, Qt::ISODate);
            for (const QString &flag : parts.mid(3)) {
                if (flag == u"rel")
                    t.value.relative = true;
                if (flag.startsWith(u"wd=")) {
                    t.statedWeekday = flag.mid(3).toInt();
                    t.weekdayMismatch = *t.statedWeekday != t.value.begin.dayOfWeek();
                }
                if (flag == u"unanchored")
                    t.value.anchored = false;
            }
            a.times.append(t);
            Mention m;
            m.span = span;
            m.type = MentionType::Date;
            m.text = shown;
            m.value = iso;
            a.mentions.append(m);
            continue;
        }
        if (type == u"QTY") {
            Quantity q;
            q.span = span;
            q.text = shown;
            q.value = q.low = q.high = parts.value(2).toDouble();
            q.approximation = approximationFrom(parts.value(3));
            q.noun = parts.value(4);
            a.quantities.append(q);
            Mention m;
            m.span = span;
            m.type = MentionType::Quantity;
            m.text = shown;
            m.value = q.value;
            a.mentions.append(m);
            continue;
        }
        Mention m;
        m.span = span;
        m.text = shown;
        mentionTypeFromCode(type == u"SRC" ? QStringLiteral("SOURCE") : type, &m.type);
        if (m.type == MentionType::Person || m.type == MentionType::Organisation || m.type == MentionType::Location)
            m.entityId = entity.isEmpty() ? shown.toLower() : entity;
        a.mentions.append(m);
    }
    a.text = text;
    std::stable_sort(a.mentions.begin(), a.mentions.end(), [](const Mention &x, const Mention &y) {
        return x.span.start != y.span.start ? x.span.start < y.span.start : x.span.end > y.span.end;
    });
    extractClaims(a);
    return a;
}

// "id|2025-03-04|marked text": language, publication date (may be empty) and text.
inline Report markedReport(const QStringList &docs)
{
    Report r;
    for (const QString &d : docs) {
        const QString language = d.section(QLatin1Char('|'), 0, 0);
        const QDate published = QDate::fromString(d.section(QLatin1Char('|'), 1, 1), Qt::ISODate);
        Article a = markedArticle(d.section(QLatin1Char('|'), 2), language, published);
        a.id = QStringLiteral("d%1").arg(r.articles.size() + 1);
        r.articles.append(a);
    }
    // One entity per id, named by its most frequent spelling.
    QMap<QString, QMap<QString, int>> spellings;
    QMap<QString, MentionType> types;
    QMap<QString, QStringList> docsOf;
    for (const Article &a : std::as_const(r.articles))
        for (const Mention &m : a.mentions)
            if (!m.entityId.isEmpty()) {
                spellings[m.entityId][m.text] += 1;
                types[m.entityId] = m.type;
                if (!docsOf[m.entityId].contains(a.id))
                    docsOf[m.entityId].append(a.id);
            }
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        Entity e;
        e.id = it.key();
        e.type = types.value(it.key());
        int best = 0;
        for (auto s = it->cbegin(); s != it->cend(); ++s)
            if (s.value() > best) {
                best = s.value();
                e.name = s.key();
            }
        for (auto s = it->cbegin(); s != it->cend(); ++s)
            if (s.key() != e.name)
                e.variants.append(s.key());
        e.documents = docsOf.value(it.key());
        r.entities.append(e);
    }
    return r;
}

} // namespace fc::test
