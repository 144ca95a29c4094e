#include "MentionMarks.h"

#include "widgets/ArticleView.h"
#include "widgets/MentionTheme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace fc::ui {

TypeLine typeLine(MentionType type)
{
    // Five line styles for the names; the values (dates, times, figures) take an overline too.
    // The wave stays free: it marks evidence.
    using U = QTextCharFormat::UnderlineStyle;
    switch (type) {
    case MentionType::Person: return {U::SingleUnderline, false};
    case MentionType::Organisation: return {U::DashUnderline, false};
    case MentionType::Location: return {U::DotLine, false};
    case MentionType::Title: return {U::DashDotLine, false};
    case MentionType::Source: return {U::DashDotDotLine, false};
    case MentionType::Date: return {U::SingleUnderline, true};
    case MentionType::Time: return {U::DotLine, true};
    case MentionType::Quantity: return {U::DashUnderline, true};
    }
    return {};
}

QString typeLineName(MentionType type)
{
    const TypeLine line = typeLine(type);
    QString under;
    switch (line.underline) {
    case QTextCharFormat::SingleUnderline:
        under = QCoreApplication::translate("MentionMarks", "solid underline");
        break;
    case QTextCharFormat::DashUnderline: under = QCoreApplication::translate("MentionMarks", "dashed underline"); break;
    case QTextCharFormat::DotLine: under = QCoreApplication::translate("MentionMarks", "dotted underline"); break;
    case QTextCharFormat::DashDotLine: under = QCoreApplication::translate("MentionMarks", "dash-dot underline"); break;
    case QTextCharFormat::DashDotDotLine:
        under = QCoreApplication::translate("MentionMarks", "dash-dot-dot underline");
        break;
    default: break;
    }
    return line.overline ? QCoreApplication::translate("MentionMarks", "%1 and overline").arg(under) : under;
}

QTextCharFormat mentionFormat(MentionType type, const MentionTheme &theme, bool typeLines)
{
    QTextCharFormat format;
    format.setBackground(theme.background(type));
    format.setForeground(theme.ink());
    if (typeLines) {
        const TypeLine line = typeLine(type);
        format.setUnderlineStyle(line.underline);
        // The type's full hue: its wash is the same hue diluted, so the line stands out on it.
        format.setUnderlineColor(theme.foreground(type));
        format.setFontOverline(line.overline);
    }
    return format;
}

QPixmap mentionLegend(const MentionTheme &theme, bool typeLines, const QFont &font, qreal devicePixelRatio)
{
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setDocumentMargin(2);
    QTextCursor c(&doc);
    QTextCharFormat plain;
    QTextCharFormat code;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    code.setFont(small);
    for (int t = int(MentionType::Person); t <= int(MentionType::Source); ++t) {
        const auto type = MentionType(t);
        c.insertText(QStringLiteral("\u00a0") + ArticleView::typeLabel(type) + QStringLiteral("\u00a0"),
                     mentionFormat(type, theme, typeLines));
        c.insertText(QStringLiteral("\u2009"), plain);
        c.insertText(mentionTypeCode(type), code);
        c.insertText(QStringLiteral("   "), plain);
    }
    QTextCharFormat evidence;
    evidence.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    evidence.setUnderlineColor(theme.alert());
    c.insertText(QCoreApplication::translate("MentionMarks", "evidence"), evidence);
    doc.setTextWidth(-1);
    const QSizeF size = doc.size();
    QPixmap pixmap((size * devicePixelRatio).toSize());
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    doc.drawContents(&painter);
    return pixmap;
}

QString mentionLegendText(bool typeLines)
{
    QStringList parts;
    for (int t = int(MentionType::Person); t <= int(MentionType::Source); ++t) {
        const auto type = MentionType(t);
        // In words only: the codes (PER, DATE...) are English and stay in the drawn legend.
        parts << (typeLines ? QCoreApplication::translate("MentionMarks", "%1: %2")
                                  .arg(ArticleView::typeLabel(type), typeLineName(type))
                            : ArticleView::typeLabel(type));
    }
    parts << QCoreApplication::translate("MentionMarks", "evidence: wavy underline and outline");
    return parts.join(QStringLiteral("; "));
}

} // namespace fc::ui
