#include "TimelineBuilder.h"

#include "checks/CheckContext.h"
#include "claims/PredicateCatalog.h"

#include <QSet>

#include <algorithm>

namespace fc {

namespace {

bool inBody(const Article &a, const Span &span)
{
    const int s = a.sentenceAt(span.start);
    if (s < 0)
        return true;
    const int p = a.sentences.at(s).paragraph;
    return p < 0 || p >= a.paragraphs.size() || a.paragraphs.at(p).body;
}

// The first words of the sentence around a date, for a date no claim explains.
QString sentenceHead(const Article &a, const Span &span)
{
    Span sentence{0, a.text.size()};
    const int s = a.sentenceAt(span.start);
    if (s >= 0) {
        sentence = a.sentences.at(s).span;
    } else {
        qsizetype start = span.start;
        while (start > 0 && a.text.at(start - 1) != QLatin1Char('\n')
               && !(a.text.at(start - 1).isSpace() && start >= 2 && a.text.at(start - 2) == QLatin1Char('.')))
            --start;
        qsizetype end = span.end;
        while (end < a.text.size() && a.text.at(end) != QLatin1Char('\n')
               && !((a.text.at(end) == QLatin1Char('.') || a.text.at(end) == QLatin1Char('!')
                     || a.text.at(end) == QLatin1Char('?'))
                    && (end + 1 == a.text.size() || a.text.at(end + 1).isSpace())))
            ++end;
        sentence.start = start;
        sentence.end = std::min(a.text.size(), end + 1);
    }
    // Only the first words are read: a sentence holding thousands of dates must not be
    // copied and split once for each of them.
    constexpr int maxWords = 8;
    QStringList words;
    qsizetype p = sentence.start;
    while (p < sentence.end && words.size() <= maxWords) {
        while (p < sentence.end && a.text.at(p).isSpace())
            ++p;
        const qsizetype wordStart = p;
        while (p < sentence.end && !a.text.at(p).isSpace())
            ++p;
        if (p > wordStart)
            words.append(a.text.mid(wordStart, p - wordStart));
    }
    QString head = words.mid(0, maxWords).join(QLatin1Char(' '));
    if (words.size() > maxWords)
        head += QChar(0x2026);
    return head;
}

// Who the event is about: the participant nearest its event word (a dateline place at the
// start of the sentence is farther than the subject), named as the report's entity is in the
// article's language ("Garut Regency" for an English article, "Kabupaten Garut" for an
// Indonesian one: one entity, one canonical name, a label in each article's language).
QString mainEntity(const Report &report, const Article &a, const Claim &c)
{
    const Mention *best = nullptr;
    qsizetype bestGap = 0;
    for (const QList<int> *list : {&c.agentMentions, &c.patientMentions}) {
        for (int mi : *list) {
            if (mi < 0 || mi >= a.mentions.size())
                continue;
            const Mention &m = a.mentions.at(mi);
            const bool before = m.span.end <= c.triggerSpan.start;
            const Span between = before ? Span{m.span.end, c.triggerSpan.start}
                                        : Span{c.triggerSpan.end, std::max(c.triggerSpan.end, m.span.start)};
            qsizetype gap = between.length();
            // Across a comma or a dash ("JAKARTA – Banjir melanda Garut") is another clause.
            for (QChar ch : a.textOf(between))
                if (ch == QLatin1Char(',') || ch == QLatin1Char(';') || ch == QChar(0x2013) || ch == QChar(0x2014))
                    gap += 1000;
            if (!best || gap < bestGap) {
                best = &m;
                bestGap = gap;
            }
        }
    }
    if (!best)
        return {};
    if (const Entity *e = report.entity(best->entityId); e && !e->name.isEmpty())
        return e->nameIn(a.meta.language);
    return best->canonical.isEmpty() ? best->text.simplified() : best->canonical;
}

} // namespace

QList<TimelineEvent> buildTimeline(const Report &report)
{
    QList<TimelineEvent> events;
    QHash<QString, int> docOrder;
    for (int ai = 0; ai < report.articles.size(); ++ai) {
        const Article &a = report.articles.at(ai);
        docOrder.insert(a.id, ai);
        QSet<int> usedTimes; // a set: an article may hold tens of thousands of dates
        // Dated claims first: their label says what happened.
        for (const Claim &c : a.claims) {
            if (c.time < 0 || c.time >= a.times.size() || !c.body || usedTimes.contains(c.time))
                continue;
            const TimeExpression &t = a.times.at(c.time);
            if (!t.value.isValid() || t.isDuration)
                continue;
            usedTimes.insert(c.time);
            TimelineEvent e;
            e.date = t.value;
            const QString who = mainEntity(report, a, c);
            e.label = predicateNoun(c.predicate, a.meta.language != u"en")
                + (who.isEmpty() ? QString() : QLatin1String(": ") + who);
            e.doc = a.id;
            e.span = t.span;
            events.append(e);
        }
        // Every other date in the body text, labelled by its sentence.
        for (int ti = 0; ti < a.times.size(); ++ti) {
            const TimeExpression &t = a.times.at(ti);
            if (usedTimes.contains(ti) || !t.value.isValid() || t.isDuration || !inBody(a, t.span))
                continue;
            TimelineEvent e;
            e.date = t.value;
            e.label = sentenceHead(a, t.span);
            e.doc = a.id;
            e.span = t.span;
            events.append(e);
        }
    }
    // Dates disputed by a finding point to it. Events are looked up per article by binary
    // search over their spans, so linking stays n log n in the evidence and the dates however
    // many of either an article holds.
    struct DocEvents
    {
        QList<int> byStart;        // event indexes sorted by span start
        QList<qsizetype> reachEnd; // the farthest span end among byStart[0..k]
    };
    QHash<QString, DocEvents> eventsOfDoc;
    for (int i = 0; i < events.size(); ++i)
        eventsOfDoc[events.at(i).doc].byStart.append(i);
    for (DocEvents &d : eventsOfDoc) {
        std::stable_sort(d.byStart.begin(), d.byStart.end(),
                         [&](int x, int y) { return events.at(x).span.start < events.at(y).span.start; });
        qsizetype reach = 0;
        for (int i : std::as_const(d.byStart)) {
            reach = std::max(reach, events.at(i).span.end);
            d.reachEnd.append(reach);
        }
    }
    for (const Finding &f : report.findings) {
        if (f.kind != u"date_conflict" && f.kind != u"weekday_mismatch")
            continue;
        for (const Evidence &ev : f.evidence) {
            const auto it = eventsOfDoc.constFind(ev.doc);
            if (it == eventsOfDoc.cend())
                continue;
            const DocEvents &d = *it;
            // Events starting before the evidence ends, walked back while any may still reach it.
            auto k = std::lower_bound(d.byStart.cbegin(), d.byStart.cend(), ev.span.end, [&](int i, qsizetype end) {
                return events.at(i).span.start < end;
            }) - d.byStart.cbegin();
            while (--k >= 0 && d.reachEnd.at(k) > ev.span.start) {
                TimelineEvent &e = events[d.byStart.at(k)];
                if (e.span.overlaps(ev.span) && !e.findings.contains(f.id))
                    e.findings.append(f.id);
            }
        }
    }
    std::stable_sort(events.begin(), events.end(), [&](const TimelineEvent &x, const TimelineEvent &y) {
        QDate xb, xe, yb, ye;
        timeInterval(x.date, &xb, &xe);
        timeInterval(y.date, &yb, &ye);
        if (xb != yb)
            return xb < yb;
        if (x.date.granularity != y.date.granularity)
            return x.date.granularity < y.date.granularity;
        if (x.doc != y.doc)
            return docOrder.value(x.doc) < docOrder.value(y.doc);
        return x.span.start < y.span.start;
    });
    return events;
}

} // namespace fc
