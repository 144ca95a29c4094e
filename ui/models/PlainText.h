#pragma once

#include <QString>

namespace fc::ui {

// Text from articles, files and the web (titles, names, evidence, paths) shown where Qt
// guesses the format, as in tooltips: Qt::mightBeRichText would take a title such as
// "<img src=x>" for markup and render it (an image fetch, a link, hidden text). Escaped and
// wrapped in a paragraph that keeps its line breaks, it is shown exactly as written.
// Empty stays empty (no tooltip).
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

// Text of the user's or the web's (a project's file name) in a window title: Qt takes "[*]"
// there for the "modified" mark and removes it; doubled, it is shown as written.
inline QString plainWindowTitle(const QString &text)
{
    QString title = text;
    return title.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
}

} // namespace fc::ui
