#include "JsonReport.h"

#include "lang/Language.h"
#include "report/CodePointIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

QJsonObject documentToJson(const Article &a)
{
    const CodePointIndex cp(a.text);
    QJsonArray mentions;
    for (const auto &m : a.mentions) {
        mentions.append(QJsonObject{
            {QStringLiteral("start"), qint64(cp.toCodePoint(m.span.start))},
            {QStringLiteral("end"), qint64(cp.toCodePoint(m.span.end))},
            {QStringLiteral("type"), mentionTypeCode(m.type)},
            {QStringLiteral("text"), a.textOf(m.span).toString()},
            {QStringLiteral("entity"), nullable(m.entityId)},
            {QStringLiteral("value"), mentionValue(m)},
        });
    }
    return QJsonObject{
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
}

} // namespace

QJsonObject reportToJson(const Report &report, const ToolInfo &tool)
{
    QHash<QString, CodePointIndex> indexes;
    for (const auto &a : report.articles)
        indexes.insert(a.id, CodePointIndex(a.text));
    const auto cp = [&](const QString &doc, qsizetype pos) -> qint64 {
        const auto it = indexes.constFind(doc);
        return it == indexes.cend() ? pos : it->toCodePoint(pos);
    };

    QJsonArray documents;
    for (const auto &a : report.articles)
        documents.append(documentToJson(a));

    QJsonArray entities;
    for (const auto &e : report.entities) {
        entities.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("type"), mentionTypeCode(e.type)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("variants"), QJsonArray::fromStringList(e.variants)},
            {QStringLiteral("kb"), wikidataId(e.kb)},
            {QStringLiteral("documents"), QJsonArray::fromStringList(e.documents)},
        });
    }

    QJsonArray timeline;
    for (const auto &t : report.timeline) {
        timeline.append(QJsonObject{
            {QStringLiteral("date"), t.date.iso()},
            {QStringLiteral("granularity"), granularityCode(t.date.granularity)},
            {QStringLiteral("label"), t.label},
            {QStringLiteral("doc"), t.doc},
            {QStringLiteral("start"), cp(t.doc, t.span.start)},
            {QStringLiteral("end"), cp(t.doc, t.span.end)},
            {QStringLiteral("findings"), QJsonArray::fromStringList(t.findings)},
        });
    }

    QJsonArray findings;
    for (const auto &f : report.findings) {
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
        findings.append(finding);
    }

    return QJsonObject{
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("name"), tool.name}, {QStringLiteral("version"), tool.version}}},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("findings"), findings},
    };
}

QByteArray writeJsonReport(const Report &report, const ToolInfo &tool)
{
    // QJsonObject keeps keys sorted, so the output is byte-stable.
    return QJsonDocument(reportToJson(report, tool)).toJson(QJsonDocument::Indented);
}

} // namespace fc
