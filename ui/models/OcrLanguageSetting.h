#pragma once

#include <QString>

class QSettings;

namespace fc::ui {

// The languages the workbench reads screenshots in (Tesseract's codes joined by '+'; "" for
// the reader's default), kept in the settings (QSettings, passed in so tests use a file of
// their own). Choosing checks them as the command line's --ocr-languages does; at startup the
// workbench registers the reader with the kept ones unchecked (a check loads Tesseract's
// models), so a code whose data was removed since names itself on each image read.
class OcrLanguageSetting
{
public:
    explicit OcrLanguageSetting(QSettings *settings);

    QString languages() const; // as kept, "" for the default

    // When the reader can read languages (trimmed), keeps them and reads images in them
    // from now on, returning ""; else returns the reader's message naming the code that is
    // malformed or not installed, and keeps what was kept.
    QString choose(const QString &languages);

private:
    QSettings *m_settings;
};

} // namespace fc::ui
