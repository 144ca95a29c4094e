#include "MentionTheme.h"

#include <KSyntaxHighlighting/Repository>

namespace fc::ui {

namespace {
// Which of the theme's text styles stands for which mention type: distinct hues in every
// bundled theme.
KSyntaxHighlighting::Theme::TextStyle styleFor(MentionType type)
{
    using S = KSyntaxHighlighting::Theme::TextStyle;
    switch (type) {
    case MentionType::Person: return S::Keyword;
    case MentionType::Organisation: return S::DataType;
    case MentionType::Location: return S::Function;
    case MentionType::Title: return S::Attribute;
    case MentionType::Date: return S::DecVal;
    case MentionType::Time: return S::BaseN;
    case MentionType::Quantity: return S::Float;
    case MentionType::Source: return S::String;
    }
    return S::Normal;
}
} // namespace

MentionTheme::MentionTheme(const KSyntaxHighlighting::Theme &theme)
    : m_theme(theme)
{
}

MentionTheme MentionTheme::fromName(const QString &themeName)
{
    static KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::Theme theme = themeName.isEmpty()
        ? repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme)
        : repository.theme(themeName);
    if (!theme.isValid())
        theme = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    return MentionTheme(theme);
}

QColor MentionTheme::foreground(MentionType type) const
{
    return QColor::fromRgba(m_theme.textColor(styleFor(type)));
}

QColor MentionTheme::background(MentionType type) const
{
    // A wash of the style's colour over the paper keeps text readable in light and dark.
    QColor c = foreground(type);
    const QColor p = paper();
    return QColor((c.red() + 3 * p.red()) / 4, (c.green() + 3 * p.green()) / 4, (c.blue() + 3 * p.blue()) / 4);
}

QColor MentionTheme::paper() const
{
    return QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QColor MentionTheme::ink() const
{
    return QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Normal));
}

} // namespace fc::ui
