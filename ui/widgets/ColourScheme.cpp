#include "ColourScheme.h"

#include "widgets/MentionTheme.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

namespace fc::ui {

QString colourSchemeKey(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::Light: return QStringLiteral("light");
    case ColourScheme::Dark: return QStringLiteral("dark");
    case ColourScheme::System: break;
    }
    return QStringLiteral("system");
}

ColourScheme colourSchemeFromKey(const QString &key)
{
    if (key == u"light")
        return ColourScheme::Light;
    if (key == u"dark")
        return ColourScheme::Dark;
    return ColourScheme::System;
}

bool systemPrefersDark(Qt::ColorScheme reported)
{
    switch (reported) {
    case Qt::ColorScheme::Dark: return true;
    case Qt::ColorScheme::Light: return false;
    case Qt::ColorScheme::Unknown: break;
    }
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void requestPlatformScheme(ColourScheme scheme)
{
    // Platforms without support ignore the request; the article panes follow the choice anyway.
    const Qt::ColorScheme wanted = scheme == ColourScheme::Light ? Qt::ColorScheme::Light
        : scheme == ColourScheme::Dark                           ? Qt::ColorScheme::Dark
                                                                 : Qt::ColorScheme::Unknown;
    QGuiApplication::styleHints()->setColorScheme(wanted);
}

MentionTheme mentionThemeFor(ColourScheme scheme, Qt::ColorScheme reported)
{
    const bool dark = scheme == ColourScheme::Dark || (scheme == ColourScheme::System && systemPrefersDark(reported));
    return dark ? MentionTheme::dark() : MentionTheme::light();
}

} // namespace fc::ui
