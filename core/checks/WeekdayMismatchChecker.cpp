#include "Checkers.h"
#include "FindingText.h"

namespace fc {

// A weekday named next to a date that falls on another day ("Selasa (3/3/2025)" when 3 March
// 2025 was a Monday): one of the two is wrong. The time step decides the mismatch.
QList<Finding> WeekdayMismatchChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    for (const Article &a : context.report().articles) {
        // The article's fingerprint hashes its whole text: once per article, not once per
        // mismatch (a long article of many mismatches was quadratic).
        QString fingerprint;
        for (const TimeExpression &t : a.times) {
            if (!t.weekdayMismatch || !t.statedWeekday || !t.value.isValid())
                continue;
            if (fingerprint.isEmpty())
                fingerprint = CheckContext::fingerprint(a);
            const int actual = t.value.begin.dayOfWeek();
            Finding f;
            f.kind = kind();
            f.severity = Severity::Medium;
            f.evidence.append(evidenceAt(a, t.span, t.value.iso()));
            const auto s = findingSummary(
                FindingTextId::WeekdayMismatch,
                {weekdayName(*t.statedWeekday, false), formatDate(t.value, false), weekdayName(actual, false)},
                {weekdayName(*t.statedWeekday, true), formatDate(t.value, true), weekdayName(actual, true)});
            f.summary = s.en;
            f.summaryId = s.id;
            f.values = {t.value.iso(), QString::number(*t.statedWeekday)};
            f.key = f.kind + QLatin1Char('|') + fingerprint + QLatin1Char('|') + t.value.iso() + QLatin1Char('|')
                + QString::number(*t.statedWeekday);
            findings.append(f);
        }
    }
    return findings;
}

} // namespace fc
