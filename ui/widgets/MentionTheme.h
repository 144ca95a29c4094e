#pragma once

#include "model/Mention.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QPalette>

namespace fc::ui {

// Mention colours taken from a KSyntaxHighlighting theme, so every view follows one theme:
// article panes, entity panel, timeline and the export preview.
class MentionTheme
{
public:
    explicit MentionTheme(const KSyntaxHighlighting::Theme &theme);
    static MentionTheme fromName(const QString &themeName); // "" picks the default light theme
    static MentionTheme light();
    static MentionTheme dark();

    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }
    QString name() const { return m_theme.name(); }
    bool isDark() const;

    QColor background(MentionType type) const;
    QColor foreground(MentionType type) const;
    QColor paper() const;
    QColor ink() const;
    QColor selection() const;            // the theme's text selection colour
    QColor emphasis() const;             // a selected entity's mentions
    QColor alert() const;                // evidence outlines and conflict lines
    QColor doubt() const;                // words read from an image with little confidence
    QColor seriesColor(int index) const; // one per article in the timeline

    // A widget palette in the theme's colours, so panels and panes match.
    QPalette palette() const;

private:
    KSyntaxHighlighting::Theme m_theme;
};

} // namespace fc::ui
