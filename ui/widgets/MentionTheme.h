#pragma once

#include "model/Mention.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>

namespace fc::ui {

// Mention colours taken from a KSyntaxHighlighting theme, so every view follows one theme.
class MentionTheme
{
public:
    explicit MentionTheme(const KSyntaxHighlighting::Theme &theme);
    static MentionTheme fromName(const QString &themeName); // "" picks the default light theme

    QColor background(MentionType type) const;
    QColor foreground(MentionType type) const;
    QColor paper() const;
    QColor ink() const;
    QString name() const { return m_theme.name(); }

private:
    KSyntaxHighlighting::Theme m_theme;
};

} // namespace fc::ui
