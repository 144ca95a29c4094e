#pragma once

#include <QString>
#include <qnamespace.h>

namespace fc::ui {

class MentionTheme;

// Light, dark or whatever the system uses: the editor's choice in View > Colour Scheme, kept in
// the settings by its key ("light", "dark", "system"). Only the article panes and the timeline
// take the mention theme; the window chrome is the platform's own.
enum class ColourScheme { System, Light, Dark };

QString colourSchemeKey(ColourScheme scheme);
// The scheme a key names; unknown keys (older settings held theme names) mean System.
ColourScheme colourSchemeFromKey(const QString &key);

// Whether the system's scheme is dark: as the platform reports it (Qt's style hints), and where
// it cannot tell (Unknown), read from the application palette's window colour.
bool systemPrefersDark(Qt::ColorScheme reported);

// Asks the platform to draw the window chrome in the chosen scheme where it can (System hands
// the choice back to the platform).
void requestPlatformScheme(ColourScheme scheme);

// The mention theme that goes with a scheme, given what the system reports.
MentionTheme mentionThemeFor(ColourScheme scheme, Qt::ColorScheme reported);

} // namespace fc::ui
