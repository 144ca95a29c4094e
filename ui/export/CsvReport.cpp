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
        csvRecord({QStringLiteral("finding"), QStringLiteral("severity"), QStringLiteral("kind"),
                   QStringLiteral("summary"), QStringLiteral("summary_id"), QStringLiteral("status"),
                   QStringLiteral("note"), QStringLiteral("doc"), QStringLiteral("doc_title"), QStringLiteral("start"),
                   QStringLiteral("end"), QStringLiteral("value"), QStringLiteral("evidence")});
    for (const auto &f : report.findings) {
        const ReportReview r = extras.reviewFor(f.key);
        const QStringList common{textField(f.id),      severityCode(f.severity), textField(f.kind),
                                 textField(f.summary), textField(f.summaryId),   textField(r.status),
                                 textField(r.note)};
        if (f.evidence.isEmpty()) {
            csv += csvRecord(common + QStringList{QString(), QString(), QString(), QString(), QString(), QString()});
            continue;
        }
        for (const auto &ev : f.evidence) {
            const Article *a = report.article(ev.doc);
            csv += csvRecord(common
                             + QStringList{textField(ev.doc), textField(a ? vocabulary::documentTitle(*a) : QString()),
                                           num(cp(ev.doc, ev.span.start)), num(cp(ev.doc, ev.span.end)),
                                           textField(ev.value), textField(ev.text)});
        }
    }
    return csv;
}

QByteArray writeMentionsCsv(const Report &report)
{
    QByteArray csv = csvRecord({QStringLiteral("doc"), QStringLiteral("start"), QStringLiteral("end"),
                                QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("entity"),
                                QStringLiteral("entity_name"), QStringLiteral("value")});
    for (const auto &a : report.articles) {
        const CodePointIndex cp(a.text);
        for (const auto &m : a.mentions) {
            const Entity *e = report.entity(m.entityId);
            csv += csvRecord({textField(a.id), num(cp.toCodePoint(m.span.start)), num(cp.toCodePoint(m.span.end)),
                              mentionTypeCode(m.type), textField(a.textOf(m.span).toString()), textField(m.entityId),
                              textField(e ? e->name : QString()), textField(vocabulary::mentionValue(m))});
        }
    }
    return csv;
}

} // namespace fc
