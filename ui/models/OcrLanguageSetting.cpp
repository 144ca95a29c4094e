#include "OcrLanguageSetting.h"

#include "ingest/ImageTextHook.h"

#include <QSettings>

namespace fc::ui {

namespace {
const QString SettingsKey = QStringLiteral("ocr/languages");
}

OcrLanguageSetting::OcrLanguageSetting(QSettings *settings)
    : m_settings(settings)
{
}

QString OcrLanguageSetting::languages() const
{
    return m_settings->value(SettingsKey).toString();
}

QString OcrLanguageSetting::choose(const QString &languages)
{
    const QString codes = languages.trimmed();
    if (QString error = switchImageTextLanguages(codes); !error.isEmpty())
        return error;
    m_settings->setValue(SettingsKey, codes);
    m_settings->sync();
    return {};
}

} // namespace fc::ui
