#include "CsvReport.h"

#include "ReportVocabulary.h"
#include "report/CodePointIndex.h"

#include <QRegularExpression>

namespace fc {

namespace {

// Text as a spreadsheet will show it: numbers stay numbers, formula starters are defused.
QString textField(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.at(0)) && !number.match(s).hasMatch())
        return QLatin1Char('\'') + s;
    return s;
}

QString num(qsizetype n)
{
    return QString::number(n);
}

// The low_confidence column: the lowest confidence (0-100) of the words read from an image with
// little confidence that the span holds; empty when it holds none (and for text not read from
// an image).
QString confidence(int lowest)
{
    return lowest >= 0 ? QString::number(lowest) : QString();
}

// The measured-claim parts of one side of a match, for the evidence row of that side's article:
// a spreadsheet can then filter and sort by what was compared, not only by the summary.
QStringList matchFields(const Finding &finding, const QString &doc)
{
    if (!finding.match)
        return {QString(), QString(), QString(), QString(), QString()};
    const QString score = QString::number(finding.match->score, 'f', 2);
    for (const MatchSide &s : finding.match->sides) {
        if (s.doc == doc)
            return {score, textField(s.measure), textField(s.predicate), textField(s.period),
                    textField(s.qualifiers.join(QLatin1Char('/')))};
    }
    return {score, QString(), QString(), QString(), QString()};
}

} // namespace

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString &f = fields.at(i);
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            line += '"' + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
        } else {
            line += f.toUtf8();
        }
    }
    return line + "\r\n";
}

QString mentionsCsvPath(const QString &findingsPath)
{
    if (findingsPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return findingsPath.chopped(4) + QStringLiteral("-mentions") + findingsPath.right(4);
    return findingsPath + QStringLiteral("-mentions.csv");
}

QByteArray writeFindingsCsv(const Report &report, const ReportExtras &extras)
{
    QHash<QString, CodePointIndex> indexes;
    for (const auto &a : report.articles)
        indexes.insert(a.id, CodePointIndex(a.text));
    const auto cp = [&](const QString &doc, qsizetype pos) {
        const auto it = indexes.constFind(doc);
        return it == indexes.cend() ? pos : it->toCodePoint(pos);
    };

    QByteArray csv =
        csvRecord({QStringLiteral("finding"),    QStringLiteral("severity"),      QStringLiteral("kind"),
                   QStringLiteral("summary"),    QStringLiteral("summary_id"),    QStringLiteral("status"),
                   QStringLiteral("note"),       QStringLiteral("reviewer"),      QStringLiteral("doc"),
                   QStringLiteral("doc_title"),  QStringLiteral("start"),         QStringLiteral("end"),
                   QStringLiteral("value"),      QStringLiteral("evidence"),      QStringLiteral("match_score"),
                   QStringLiteral("measure"),    QStringLiteral("predicate"),     QStringLiteral("period"),
                   QStringLiteral("qualifiers"), QStringLiteral("low_confidence")});
    for (const auto &f : report.findings) {
        const ReportReview r = extras.reviewFor(f.key);
        const QStringList common{textField(f.id),      severityCode(f.severity), textField(f.kind),
                                 textField(f.summary), textField(f.summaryId),   textField(r.status),
                                 textField(r.note),    textField(r.reviewer)};
        if (f.evidence.isEmpty()) {
            csv += csvRecord(common + QStringList{QString(), QString(), QString(), QString(), QString(), QString()}
                             + matchFields(f, QString()) + QStringList{QString()});
            continue;
        }
        for (const auto &ev : f.evidence) {
            const Article *a = report.article(ev.doc);
            csv +=
                csvRecord(common
                          + QStringList{textField(ev.doc), textField(a ? vocabulary::documentTitle(*a) : QString()),
                                        num(cp(ev.doc, ev.span.start)), num(cp(ev.doc, ev.span.end)),
                                        textField(ev.value), textField(ev.text)}
                          + matchFields(f, ev.doc) + QStringList{confidence(vocabulary::lowestConfidence(report, ev))});
        }
    }
    return csv;
}

QByteArray writeMentionsCsv(const Report &report)
{
    QByteArray csv =
        csvRecord({QStringLiteral("doc"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("type"),
                   QStringLiteral("text"), QStringLiteral("entity"), QStringLiteral("entity_name"),
                   QStringLiteral("value"), QStringLiteral("low_confidence")});
    for (const auto &a : report.articles) {
        const CodePointIndex cp(a.text);
        for (const auto &m : a.mentions) {
            const Entity *e = report.entity(m.entityId);
            csv += csvRecord({textField(a.id), num(cp.toCodePoint(m.span.start)), num(cp.toCodePoint(m.span.end)),
                              mentionTypeCode(m.type), textField(a.textOf(m.span).toString()), textField(m.entityId),
                              textField(e ? e->name : QString()), textField(vocabulary::mentionValue(m)),
                              confidence(lowestConfidenceIn(a.lowConfidence, m.span))});
        }
    }
    return csv;
}

} // namespace fc
