#include "ArticleCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <iterator>

namespace fc::project {

namespace {

constexpr quint32 Magic = 0x46434131; // "FCA1"

// One template per direction keeps every field's read next to its write in order.
struct Writer
{
    QDataStream &s;
    template<typename T> void enumValue(T v) { s << qint32(v); }
    void span(const Span &v) { s << qint64(v.start) << qint64(v.end); }
};

struct Reader
{
    QDataStream &s;
    template<typename T> void enumValue(T &v)
    {
        qint32 i = 0;
        s >> i;
        v = T(i);
    }
    void span(Span &v)
    {
        qint64 a = 0, b = 0;
        s >> a >> b;
        v.start = a;
        v.end = b;
    }
};

// Qt reads a list by reserving the count the stream states, so a damaged or crafted blob
// stating a billion items allocated gigabytes before failing (found by fuzz_article_codec).
// Lists are read item by item here, their count bounded by the bytes left (an item takes at
// least minBytes).
template<typename List> void readBoundedList(QDataStream &s, List &list, qint64 minBytes)
{
    list.clear();
    quint32 n32 = 0;
    s >> n32;
    qint64 n = n32;
    if (n32 == 0xfffffffeu) { // Qt's extended size
        qint64 big = 0;
        s >> big;
        n = big;
    }
    if (s.status() != QDataStream::Ok || n < 0 || n > s.device()->bytesAvailable() / minBytes) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    for (qint64 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        typename List::value_type item{};
        s >> item;
        list.append(std::move(item));
    }
}

// A mention's value is invalid, a string or a number; anything else (a list, a map, an
// unknown type that Qt would construct and warn about) is a damaged blob.
void readMentionValue(QDataStream &s, QVariant &value)
{
    const QByteArray head = s.device()->peek(4);
    if (head.size() < 4) {
        s.setStatus(QDataStream::ReadPastEnd);
        return;
    }
    const quint32 type = qFromBigEndian<quint32>(head.constData());
    static const quint32 allowed[] = {QMetaType::UnknownType, QMetaType::QString, QMetaType::Double,    QMetaType::Int,
                                      QMetaType::LongLong,    QMetaType::UInt,    QMetaType::ULongLong, QMetaType::Bool,
                                      QMetaType::QDate,       QMetaType::QTime,   QMetaType::QDateTime};
    if (std::find(std::begin(allowed), std::end(allowed), type) == std::end(allowed)) {
        s.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    s >> value;
}

template<typename T> void writeOptional(QDataStream &s, const std::optional<T> &v)
{
    s << v.has_value();
    if (v)
        s << *v;
}

template<typename T> void readOptional(QDataStream &s, std::optional<T> &v)
{
    bool has = false;
    s >> has;
    v.reset();
    if (has) {
        T value{};
        s >> value;
        v = value;
    }
}

void write(Writer &w, const TimeValue &t)
{
    w.s << t.begin << t.end;
    writeOptional(w.s, t.time);
    w.s << t.zone;
    w.enumValue(t.granularity);
    w.s << t.anchored << t.relative << t.vague;
}

void read(Reader &r, TimeValue &t)
{
    r.s >> t.begin >> t.end;
    readOptional(r.s, t.time);
    r.s >> t.zone;
    r.enumValue(t.granularity);
    r.s >> t.anchored >> t.relative >> t.vague;
}

template<typename List, typename F> void writeList(QDataStream &s, const List &list, F each)
{
    s << qint64(list.size());
    for (const auto &item : list)
        each(item);
}

template<typename List, typename F> bool readList(QDataStream &s, List &list, F each)
{
    qint64 n = 0;
    s >> n;
    list.clear();
    if (n < 0 || s.status() != QDataStream::Ok)
        return false;
    for (qint64 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        typename List::value_type item{};
        each(item);
        list.append(std::move(item));
    }
    return s.status() == QDataStream::Ok;
}

} // namespace

QByteArray encodeArticle(const Article &a)
{
    QByteArray blob;
    QDataStream s(&blob, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_8);
    Writer w{s};
    s << Magic << qint32(ArticleCodecVersion);
    s << a.id << a.source << a.originalText << a.text;
    // The map is stored expanded, one entry per character, as before it was kept as runs.
    s << qint64(a.offsets.size());
    a.offsets.forEachEntry([&](qsizetype v) { s << qint64(v); });

    const ArticleMetadata &m = a.meta;
    s << m.title;
    w.enumValue(m.titleSource);
    s << m.outlet;
    w.enumValue(m.outletSource);
    s << m.datelinePlace << m.byline;
    w.enumValue(m.bylineSource);
    s << m.published;
    w.enumValue(m.publishedSource);
    s << m.language << m.languageConfidence;

    writeList(s, a.paragraphs, [&](const Paragraph &p) {
        w.span(p.span);
        s << p.language << p.languageConfidence << p.body;
    });
    writeList(s, a.sentences, [&](const Sentence &x) {
        w.span(x.span);
        s << qint32(x.paragraph);
    });
    writeList(s, a.tokens, [&](const Token &t) {
        w.span(t.span);
        w.enumValue(t.kind);
    });
    s << a.truncated;
    w.span(a.truncationSpan);
    writeList(s, a.diagnostics, [&](const Diagnostic &d) {
        w.enumValue(d.severity);
        s << d.input << d.message;
    });
    writeList(s, a.mentions, [&](const Mention &x) {
        w.span(x.span);
        w.enumValue(x.type);
        s << x.text << x.entityId << x.value << x.canonical << x.kb << x.rule;
    });
    writeList(s, a.times, [&](const TimeExpression &t) {
        w.span(t.span);
        s << t.text;
        write(w, t.value);
        writeOptional(s, t.statedWeekday);
        s << t.weekdayMismatch << t.isDuration << qint32(t.durationDays) << t.durationIso << t.clockTime << t.rule;
    });
    writeList(s, a.quantities, [&](const Quantity &q) {
        w.span(q.span);
        s << q.text << q.value << q.low << q.high;
        w.enumValue(q.approximation);
        s << q.unit << q.noun << q.rule;
    });
    writeList(s, a.claims, [&](const Claim &c) {
        w.span(c.span);
        s << c.predicate << c.trigger;
        w.span(c.triggerSpan);
        s << c.agents << c.patients << c.places << qint32(c.time) << qint32(c.quantity) << c.sourceEntity
          << c.sourceText;
        w.enumValue(c.modality);
        s << c.family << c.agentMentions << c.patientMentions << c.placeMentions << qint32(c.sourceMention)
          << c.confirmed << c.revision << c.body;
    });
    writeList(s, a.measured, [&](const MeasuredClaim &c) {
        w.span(c.span);
        w.span(c.valueSpan);
        w.enumValue(c.kind);
        s << c.valueText << c.low << c.high << c.value << c.unit << c.iso << c.approximation << qint32(c.time)
          << qint32(c.quantity) << c.measure << c.measureLemmas << c.context << c.predicate << c.qualifiers
          << qint32(c.period) << c.periodText << c.entityMentions << c.placeMentions << c.expected << c.body;
    });
    writeList(s, a.lowConfidence, [&](const LowConfidenceWord &x) {
        w.span(x.span);
        s << qint32(x.confidence);
    });
    writeList(s, a.wordBoxes, [&](const WordBox &x) {
        w.span(x.span);
        s << x.box << qint32(x.page);
    });
    return blob;
}

bool decodeArticle(const QByteArray &blob, Article *out)
{
    QDataStream s(blob);
    s.setVersion(QDataStream::Qt_6_8);
    Reader r{s};
    quint32 magic = 0;
    qint32 version = 0;
    s >> magic >> version;
    if (magic != Magic || version != ArticleCodecVersion)
        return false;
    Article a;
    s >> a.id >> a.source >> a.originalText >> a.text;
    qint64 entries = 0;
    s >> entries;
    bool ok = entries >= 0 && s.status() == QDataStream::Ok;
    for (qint64 i = 0; ok && i < entries && s.status() == QDataStream::Ok; ++i) {
        qint64 x = 0;
        s >> x;
        a.offsets.append(x);
    }
    ok = ok && s.status() == QDataStream::Ok;
    a.offsets.squeeze();

    ArticleMetadata &m = a.meta;
    s >> m.title;
    r.enumValue(m.titleSource);
    s >> m.outlet;
    r.enumValue(m.outletSource);
    s >> m.datelinePlace >> m.byline;
    r.enumValue(m.bylineSource);
    s >> m.published;
    r.enumValue(m.publishedSource);
    s >> m.language >> m.languageConfidence;

    ok = ok && readList(s, a.paragraphs, [&](Paragraph &p) {
        r.span(p.span);
        s >> p.language >> p.languageConfidence >> p.body;
    });
    ok = ok && readList(s, a.sentences, [&](Sentence &x) {
        r.span(x.span);
        qint32 p = 0;
        s >> p;
        x.paragraph = p;
    });
    ok = ok && readList(s, a.tokens, [&](Token &t) {
        r.span(t.span);
        r.enumValue(t.kind);
    });
    s >> a.truncated;
    r.span(a.truncationSpan);
    ok = ok && readList(s, a.diagnostics, [&](Diagnostic &d) {
        r.enumValue(d.severity);
        s >> d.input >> d.message;
    });
    ok = ok && readList(s, a.mentions, [&](Mention &x) {
        r.span(x.span);
        r.enumValue(x.type);
        s >> x.text >> x.entityId;
        readMentionValue(s, x.value);
        s >> x.canonical >> x.kb >> x.rule;
    });
    ok = ok && readList(s, a.times, [&](TimeExpression &t) {
        r.span(t.span);
        s >> t.text;
        read(r, t.value);
        readOptional(s, t.statedWeekday);
        qint32 days = 0;
        s >> t.weekdayMismatch >> t.isDuration >> days >> t.durationIso >> t.clockTime >> t.rule;
        t.durationDays = days;
    });
    ok = ok && readList(s, a.quantities, [&](Quantity &q) {
        r.span(q.span);
        s >> q.text >> q.value >> q.low >> q.high;
        r.enumValue(q.approximation);
        s >> q.unit >> q.noun >> q.rule;
    });
    ok = ok && readList(s, a.claims, [&](Claim &c) {
        r.span(c.span);
        s >> c.predicate >> c.trigger;
        r.span(c.triggerSpan);
        qint32 time = -1, quantity = -1;
        readBoundedList(s, c.agents, 4);
        readBoundedList(s, c.patients, 4);
        readBoundedList(s, c.places, 4);
        s >> time >> quantity >> c.sourceEntity >> c.sourceText;
        c.time = time;
        c.quantity = quantity;
        r.enumValue(c.modality);
        qint32 sourceMention = -1;
        s >> c.family;
        readBoundedList(s, c.agentMentions, 4);
        readBoundedList(s, c.patientMentions, 4);
        readBoundedList(s, c.placeMentions, 4);
        s >> sourceMention >> c.confirmed >> c.revision >> c.body;
        c.sourceMention = sourceMention;
    });
    ok = ok && readList(s, a.measured, [&](MeasuredClaim &c) {
        r.span(c.span);
        r.span(c.valueSpan);
        r.enumValue(c.kind);
        qint32 time = -1, quantity = -1, period = -1;
        s >> c.valueText >> c.low >> c.high >> c.value >> c.unit >> c.iso >> c.approximation >> time >> quantity
            >> c.measure;
        readBoundedList(s, c.measureLemmas, 4);
        readBoundedList(s, c.context, 4);
        s >> c.predicate;
        readBoundedList(s, c.qualifiers, 4);
        s >> period >> c.periodText;
        readBoundedList(s, c.entityMentions, 4);
        readBoundedList(s, c.placeMentions, 4);
        s >> c.expected >> c.body;
        c.time = time;
        c.quantity = quantity;
        c.period = period;
    });
    ok = ok && readList(s, a.lowConfidence, [&](LowConfidenceWord &x) {
        r.span(x.span);
        qint32 confidence = 0;
        s >> confidence;
        x.confidence = confidence;
    });
    ok = ok && readList(s, a.wordBoxes, [&](WordBox &x) {
        r.span(x.span);
        qint32 page = 0;
        s >> x.box >> page;
        x.page = page;
    });
    if (!ok || s.status() != QDataStream::Ok || !s.atEnd())
        return false;
    *out = std::move(a);
    return true;
}

} // namespace fc::project
