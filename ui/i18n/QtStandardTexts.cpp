#include "QtStandardTexts.h"

#include <QtGlobal>

namespace fc::ui {

QList<QtText> qtStandardTexts()
{
    // QPlatformTheme::defaultStandardButtonText(), and the GNOME theme's own wording of some.
    return {
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")},
    };
}

} // namespace fc::ui
