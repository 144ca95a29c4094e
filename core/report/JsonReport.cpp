#include "JsonReport.h"

#include "lang/Language.h"
#include "report/CodePointIndex.h"
#include "report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace fc {

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// The contract promises a Wikidata id or null; anything else in the data is dropped, not passed on.
bool isWikidataId(const QString &kb)
{
    static const QRegularExpression pattern(QStringLiteral("^Q[1-9][0-9]*$"));
    return pattern.match(kb).hasMatch();
}

QJsonValue wikidataId(const QString &kb)
{
    return isWikidataId(kb) ? QJsonValue(kb) : QJsonValue(QJsonValue::Null);
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
// reportToJson() (tst_json_stream, the golden reports): JsonWriter writes Qt's layout, escaping
// and numbers, and every object below gives its keys in QJsonObject's (sorted) order. Nothing is
// built as a QJsonObject (issue 18: a tree per mention was 16% of `analyze`), and the bytes go to
// the sink in pieces of a few KB, so the report is never held whole (issue 19's peak).
constexpr qsizetype StreamPiece = 4096;

void stringOrNull(JsonWriter &w, const QString &s)
{
    if (s.isEmpty())
        w.null();
    else
        w.value(s);
}

void writeMention(JsonWriter &w, const Article &a, const Mention &m, const CodePointIndex &cp, JsonDetail detail)
{
    w.beginObject();
    w.key("end"_L1);
    w.value(cp.toCodePoint(m.span.end));
    w.key("entity"_L1);
    stringOrNull(w, m.entityId);
    if (lowestConfidenceIn(a.lowConfidence, m.span) >= 0) {
        w.key("low_confidence"_L1);
        w.value(true);
    }
    if (detail == JsonDetail::Explain) {
        w.key("rule"_L1);
        stringOrNull(w, m.rule);
    }
    w.key("start"_L1);
    w.value(cp.toCodePoint(m.span.start));
    w.key("text"_L1);
    w.value(a.textOf(m.span));
    w.key("type"_L1);
    w.value(mentionTypeCode(m.type));
    w.key("value"_L1);
    if (!m.value.isValid())
        w.null();
    else if (m.value.typeId() == QMetaType::Double || m.value.typeId() == QMetaType::Int
             || m.value.typeId() == QMetaType::LongLong)
        w.value(m.value.toDouble());
    else
        w.value(m.value.toString());
    w.endObject();
}

void writeDocument(JsonWriter &w, const Article &a, JsonDetail detail)
{
    const CodePointIndex cp(a.text);
    w.beginObject();
    w.key("id"_L1);
    w.value(a.id);
    w.key("language"_L1);
    w.value(a.meta.language.isEmpty() ? allLanguages().constFirst()->code : a.meta.language);
    if (!a.lowConfidence.isEmpty()) {
        w.key("low_confidence_words"_L1);
        w.beginArray();
        for (const LowConfidenceWord &word : a.lowConfidence) {
            w.beginObject();
            w.key("confidence"_L1);
            w.value(word.confidence);
            w.key("end"_L1);
            w.value(cp.toCodePoint(word.span.end));
            w.key("start"_L1);
            w.value(cp.toCodePoint(word.span.start));
            w.endObject();
        }
        w.endArray();
    }
    w.key("mentions"_L1);
    w.beginArray();
    for (const Mention &m : a.mentions)
        writeMention(w, a, m, cp, detail);
    w.endArray();
    w.key("outlet"_L1);
    w.value(a.meta.outlet);
    w.key("path"_L1);
    w.value(a.source);
    w.key("published"_L1);
    if (a.meta.published.isValid())
        w.value(a.meta.published.toString(Qt::ISODate));
    else
        w.null();
    w.key("published_source"_L1);
    if (a.meta.published.isValid())
        stringOrNull(w, metaSourceCode(a.meta.publishedSource));
    else
        w.null();
    w.key("text"_L1);
    w.value(a.text);
    w.key("title"_L1);
    w.value(a.meta.title);
    w.endObject();
}

void writeEntity(JsonWriter &w, const Entity &e)
{
    w.beginObject();
    w.key("documents"_L1);
    w.stringArray(e.documents);
    w.key("id"_L1);
    w.value(e.id);
    w.key("kb"_L1);
    if (isWikidataId(e.kb))
        w.value(e.kb);
    else
        w.null();
    w.key("name"_L1);
    w.value(e.name);
    w.key("type"_L1);
    w.value(mentionTypeCode(e.type));
    w.key("variants"_L1);
    w.stringArray(e.variants);
    w.endObject();
}

void writeMatch(JsonWriter &w, const FindingMatch &m)
{
    w.beginObject();
    w.key("claims"_L1);
    w.beginArray();
    for (const MatchSide &s : m.sides) {
        w.beginObject();
        w.key("approximation"_L1);
        w.value(s.approximation);
        w.key("doc"_L1);
        w.value(s.doc);
        w.key("entities"_L1);
        w.stringArray(s.entities);
        w.key("kind"_L1);
        w.value(s.kind);
        w.key("lemmas"_L1);
        w.stringArray(s.lemmas);
        w.key("measure"_L1);
        w.value(s.measure);
        w.key("period"_L1);
        w.value(s.period);
        w.key("places"_L1);
        w.stringArray(s.places);
        w.key("predicate"_L1);
        w.value(s.predicate);
        w.key("qualifiers"_L1);
        w.stringArray(s.qualifiers);
        w.key("text"_L1);
        w.value(s.valueText);
        w.key("unit"_L1);
        w.value(s.unit);
        w.key("value"_L1);
        w.value(s.value);
        w.endObject();
    }
    w.endArray();
    w.key("score"_L1);
    w.value(m.score);
    w.endObject();
}

void writeFinding(JsonWriter &w, const Finding &f, const CodePoints &cp)
{
    w.beginObject();
    w.key("evidence"_L1);
    w.beginArray();
    for (const auto &ev : f.evidence) {
        w.beginObject();
        w.key("doc"_L1);
        w.value(ev.doc);
        w.key("end"_L1);
        w.value(cp(ev.doc, ev.span.end));
        if (cp.lowConfidence(ev.doc, ev.span)) {
            w.key("low_confidence"_L1);
            w.value(true);
        }
        w.key("start"_L1);
        w.value(cp(ev.doc, ev.span.start));
        w.key("text"_L1);
        w.value(ev.text);
        if (!ev.value.isEmpty()) {
            w.key("value"_L1);
            w.value(ev.value);
        }
        w.endObject();
    }
    w.endArray();
    w.key("id"_L1);
    w.value(f.id);
    w.key("key"_L1);
    w.value(f.key);
    w.key("kind"_L1);
    w.value(f.kind);
    if (f.match) {
        w.key("match"_L1);
        writeMatch(w, *f.match);
    }
    w.key("severity"_L1);
    w.value(severityCode(f.severity));
    w.key("summary"_L1);
    w.value(f.summary);
    w.key("summary_id"_L1);
    w.value(f.summaryId);
    w.endObject();
}

void writeTimelineEvent(JsonWriter &w, const TimelineEvent &t, const CodePoints &cp)
{
    w.beginObject();
    w.key("date"_L1);
    w.value(t.date.iso());
    w.key("doc"_L1);
    w.value(t.doc);
    w.key("end"_L1);
    w.value(cp(t.doc, t.span.end));
    w.key("findings"_L1);
    w.stringArray(t.findings);
    w.key("granularity"_L1);
    w.value(granularityCode(t.date.granularity));
    w.key("label"_L1);
    w.value(t.label);
    w.key("start"_L1);
    w.value(cp(t.doc, t.span.start));
    w.endObject();
}

} // namespace

namespace {

void writeReport(JsonWriter &w, const Report &report, const ToolInfo &tool, JsonDetail detail)
{
    const CodePoints codePoints(report);
    w.beginObject();
    w.key("documents"_L1);
    w.beginArray();
    for (qsizetype i = 0; i < report.articles.size() && w.ok(); ++i)
        writeDocument(w, report.articles.at(i), detail);
    w.endArray();
    w.key("entities"_L1);
    w.beginArray();
    for (qsizetype i = 0; i < report.entities.size() && w.ok(); ++i)
        writeEntity(w, report.entities.at(i));
    w.endArray();
    w.key("findings"_L1);
    w.beginArray();
    for (qsizetype i = 0; i < report.findings.size() && w.ok(); ++i)
        writeFinding(w, report.findings.at(i), codePoints);
    w.endArray();
    w.key("schema_version"_L1);
    w.value(1);
    w.key("timeline"_L1);
    w.beginArray();
    for (qsizetype i = 0; i < report.timeline.size() && w.ok(); ++i)
        writeTimelineEvent(w, report.timeline.at(i), codePoints);
    w.endArray();
    w.key("tool"_L1);
    w.beginObject();
    w.key("name"_L1);
    w.value(tool.name);
    w.key("version"_L1);
    w.value(tool.version);
    w.endObject();
    w.endObject();
}

} // namespace

bool streamJsonReport(const Report &report, const JsonSink &sink, const ToolInfo &tool, JsonDetail detail)
{
    JsonWriter w(JsonWriter::Style::Indented);
    w.setSink(&sink, StreamPiece);
    writeReport(w, report, tool, detail);
    return w.flush();
}

QByteArray writeJsonReport(const Report &report, const ToolInfo &tool, JsonDetail detail)
{
    JsonWriter w(JsonWriter::Style::Indented);
    writeReport(w, report, tool, detail);
    return w.takeBytes();
}

} // namespace fc
