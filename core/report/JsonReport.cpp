#include "JsonReport.h"

#include "lang/Language.h"
#include "report/CodePointIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace fc {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The contract promises a Wikidata id or null; anything else in the data is dropped, not passed on.
QJsonValue wikidataId(const QString &kb)
{
    static const QRegularExpression pattern(QStringLiteral("^Q[1-9][0-9]*$"));
    return pattern.match(kb).hasMatch() ? QJsonValue(kb) : QJsonValue(QJsonValue::Null);
}

// Why a measured-claim finding aligned its claims: both claims' parts and the score.
QJsonObject matchJson(const FindingMatch &m)
{
    QJsonArray sides;
    for (const MatchSide &s : m.sides) {
        sides.append(QJsonObject{
            {QStringLiteral("doc"), s.doc},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("value"), s.value},
            {QStringLiteral("text"), s.valueText},
            {QStringLiteral("unit"), s.unit},
            {QStringLiteral("approximation"), s.approximation},
            {QStringLiteral("measure"), s.measure},
            {QStringLiteral("lemmas"), QJsonArray::fromStringList(s.lemmas)},
            {QStringLiteral("predicate"), s.predicate},
            {QStringLiteral("entities"), QJsonArray::fromStringList(s.entities)},
            {QStringLiteral("places"), QJsonArray::fromStringList(s.places)},
            {QStringLiteral("period"), s.period},
            {QStringLiteral("qualifiers"), QJsonArray::fromStringList(s.qualifiers)},
        });
    }
    return QJsonObject{{QStringLiteral("score"), m.score}, {QStringLiteral("claims"), sides}};
}

QJsonValue mentionValue(const Mention &m)
{
    if (!m.value.isValid())
        return QJsonValue::Null;
    if (m.value.typeId() == QMetaType::Double || m.value.typeId() == QMetaType::Int
        || m.value.typeId() == QMetaType::LongLong) {
        return m.value.toDouble();
    }
    return m.value.toString();
}

QJsonObject mentionJson(const Article &a, const Mention &m, const CodePointIndex &cp, JsonDetail detail)
{
    QJsonObject mention{
        {QStringLiteral("start"), qint64(cp.toCodePoint(m.span.start))},
        {QStringLiteral("end"), qint64(cp.toCodePoint(m.span.end))},
        {QStringLiteral("type"), mentionTypeCode(m.type)},
        {QStringLiteral("text"), a.textOf(m.span).toString()},
        {QStringLiteral("entity"), nullable(m.entityId)},
        {QStringLiteral("value"), mentionValue(m)},
    };
    if (detail == JsonDetail::Explain)
        mention.insert(QStringLiteral("rule"), nullable(m.rule));
    // Only on mentions of an image's text that hold a word the recogniser was unsure of, so
    // every other report keeps its bytes.
    if (lowestConfidenceIn(a.lowConfidence, m.span) >= 0)
        mention.insert(QStringLiteral("low_confidence"), true);
    return mention;
}

// The words of an image's text read with little confidence; only written when there are some.
QJsonArray lowConfidenceJson(const Article &a, const CodePointIndex &cp)
{
    QJsonArray words;
    for (const LowConfidenceWord &w : a.lowConfidence) {
        words.append(QJsonObject{
            {QStringLiteral("start"), qint64(cp.toCodePoint(w.span.start))},
            {QStringLiteral("end"), qint64(cp.toCodePoint(w.span.end))},
            {QStringLiteral("confidence"), w.confidence},
        });
    }
    return words;
}

QJsonObject documentToJson(const Article &a, JsonDetail detail)
{
    const CodePointIndex cp(a.text);
    QJsonArray mentions;
    for (const auto &m : a.mentions)
        mentions.append(mentionJson(a, m, cp, detail));
    QJsonObject document{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("path"), a.source},
        {QStringLiteral("title"), a.meta.title},
        {QStringLiteral("outlet"), a.meta.outlet},
        {QStringLiteral("published"),
         a.meta.published.isValid() ? QJsonValue(a.meta.published.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("published_source"),
         a.meta.published.isValid() ? nullable(metaSourceCode(a.meta.publishedSource)) : QJsonValue()},
        {QStringLiteral("language"), a.meta.language.isEmpty() ? allLanguages().constFirst()->code : a.meta.language},
        {QStringLiteral("text"), a.text},
        {QStringLiteral("mentions"), mentions},
    };
    if (!a.lowConfidence.isEmpty())
        document.insert(QStringLiteral("low_confidence_words"), lowConfidenceJson(a, cp));
    return document;
}

// reportToJson's code-point conversion: one index per document, built once; and whether a
// span of a document holds a word its recogniser was unsure of.
class CodePoints
{
public:
    explicit CodePoints(const Report &report)
    {
        for (const auto &a : report.articles) {
            m_indexes.insert(a.id, CodePointIndex(a.text));
            if (!a.lowConfidence.isEmpty())
                m_lowConfidence.insert(a.id, &a.lowConfidence);
        }
    }
    qint64 operator()(const QString &doc, qsizetype pos) const
    {
        const auto it = m_indexes.constFind(doc);
        return it == m_indexes.cend() ? pos : it->toCodePoint(pos);
    }
    bool lowConfidence(const QString &doc, const Span &span) const
    {
        const auto it = m_lowConfidence.constFind(doc);
        return it != m_lowConfidence.cend() && lowestConfidenceIn(**it, span) >= 0;
    }

private:
    QHash<QString, CodePointIndex> m_indexes;
    QHash<QString, const QList<LowConfidenceWord> *> m_lowConfidence;
};

// A UTF-16 position in a document as a code-point position (what the contract counts).
using ToCodePoint = std::function<qint64(const QString &doc, qsizetype pos)>;

QJsonObject entityJson(const Entity &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("type"), mentionTypeCode(e.type)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("variants"), QJsonArray::fromStringList(e.variants)},
        {QStringLiteral("kb"), wikidataId(e.kb)},
        {QStringLiteral("documents"), QJsonArray::fromStringList(e.documents)},
    };
}

QJsonObject timelineJson(const TimelineEvent &t, const ToCodePoint &cp)
{
    return QJsonObject{
        {QStringLiteral("date"), t.date.iso()},
        {QStringLiteral("granularity"), granularityCode(t.date.granularity)},
        {QStringLiteral("label"), t.label},
        {QStringLiteral("doc"), t.doc},
        {QStringLiteral("start"), cp(t.doc, t.span.start)},
        {QStringLiteral("end"), cp(t.doc, t.span.end)},
        {QStringLiteral("findings"), QJsonArray::fromStringList(t.findings)},
    };
}

QJsonObject findingJson(const Finding &f, const CodePoints &cp)
{
    QJsonArray evidence;
    for (const auto &ev : f.evidence) {
        QJsonObject o{
            {QStringLiteral("doc"), ev.doc},
            {QStringLiteral("start"), cp(ev.doc, ev.span.start)},
            {QStringLiteral("end"), cp(ev.doc, ev.span.end)},
            {QStringLiteral("text"), ev.text},
        };
        if (!ev.value.isEmpty())
            o.insert(QStringLiteral("value"), ev.value);
        if (cp.lowConfidence(ev.doc, ev.span))
            o.insert(QStringLiteral("low_confidence"), true);
        evidence.append(o);
    }
    QJsonObject finding{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("kind"), f.kind},
        {QStringLiteral("severity"), severityCode(f.severity)},
        {QStringLiteral("summary"), f.summary},
        {QStringLiteral("summary_id"), f.summaryId},
        {QStringLiteral("key"), f.key},
        {QStringLiteral("evidence"), evidence},
    };
    if (f.match)
        finding.insert(QStringLiteral("match"), matchJson(*f.match));
    return finding;
}

QJsonObject toolJson(const ToolInfo &tool)
{
    return QJsonObject{{QStringLiteral("name"), tool.name}, {QStringLiteral("version"), tool.version}};
}

} // namespace

QJsonObject reportToJson(const Report &report, const ToolInfo &tool, JsonDetail detail)
{
    const CodePoints codePoints(report);
    const ToCodePoint cp = std::cref(codePoints);
    QJsonArray documents;
    for (const auto &a : report.articles)
        documents.append(documentToJson(a, detail));
    QJsonArray entities;
    for (const auto &e : report.entities)
        entities.append(entityJson(e));
    QJsonArray timeline;
    for (const auto &t : report.timeline)
        timeline.append(timelineJson(t, cp));
    QJsonArray findings;
    for (const auto &f : report.findings)
        findings.append(findingJson(f, codePoints));
    return QJsonObject{
        {QStringLiteral("schema_version"), 1},    {QStringLiteral("tool"), toolJson(tool)},
        {QStringLiteral("documents"), documents}, {QStringLiteral("entities"), entities},
        {QStringLiteral("timeline"), timeline},   {QStringLiteral("findings"), findings},
    };
}

namespace {

// The streamed report is byte for byte what QJsonDocument::toJson(Indented) writes for
// reportToJson(): four spaces per level, an object's keys sorted, ",\n" between members and
// elements, an empty array as "[\n" and its closing bracket on the next line. Scalars and
// small objects (one mention, one finding) are still rendered by Qt, so escaping and number
// formatting are Qt's own; only the big containers (the report, its arrays, a document and
// its mentions) are written here, one element at a time, so no tree of the whole report
// (about 40 times the text) is ever held (issue 18, issue 19's 20x peak).
class Writer
{
public:
    explicit Writer(const JsonSink &sink)
        : m_sink(sink)
    {
    }

    bool ok() const { return m_ok; }

    void put(QByteArrayView bytes)
    {
        if (m_ok && !bytes.isEmpty())
            m_ok = m_sink(bytes);
    }
    void pad(int level)
    {
        static const QByteArray spaces(64, ' ');
        for (int n = 4 * level; m_ok && n > 0; n -= int(spaces.size()))
            put(QByteArrayView(spaces).first(std::min<qsizetype>(n, spaces.size())));
    }
    // `"key": ` at level.
    void key(int level, const char *name)
    {
        pad(level);
        put("\"");
        put(name);
        put("\": ");
    }
    // One scalar as Qt writes it (string escaping, shortest doubles, integers without ".0").
    void scalar(const QJsonValue &value)
    {
        const QByteArray b = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        put(QByteArrayView(b).sliced(1, b.size() - 2)); // without the array's brackets
    }
    // A long string (a document's text) in pieces: Qt escapes character by character, so the
    // pieces' insides, cut between code points, are the whole string's escaped bytes.
    void text(QStringView s)
    {
        constexpr qsizetype piece = 1 << 16;
        put("\"");
        for (qsizetype from = 0; from < s.size() && m_ok;) {
            qsizetype n = std::min(piece, s.size() - from);
            if (from + n < s.size() && s.at(from + n - 1).isHighSurrogate())
                --n; // keep a surrogate pair together
            const QByteArray b = QJsonDocument(QJsonArray{s.sliced(from, n).toString()}).toJson(QJsonDocument::Compact);
            put(QByteArrayView(b).sliced(2, b.size() - 4)); // without ["..."]
            from += n;
        }
        put("\"");
    }
    // An object that stands at level, its first line already placed by the caller.
    void object(const QJsonObject &o, int level)
    {
        const QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Indented);
        const QByteArrayView body = QByteArrayView(b).chopped(1); // Qt ends the document with "\n"
        qsizetype from = 0;
        for (qsizetype nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', from)) {
            put(body.sliced(from, nl + 1 - from));
            pad(level);
            from = nl + 1;
        }
        put(body.sliced(from));
    }
    // "[", each element at level + 1 written by `element(i)`, then "]" at level.
    template<typename Element> void array(qsizetype count, int level, Element element)
    {
        put("[\n");
        for (qsizetype i = 0; i < count && m_ok; ++i) {
            pad(level + 1);
            element(i);
            put(i + 1 < count ? ",\n" : "\n");
        }
        pad(level);
        put("]");
    }

private:
    const JsonSink &m_sink;
    bool m_ok = true;
};

// documentToJson's members in QJsonObject's (sorted) order, the mentions one at a time.
void streamDocument(Writer &w, const Article &a, JsonDetail detail, int level)
{
    const CodePointIndex cp(a.text);
    const int in = level + 1;
    w.put("{\n");
    w.key(in, "id");
    w.scalar(a.id);
    w.put(",\n");
    w.key(in, "language");
    w.scalar(a.meta.language.isEmpty() ? allLanguages().constFirst()->code : a.meta.language);
    w.put(",\n");
    if (!a.lowConfidence.isEmpty()) {
        // A few words of a screenshot: small enough to hold as a tree.
        const QJsonArray words = lowConfidenceJson(a, cp);
        w.key(in, "low_confidence_words");
        w.array(words.size(), in, [&](qsizetype i) { w.object(words.at(i).toObject(), in + 1); });
        w.put(",\n");
    }
    w.key(in, "mentions");
    w.array(a.mentions.size(), in,
            [&](qsizetype i) { w.object(mentionJson(a, a.mentions.at(i), cp, detail), in + 1); });
    w.put(",\n");
    w.key(in, "outlet");
    w.scalar(a.meta.outlet);
    w.put(",\n");
    w.key(in, "path");
    w.scalar(a.source);
    w.put(",\n");
    w.key(in, "published");
    w.scalar(a.meta.published.isValid() ? QJsonValue(a.meta.published.toString(Qt::ISODate)) : QJsonValue());
    w.put(",\n");
    w.key(in, "published_source");
    w.scalar(a.meta.published.isValid() ? nullable(metaSourceCode(a.meta.publishedSource)) : QJsonValue());
    w.put(",\n");
    w.key(in, "text");
    w.text(a.text);
    w.put(",\n");
    w.key(in, "title");
    w.scalar(a.meta.title);
    w.put("\n");
    w.pad(level);
    w.put("}");
}

} // namespace

bool streamJsonReport(const Report &report, const JsonSink &sink, const ToolInfo &tool, JsonDetail detail)
{
    const CodePoints codePoints(report);
    const ToCodePoint cp = std::cref(codePoints);
    Writer w(sink);
    w.put("{\n");
    w.key(1, "documents");
    w.array(report.articles.size(), 1, [&](qsizetype i) { streamDocument(w, report.articles.at(i), detail, 2); });
    w.put(",\n");
    w.key(1, "entities");
    w.array(report.entities.size(), 1, [&](qsizetype i) { w.object(entityJson(report.entities.at(i)), 2); });
    w.put(",\n");
    w.key(1, "findings");
    w.array(report.findings.size(), 1,
            [&](qsizetype i) { w.object(findingJson(report.findings.at(i), codePoints), 2); });
    w.put(",\n");
    w.key(1, "schema_version");
    w.scalar(1);
    w.put(",\n");
    w.key(1, "timeline");
    w.array(report.timeline.size(), 1, [&](qsizetype i) { w.object(timelineJson(report.timeline.at(i), cp), 2); });
    w.put(",\n");
    w.key(1, "tool");
    w.object(toolJson(tool), 1);
    w.put("\n}\n");
    return w.ok();
}

QByteArray writeJsonReport(const Report &report, const ToolInfo &tool, JsonDetail detail)
{
    QByteArray out;
    streamJsonReport(report, [&out](QByteArrayView bytes) {
        out.append(bytes);
        return true;
    }, tool, detail);
    return out;
}

} // namespace fc
