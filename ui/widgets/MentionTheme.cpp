#include "MentionTheme.h"

#include <KSyntaxHighlighting/Repository>

namespace fc::ui {

namespace {
using S = KSyntaxHighlighting::Theme::TextStyle;
using E = KSyntaxHighlighting::Theme::EditorColorRole;

// Which of the theme's text styles stands for which mention type. Chosen so the hues differ
// in the bundled light and dark themes (several number styles share one colour, so only one
// of them is used).
S styleFor(MentionType type)
{
    switch (type) {
    case MentionType::Person: return S::Function;
    case MentionType::Organisation: return S::DataType;
    case MentionType::Location: return S::Preprocessor;
    case MentionType::Title: return S::SpecialChar;
    case MentionType::Date: return S::DecVal;
    case MentionType::Time: return S::Constant;
    case MentionType::Quantity: return S::String;
    case MentionType::Source: return S::Comment;
    }
    return S::Normal;
}

QColor mix(const QColor &a, const QColor &b, int weightA, int weightB)
{
    const int w = weightA + weightB;
    return QColor((a.red() * weightA + b.red() * weightB) / w, (a.green() * weightA + b.green() * weightB) / w,
                  (a.blue() * weightA + b.blue() * weightB) / w);
}

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
} // namespace

MentionTheme::MentionTheme(const KSyntaxHighlighting::Theme &theme)
    : m_theme(theme)
{
}

MentionTheme MentionTheme::fromName(const QString &themeName)
{
    KSyntaxHighlighting::Theme theme = themeName.isEmpty()
        ? repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme)
        : repository().theme(themeName);
    if (!theme.isValid())
        theme = repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    return MentionTheme(theme);
}

MentionTheme MentionTheme::light()
{
    return MentionTheme(repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
}

MentionTheme MentionTheme::dark()
{
    return MentionTheme(repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme));
}

bool MentionTheme::isDark() const
{
    return paper().lightness() < 128;
}

QColor MentionTheme::foreground(MentionType type) const
{
    return QColor::fromRgba(m_theme.textColor(styleFor(type)));
}

QColor MentionTheme::background(MentionType type) const
{
    // A wash of the style's colour over the paper keeps text readable in light and dark.
    return mix(foreground(type), paper(), 1, isDark() ? 2 : 3);
}

QColor MentionTheme::paper() const
{
    return QColor::fromRgba(m_theme.editorColor(E::BackgroundColor));
}

QColor MentionTheme::ink() const
{
    return QColor::fromRgba(m_theme.textColor(S::Normal));
}

QColor MentionTheme::selection() const
{
    return QColor::fromRgba(m_theme.editorColor(E::TextSelection));
}

QColor MentionTheme::emphasis() const
{
    // Search highlight is what editors use for "all occurrences"; some dark themes make it too
    // close to the paper to find at a glance, so then the (brightened) selection colour stands in.
    const QColor c = QColor::fromRgba(m_theme.editorColor(E::SearchHighlight));
    if (qAbs(c.lightness() - paper().lightness()) >= 60)
        return c;
    return selection().lighter(140);
}

QColor MentionTheme::alert() const
{
    // Conflicts are red in every theme: the Error style, which themes keep red.
    const QColor c = QColor::fromRgba(m_theme.textColor(S::Error));
    return c.isValid() && c.hueF() >= 0 && (c.hueF() < 0.08 || c.hueF() > 0.9) ? c : QColor(0xda, 0x44, 0x53);
}

QColor MentionTheme::doubt() const
{
    // Not the evidence red: the Warning style (orange or amber in the themes shipped), else amber
    // light enough for dark paper or dark enough for light paper.
    const QColor c = QColor::fromRgba(m_theme.textColor(S::Warning));
    if (c.isValid() && c.hueF() >= 0.05 && c.hueF() <= 0.17 && qAbs(c.lightness() - paper().lightness()) >= 60)
        return c;
    return isDark() ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb3, 0x5c, 0x00);
}

QColor MentionTheme::seriesColor(int index) const
{
    static const S styles[] = {S::Function, S::DataType, S::Preprocessor, S::DecVal, S::SpecialChar, S::String};
    return QColor::fromRgba(m_theme.textColor(styles[index % std::size(styles)]));
}

QPalette MentionTheme::palette() const
{
    const QColor base = paper();
    const QColor text = ink();
    // The window chrome sits a step away from the paper so panes stand out from panels.
    const QColor window = isDark() ? base.lighter(115) : base.darker(106);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, mix(base, window, 1, 1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mix(text, base, 1, 1));
    p.setColor(QPalette::Highlight, selection());
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, foreground(MentionType::Location));
    p.setColor(QPalette::BrightText, alert());
    p.setColor(QPalette::Light, window.lighter(130));
    p.setColor(QPalette::Midlight, window.lighter(115));
    p.setColor(QPalette::Mid, mix(window, text, 3, 1));
    p.setColor(QPalette::Dark, mix(window, text, 2, 1));
    p.setColor(QPalette::Shadow, isDark() ? QColor(Qt::black) : mix(window, text, 1, 1));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, mix(text, base, 1, 1));
    return p;
}

} // namespace fc::ui
