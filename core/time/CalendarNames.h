#pragma once

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace fc {

// Month and weekday names of one language, from Qt's CLDR data: format and standalone forms,
// long and short. Lookups are case-insensitive and ignore a trailing full stop.
class CalendarNames
{
public:
    explicit CalendarNames(QLocale::Language language);

    QStringList longMonths() const { return m_longMonths; }
    QStringList shortMonths() const { return m_shortMonths; } // as written: "Oct", "Sept"
    QStringList allMonths() const { return m_months.keys(); }
    QStringList longWeekdays() const { return m_longWeekdays; }
    QStringList allWeekdays() const { return m_weekdays.keys(); }

    void addMonth(const QString &name, int month);
    void addAbbreviation(const QString &name, int month); // a newsroom short form CLDR lacks

    int month(QStringView name) const;   // 1..12, 0 when unknown
    int weekday(QStringView name) const; // 1 = Monday .. 7, 0 when unknown

private:
    QStringList m_longMonths;
    QStringList m_shortMonths;
    QStringList m_longWeekdays;
    QHash<QString, int> m_months;   // lowercase name -> 1..12
    QHash<QString, int> m_weekdays; // lowercase name -> 1..7
};

// Lowercase names sorted longest first, escaped, joined into one regular expression alternation.
QString alternation(QStringList names);

} // namespace fc
