#pragma once

#include "model/Mention.h"

#include <QPixmap>
#include <QString>
#include <QTextCharFormat>

namespace fc::ui {

class MentionTheme;

// A mention's type told by more than its colour: each type has a line of its own under (and for
// dates, times and figures also over) the text, so types stay apart in print, for readers who
// do not tell the hues apart, and in either colour scheme. Switchable in View (Mention Type
// Lines); the legend shows the same marks.
struct TypeLine
{
    QTextCharFormat::UnderlineStyle underline = QTextCharFormat::NoUnderline;
    bool overline = false;
};

TypeLine typeLine(MentionType type);
// "dashed underline" and the like, for the legend's description and screen readers.
QString typeLineName(MentionType type);

// The format of a mention of type: its wash and the theme's ink, with the type's line when
// lines are on.
QTextCharFormat mentionFormat(MentionType type, const MentionTheme &theme, bool typeLines);

// The legend: every type's name in its mention format, followed by its short code (PER, ORG...),
// then the evidence mark; drawn with the same formats the panes use.
QPixmap mentionLegend(const MentionTheme &theme, bool typeLines, const QFont &font, qreal devicePixelRatio);
// The legend in words, for screen readers and its tooltip.
QString mentionLegendText(bool typeLines);

} // namespace fc::ui
