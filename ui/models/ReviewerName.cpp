#include "ReviewerName.h"

#include <QSettings>

namespace fc::ui {

namespace {
const QString SettingsKey = QStringLiteral("review/reviewer");
}

ReviewerName::ReviewerName(QSettings *settings)
    : m_settings(settings)
{
}

bool ReviewerName::isKept() const
{
    return !m_settings->value(SettingsKey).toString().trimmed().isEmpty();
}

QString ReviewerName::name() const
{
    const QString kept = m_settings->value(SettingsKey).toString().trimmed();
    return kept.isEmpty() ? loginName() : kept;
}

void ReviewerName::keep(const QString &name)
{
    m_settings->setValue(SettingsKey, name.trimmed());
    m_settings->sync();
}

QString ReviewerName::loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace fc::ui
