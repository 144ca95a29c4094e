#include "ReportVocabulary.h"

#include "ReportExtras.h"
#include "model/FindingKind.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fc {

QString reviewStatusWithReviewer(const ReportReview &review)
{
    const QString status = reviewStatusLabel(review.status);
    if (review.reviewer.isEmpty())
        return status;
    return QCoreApplication::translate("fc::Report", "%1 (%2)", "review status (reviewer)")
        .arg(status, review.reviewer);
}

QString reviewStatusLabel(const QString &status)
{
    if (status == u"confirmed")
        return QCoreApplication::translate("fc::Report", "confirmed");
    if (status == u"dismissed")
        return QCoreApplication::translate("fc::Report", "dismissed");
    if (status == u"needs_check")
        return QCoreApplication::translate("fc::Report", "needs check");
    return status;
}

namespace vocabulary {

QList<MentionType> mentionTypes()
{
    return {MentionType::Person, MentionType::Organisation, MentionType::Location, MentionType::Title,
            MentionType::Date,   MentionType::Time,         MentionType::Quantity, MentionType::Source};
}

QString typeName(MentionType type)
{
    switch (type) {
    case MentionType::Person: return QCoreApplication::translate("fc::Report", "person");
    case MentionType::Organisation: return QCoreApplication::translate("fc::Report", "organisation");
    case MentionType::Location: return QCoreApplication::translate("fc::Report", "place");
    case MentionType::Title: return QCoreApplication::translate("fc::Report", "title or role");
    case MentionType::Date: return QCoreApplication::translate("fc::Report", "date");
    case MentionType::Time: return QCoreApplication::translate("fc::Report", "time");
    case MentionType::Quantity: return QCoreApplication::translate("fc::Report", "quantity");
    case MentionType::Source: return QCoreApplication::translate("fc::Report", "source");
    }
    return {};
}

// Pastels from distinct hues: told apart on screen and still legible when printed in grey.
QString typeColour(MentionType type)
{
    switch (type) {
    case MentionType::Person: return QStringLiteral("#cfe3ff");
    case MentionType::Organisation: return QStringLiteral("#ffe0b3");
    case MentionType::Location: return QStringLiteral("#c9f0d0");
    case MentionType::Title: return QStringLiteral("#ead6ff");
    case MentionType::Date: return QStringLiteral("#fff3a6");
    case MentionType::Time: return QStringLiteral("#ffe7c9");
    case MentionType::Quantity: return QStringLiteral("#ffd1dc");
    case MentionType::Source: return QStringLiteral("#d5f2f2");
    }
    return QStringLiteral("#eeeeee");
}

QString typeBorder(MentionType type)
{
    switch (type) {
    case MentionType::Person: return QStringLiteral("#2f6fcf");
    case MentionType::Organisation: return QStringLiteral("#c77700");
    case MentionType::Location: return QStringLiteral("#2e8b47");
    case MentionType::Title: return QStringLiteral("#7b3fc0");
    case MentionType::Date: return QStringLiteral("#a08a00");
    case MentionType::Time: return QStringLiteral("#b86b00");
    case MentionType::Quantity: return QStringLiteral("#c0335a");
    case MentionType::Source: return QStringLiteral("#1f8a8a");
    }
    return QStringLiteral("#666666");
}

QString kindName(const QString &kind)
{
    // A kind added later shows as the engine wrote it.
    const char *name = findingKindName(kind);
    return name ? QCoreApplication::translate("fc::Report", name) : kind;
}

QStringList matchLines(const Finding &finding)
{
    if (!finding.match)
        return {};
    QStringList lines{QCoreApplication::translate("fc::Report", "matched with score %1")
                          .arg(QString::number(finding.match->score, 'f', 2))};
    for (const MatchSide &s : finding.match->sides) {
        QStringList parts{s.kind};
        if (!s.unit.isEmpty())
            parts << s.unit;
        if (!s.predicate.isEmpty())
            parts << QCoreApplication::translate("fc::Report", "verb %1").arg(s.predicate);
        if (!s.period.isEmpty())
            parts << QCoreApplication::translate("fc::Report", "period %1").arg(s.period);
        if (!s.qualifiers.isEmpty())
            parts << s.qualifiers.join(QLatin1Char('/'));
        if (!s.entities.isEmpty())
            parts << s.entities.join(QLatin1Char('/'));
        lines << QStringLiteral("%1: %2 = %3 (%4)").arg(s.doc, s.measure, s.valueText, parts.join(QLatin1String(", ")));
    }
    return lines;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::High: return QCoreApplication::translate("fc::Report", "high");
    case Severity::Medium: return QCoreApplication::translate("fc::Report", "medium");
    case Severity::Low: return QCoreApplication::translate("fc::Report", "low");
    case Severity::Info: return QCoreApplication::translate("fc::Report", "info");
    }
    return {};
}

QString severityColour(Severity severity)
{
    switch (severity) {
    case Severity::High: return QStringLiteral("#b3261e");
    case Severity::Medium: return QStringLiteral("#b86b00");
    case Severity::Low: return QStringLiteral("#4a6fa5");
    case Severity::Info: return QStringLiteral("#5f6b5f");
    }
    return QStringLiteral("#333333");
}

QString mentionValue(const Mention &mention)
{
    if (!mention.value.isValid())
        return {};
    if (mention.value.typeId() == QMetaType::Double)
        return QString::number(mention.value.toDouble(), 'g', 15);
    return mention.value.toString();
}

QString publishedLine(const Article &article)
{
    QStringList parts;
    if (!article.meta.outlet.isEmpty())
        parts << article.meta.outlet;
    if (article.meta.published.isValid()) {
        QString date = article.meta.published.toString(Qt::ISODate);
        const QString source = metaSourceCode(article.meta.publishedSource);
        if (!source.isEmpty())
            date += QStringLiteral(" (%1)").arg(source);
        parts << date;
    } else {
        parts << QCoreApplication::translate("fc::Report", "publication date unknown");
    }
    if (!article.meta.language.isEmpty())
        parts << article.meta.language;
    return parts.join(QStringLiteral(" · "));
}

QString documentTitle(const Article &article)
{
    if (!article.meta.title.isEmpty())
        return article.meta.title;
    if (!article.source.isEmpty())
        return QFileInfo(article.source).fileName();
    return article.id;
}

bool lowConfidence(const Report &report, const Evidence &evidence)
{
    return lowestConfidence(report, evidence) >= 0;
}

int lowestConfidence(const Report &report, const Evidence &evidence)
{
    const Article *article = report.article(evidence.doc);
    return article ? lowestConfidenceIn(article->lowConfidence, evidence.span) : -1;
}

bool lowConfidence(const Article &article, const Mention &mention)
{
    return lowestConfidenceIn(article.lowConfidence, mention.span) >= 0;
}

QString lowConfidenceLabel()
{
    return QCoreApplication::translate("fc::Report", "low OCR confidence",
                                       "text recognition was unsure of a word read from an image");
}

QString lowConfidenceWordLabel(int confidence)
{
    return QCoreApplication::translate("fc::Report", "low OCR confidence: %1 of 100",
                                       "a word read from an image, and how sure text recognition was of it")
        .arg(confidence);
}

QString reportCounts(const Report &report)
{
    const QString dot = QStringLiteral(" \u00b7 ");
    return QCoreApplication::translate("fc::Report", "%n articles", "report header: how many articles",
                                       int(report.articles.size()))
        + dot
        + QCoreApplication::translate("fc::Report", "%n entities", "report header: how many entities",
                                      int(report.entities.size()))
        + dot
        + QCoreApplication::translate("fc::Report", "%n findings", "report header: how many findings",
                                      int(report.findings.size()))
        + dot + QStringLiteral("factcheck ") + QStringLiteral(FACTCHECK_VERSION);
}

} // namespace vocabulary
} // namespace fc
