#include "CalendarNames.h"

#include <QRegularExpression>

#include <algorithm>

namespace fc {

namespace {

QString key(QStringView name)
{
    QString k = name.trimmed().toString().toLower();
    if (k.endsWith(QLatin1Char('.')))
        k.chop(1);
    return k;
}

} // namespace

CalendarNames::CalendarNames(QLocale::Language language)
{
    const QLocale locale(language);
    for (int m = 1; m <= 12; ++m) {
        for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            addMonth(locale.monthName(m, format), m);
            addMonth(locale.standaloneMonthName(m, format), m);
        }
        m_shortMonths.append(locale.monthName(m, QLocale::ShortFormat));
        m_longMonths.append(locale.monthName(m, QLocale::LongFormat));
        if (locale.standaloneMonthName(m, QLocale::LongFormat) != m_longMonths.last())
            m_longMonths.append(locale.standaloneMonthName(m, QLocale::LongFormat));
    }
    for (int d = 1; d <= 7; ++d) {
        for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            for (const auto &name : {locale.dayName(d, format), locale.standaloneDayName(d, format)}) {
                if (!key(name).isEmpty())
                    m_weekdays.insert(key(name), d);
            }
        }
        m_longWeekdays.append(locale.dayName(d, QLocale::LongFormat));
        if (locale.standaloneDayName(d, QLocale::LongFormat) != m_longWeekdays.last())
            m_longWeekdays.append(locale.standaloneDayName(d, QLocale::LongFormat));
    }
}

void CalendarNames::addMonth(const QString &name, int month)
{
    if (!key(name).isEmpty())
        m_months.insert(key(name), month);
}

void CalendarNames::addAbbreviation(const QString &name, int month)
{
    addMonth(name, month);
    m_shortMonths.append(name);
}

int CalendarNames::month(QStringView name) const
{
    return m_months.value(key(name), 0);
}

int CalendarNames::weekday(QStringView name) const
{
    return m_weekdays.value(key(name), 0);
}

QString alternation(QStringList names)
{
    for (auto &n : names) {
        if (n.endsWith(QLatin1Char('.')))
            n.chop(1);
        n = QRegularExpression::escape(n);
    }
    names.removeAll(QString());
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    names.removeDuplicates();
    return names.join(QLatin1Char('|'));
}

} // namespace fc
