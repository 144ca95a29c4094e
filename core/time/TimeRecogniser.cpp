#include "TimeRecogniser.h"

#include "PublicationDate.h"

#include "lang/Language.h"
#include "lang/LanguageIdentifier.h"
#include "pipeline/FreedMemory.h"
#include "pipeline/ParallelFor.h"
#include "quantity/NumberParser.h"
#include "text/LiteralScanner.h"
#include "text/RequiredText.h"
#include "text/StringPool.h"
#include "text/TextSlice.h"
#include "time/CalendarNames.h"
#include "time/TimeRuleSet.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace fc {

namespace {

struct CompiledRule
{
    const TimeRule *rule;
    const TimeRuleSet *set;
    QRegularExpression re;
    QString name; // "id.time.named-date": the rule set's language and the rule's kind
    // What each match must hold (core/text/RequiredText.h): one of these literals of the
    // grammar's scanner, or a digit when needsDigit. Neither: the rule runs on every text.
    std::vector<int> needs;
    bool needsDigit = false;
    // No match can hold a line break or depend on the subject's ends (mayMatchLineBreak): the
    // rule may run over only the lines that hold what it needs.
    bool lineByLine = false;

    bool mayMatch(const std::vector<char> &found, bool digit) const
    {
        if (needs.empty() && !needsDigit)
            return true;
        if (needsDigit && digit)
            return true;
        return std::any_of(needs.begin(), needs.end(), [&](int i) { return found[size_t(i)] != 0; });
    }
};

std::atomic<bool> prefilterEnabled{true};

// The kind part of a rule's name (docs/rule-names.md lists them): stable across edits of
// the patterns, which is what an editor comparing two reports needs.
QString ruleName(const TimeRule &rule, const TimeRuleSet &set)
{
    static const char *const kinds[] = {
        "numeric-date",   "iso-date",      "named-date", "month-year",      "year",
        "clock-time",     "relative-day",  "weekday",    "relative-period", "month-of-year",
        "part-of-period", "recent-period", "ago",        "duration"};
    static_assert(std::size(kinds) == size_t(TimeRuleKind::Duration) + 1, "one name per TimeRuleKind");
    return set.language + QLatin1String(".time.") + QLatin1String(kinds[size_t(rule.kind)]);
}

// Every language's month and weekday names (a date in one language's text may be written in
// another's: "Tuesday, 12-11-2024" heading an Indonesian article), in registry order.
struct Names
{
    std::vector<QString> codes;
    std::vector<std::unique_ptr<CalendarNames>> calendars;

    Names()
    {
        for (const LanguageRules *l : allLanguages()) {
            const TimeRuleSet &set = l->timeRules();
            auto names = std::make_unique<CalendarNames>(set.locale);
            for (const auto &w : set.monthSupplement)
                names->addAbbreviation(QString::fromUtf8(w.word), w.value);
            codes.push_back(set.language);
            calendars.push_back(std::move(names));
        }
    }
    int month(QStringView s) const
    {
        for (const auto &c : calendars)
            if (const int m = c->month(s))
                return m;
        return 0;
    }
    int weekday(QStringView s) const
    {
        for (const auto &c : calendars)
            if (const int d = c->weekday(s))
                return d;
        return 0;
    }
    QStringList allWeekdays() const
    {
        QStringList out;
        for (const auto &c : calendars)
            out += c->allWeekdays();
        return out;
    }
    QStringList allMonths() const
    {
        QStringList out;
        for (const auto &c : calendars)
            out += c->allMonths();
        return out;
    }
    const CalendarNames &of(const TimeRuleSet &set) const
    {
        for (size_t i = 0; i < codes.size(); ++i)
            if (codes[i] == set.language)
                return *calendars[i];
        return *calendars.front();
    }
};

const Names &names()
{
    static const Names n;
    return n;
}

QStringList wordsOf(const QList<WordValue> &list)
{
    QStringList out;
    for (const auto &w : list)
        out.append(QString::fromUtf8(w.word));
    return out;
}

int lookup(const QList<WordValue> &list, QStringView text, int fallback = -1)
{
    const QString key = text.toString().simplified();
    for (const auto &w : list) {
        if (key.compare(QString::fromUtf8(w.word), Qt::CaseInsensitive) == 0)
            return w.value;
    }
    return fallback;
}

// Spaces within one line, as news sites write them (non-breaking ones included).
constexpr const char *spaceClass = "[ \\t\\x{00A0}\\x{2007}\\x{202F}]";

QString expandPattern(const TimeRule &rule, const TimeRuleSet &set)
{
    const Names &n = names();
    const CalendarNames &own = n.of(set);
    QString p = QString::fromUtf8(rule.pattern);
    p.replace(QLatin1String("{WDL}"), alternation(own.longWeekdays()));
    // The lookup tables are lowercase: read them case-insensitively even inside case-sensitive rules.
    const QString anyCase = QStringLiteral("(?i:%1)");
    p.replace(QLatin1String("{WD}"), anyCase.arg(alternation(n.allWeekdays())));
    p.replace(QLatin1String("{MONL}"), alternation(own.longMonths()));
    p.replace(QLatin1String("{MONS}"), alternation(own.shortMonths()));
    p.replace(QLatin1String("{MON}"), anyCase.arg(alternation(n.allMonths())));
    const QString number = QStringLiteral("(?:\\d+(?:[.,]\\d+)?|%1)");
    p.replace(QLatin1String("{NUM}"), number.arg(numberParser(set.language).wordsPattern()));
    p.replace(QLatin1String("{UNIT}"), alternation(wordsOf(set.units)));
    p.replace(QLatin1String("{PART}"), alternation(wordsOf(set.parts)));
    p.replace(QLatin1String("{ZONE}"), alternation(wordsOf(set.zones)));
    p.replace(QLatin1String("{DAYPART}"), alternation(wordsOf(set.dayParts)));
    // Expressions never run across a line break: lines are paragraphs or headers.
    // Spaces as news sites write them, non-breaking ones included; \s without Unicode properties
    // would miss those, and Unicode properties cost a third of the speed.
    p.replace(QLatin1String("\\s"), QLatin1String(spaceClass));
    return QStringLiteral("(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?:%1)(?![\\p{L}\\p{N}])").arg(p);
}

struct Grammar
{
    std::vector<CompiledRule> rules;

    // The language's own rules, then the shared rules of every other language.
    explicit Grammar(const QList<const LanguageRules *> &languages)
    {
        const auto add = [this](const TimeRuleSet &set, bool sharedOnly) {
            for (const auto &rule : set.rules) {
                if (sharedOnly && !rule.shared)
                    continue;
                QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
                if (!rule.caseSensitive)
                    options |= QRegularExpression::CaseInsensitiveOption;
                QRegularExpression re(expandPattern(rule, set), options);
                Q_ASSERT_X(re.isValid(), "time rule", qPrintable(re.errorString() + u' ' + re.pattern()));
                // Not optimize()d here: QRegularExpression compiles and JIT-compiles a pattern on
                // its first match, under its own lock (threads share the grammar), so a rule the
                // literal check below never lets run is never compiled. Compiling every rule at
                // once was 6% of analysing 200 short articles.
                rules.push_back({&rule, &set, std::move(re), ruleName(rule, set), {}, false, false});
            }
        };
        for (qsizetype i = 0; i < languages.size(); ++i)
            add(languages.at(i)->timeRules(), i > 0);
        // Each rule runs as its own pass over the text, and most rules name words a given
        // paragraph does not hold ("kemarin", a month's name): one pass for all their literals
        // tells which rules can match at all.
        QStringList literals;
        QHash<QString, int> index;
        for (CompiledRule &rule : rules) {
            const RequiredText required = requiredText(rule.re.pattern());
            rule.needsDigit = required.digit;
            rule.lineByLine = !mayMatchLineBreak(rule.re.pattern());
            for (const QString &literal : required.literals) {
                auto it = index.constFind(literal);
                if (it == index.constEnd()) {
                    it = index.insert(literal, int(literals.size()));
                    literals.append(literal);
                }
                rule.needs.push_back(it.value());
            }
        }
        scanner = LiteralScanner(literals);
    }

    LiteralScanner scanner;
};

// Built on first use per language: a run over one language's text compiles only its grammar
// (compiling every language's rules was a twentieth of tagging 200 KB of one language).
const Grammar &grammar(const QString &language)
{
    struct Slot
    {
        std::once_flag once;
        std::unique_ptr<Grammar> grammar;
    };
    static const auto slots = std::make_unique<Slot[]>(size_t(allLanguages().size()));
    const qsizetype i = allLanguages().indexOf(&languageRulesOrDefault(language));
    Slot &slot = slots[size_t(i)];
    std::call_once(slot.once,
                   [&] { slot.grammar = std::make_unique<Grammar>(languagesPreferring(allLanguages().at(i)->code)); });
    return *slot.grammar;
}

QDate lastOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

struct Period
{
    QDate begin, end;
    Granularity granularity = Granularity::Day;
};

Period periodAround(QDate anchor, TimeUnit unit, int offset)
{
    switch (unit) {
    case TimeUnit::Day: return {anchor.addDays(offset), anchor.addDays(offset), Granularity::Day};
    case TimeUnit::Week: {
        const QDate monday = anchor.addDays(1 - anchor.dayOfWeek()).addDays(7 * offset);
        return {monday, monday.addDays(6), Granularity::Week};
    }
    case TimeUnit::Month: {
        const QDate first = QDate(anchor.year(), anchor.month(), 1).addMonths(offset);
        return {first, lastOfMonth(first), Granularity::Month};
    }
    case TimeUnit::Year: {
        const int y = anchor.year() + offset;
        return {QDate(y, 1, 1), QDate(y, 12, 31), Granularity::Year};
    }
    }
    return {};
}

QDate shift(QDate d, TimeUnit unit, double n)
{
    const int k = int(n);
    switch (unit) {
    case TimeUnit::Day: return d.addDays(k);
    case TimeUnit::Week: return d.addDays(7 * k);
    case TimeUnit::Month: return d.addMonths(k);
    case TimeUnit::Year: return d.addYears(k);
    }
    return d;
}

Granularity granularityOf(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return Granularity::Day;
    case TimeUnit::Week: return Granularity::Week;
    case TimeUnit::Month: return Granularity::Month;
    case TimeUnit::Year: return Granularity::Year;
    }
    return Granularity::Day;
}

// A day and month without a year: the latest such date up to a month after publication (news
// reports the recent past, and announces the near future).
QDate yearlessDate(QDate anchor, int month, int day)
{
    int y = anchor.year() + 1;
    while (!QDate(y, month, day).isValid() || QDate(y, month, day) > anchor.addMonths(1))
        --y; // 29 February: the latest leap year
    return QDate(y, month, day);
}

void setPeriod(TimeValue &v, const Period &p)
{
    v.begin = p.begin;
    v.end = p.end;
    v.granularity = p.granularity;
}

// Turns one match into a value; nullopt when the match is not a date after all (31/2/2024, an
// English 4/8/2025 whose order nothing decides).
std::optional<TimeExpression> resolve(const CompiledRule &cr, const QRegularExpressionMatch &m, QDate anchor)
{
    const TimeRule &rule = *cr.rule;
    const TimeRuleSet &set = *cr.set;
    const Names &n = names();
    const auto cap = [&m](const char *name) { return m.capturedView(QLatin1String(name)); };
    const auto num = [&](const char *name) { return cap(name).toInt(); };
    const bool anchored = anchor.isValid();

    TimeExpression e;
    e.span = {m.capturedStart(0), m.capturedEnd(0)};
    e.rule = cr.name;
    TimeValue &v = e.value;
    const int stated = cap("wd").isEmpty() ? 0 : n.weekday(cap("wd"));
    if (stated)
        e.statedWeekday = stated;

    const auto relativeOnly = [&](Granularity g) {
        v.relative = true;
        v.anchored = anchored;
        v.granularity = g;
        return anchored;
    };
    const TimeUnit unit = TimeUnit(lookup(set.units, cap("unit"), 0));
    double count = 1;
    if (!cap("n").isEmpty()) {
        const auto parsed = numberParser(set.language).parse(cap("n"));
        if (!parsed || *parsed <= 0)
            return std::nullopt;
        count = *parsed;
    }

    switch (rule.kind) {
    case TimeRuleKind::NumericDate:
    case TimeRuleKind::IsoDate: {
        int d = num("d"), mo = num("m");
        if (cap("y").isEmpty()) {
            // "Rabu (19/6)": day first, the year from the publication date.
            if (!QDate(2024, mo, d).isValid())
                return std::nullopt;
            if (relativeOnly(Granularity::Day))
                v.begin = v.end = yearlessDate(anchor, mo, d);
            break;
        }
        const int y = num("y");
        if (rule.kind == TimeRuleKind::NumericDate && !set.dayFirst && d != mo) {
            // English: 4/8/2025 is read only when one order is impossible or the weekday decides.
            const bool dmOk = QDate(y, mo, d).isValid(), mdOk = QDate(y, d, mo).isValid();
            if (dmOk && mdOk) {
                const bool dmDay = stated && QDate(y, mo, d).dayOfWeek() == stated;
                const bool mdDay = stated && QDate(y, d, mo).dayOfWeek() == stated;
                if (dmDay == mdDay)
                    return std::nullopt;
                if (mdDay)
                    std::swap(d, mo);
            } else if (mdOk) {
                std::swap(d, mo);
            }
        }
        v.begin = v.end = QDate(y, mo, d);
        if (!v.begin.isValid())
            return std::nullopt;
        break;
    }
    case TimeRuleKind::NamedDate: {
        const int d = num("d"), mo = n.month(cap("mon"));
        if (mo == 0 || d < 1 || d > 31)
            return std::nullopt;
        if (!cap("y").isEmpty()) {
            v.begin = v.end = QDate(num("y"), mo, d);
            if (!v.begin.isValid())
                return std::nullopt;
        } else {
            if (!QDate(2024, mo, d).isValid()) // a leap year admits every day a month can have
                return std::nullopt;
            if (relativeOnly(Granularity::Day))
                v.begin = v.end = yearlessDate(anchor, mo, d);
        }
        break;
    }
    case TimeRuleKind::MonthYear: {
        const int mo = n.month(cap("mon"));
        v.begin = QDate(num("y"), mo, 1);
        if (!v.begin.isValid())
            return std::nullopt;
        v.end = lastOfMonth(v.begin);
        v.granularity = Granularity::Month;
        break;
    }
    case TimeRuleKind::Year:
        v.begin = QDate(num("y"), 1, 1);
        v.end = QDate(num("y"), 12, 31);
        v.granularity = Granularity::Year;
        break;
    case TimeRuleKind::ClockTime: {
        int h = num("h");
        const int mi = cap("min").isEmpty() ? 0 : num("min");
        const QStringView ampm = cap("ampm");
        if (!ampm.isEmpty()) {
            if (h < 1 || h > 12)
                return std::nullopt;
            const bool pm = ampm.startsWith(u'p', Qt::CaseInsensitive);
            h = (h % 12) + (pm ? 12 : 0);
        }
        const int part = lookup(set.dayParts, cap("daypart"));
        if (h <= 12 && part >= 0) {
            switch (DayPart(part)) {
            case DayPart::Morning:
                h %= 12; // "12 in the morning" is midnight
                break;
            case DayPart::Midday:
                if (h < 6)
                    h += 12; // "1 at midday" is 13:00
                break;
            case DayPart::Afternoon:
                if (h < 12)
                    h += 12;
                break;
            case DayPart::Night:
                h = h == 12 ? 0 : (h >= 5 ? h + 12 : h); // 2 at night is 02:00, 7 at night 19:00
                break;
            }
        }
        if (h > 23 || mi > 59)
            return std::nullopt;
        v.time = QTime(h, mi);
        v.granularity = Granularity::Minute;
        const int zone = lookup(set.zones, cap("zone"));
        if (zone >= 0)
            v.zone = QString::fromUtf8(timeZoneCodes[zone]);
        e.clockTime = true;
        break;
    }
    case TimeRuleKind::RelativeDay:
        if (relativeOnly(Granularity::Day))
            v.begin = v.end = anchor.addDays(rule.param);
        break;
    case TimeRuleKind::Weekday:
        if (!stated)
            return std::nullopt;
        e.statedWeekday.reset(); // the weekday is the value here, not a claim about a date
        if (relativeOnly(Granularity::Day)) {
            const int back = (anchor.dayOfWeek() - stated + 7) % 7;
            const int ahead = (stated - anchor.dayOfWeek() + 7) % 7;
            switch (rule.param) {
            case OnOrBefore: v.begin = anchor.addDays(-back); break;
            case Before: v.begin = anchor.addDays(back == 0 ? -7 : -back); break;
            case OnOrAfter: v.begin = anchor.addDays(ahead); break;
            default: v.begin = anchor.addDays(ahead == 0 ? 7 : ahead); break;
            }
            v.end = v.begin;
        }
        break;
    case TimeRuleKind::RelativePeriod:
        if (relativeOnly(granularityOf(unit)))
            setPeriod(v, periodAround(anchor, unit, rule.param));
        break;
    case TimeRuleKind::MonthOfYear: {
        const int mo = n.month(cap("mon"));
        if (mo == 0)
            return std::nullopt;
        if (relativeOnly(Granularity::Month)) {
            int y = anchor.year();
            if (rule.param == NearestPast)
                y -= mo > anchor.month() ? 1 : 0;
            else if (rule.param == StrictlyPast)
                y -= mo >= anchor.month() ? 1 : 0;
            else
                y += rule.param;
            v.begin = QDate(y, mo, 1);
            v.end = lastOfMonth(v.begin);
        }
        break;
    }
    case TimeRuleKind::PartOfPeriod: {
        Period base;
        if (!cap("unit").isEmpty()) {
            if (!relativeOnly(granularityOf(unit)))
                break;
            base = periodAround(anchor, unit, rule.param);
        } else if (!cap("mon").isEmpty()) {
            const int mo = n.month(cap("mon"));
            if (mo == 0)
                return std::nullopt;
            int y = num("y");
            if (cap("y").isEmpty()) {
                if (!relativeOnly(Granularity::Month))
                    break;
                y = anchor.year() - (mo > anchor.month() ? 1 : 0);
            }
            base = {QDate(y, mo, 1), lastOfMonth(QDate(y, mo, 1)), Granularity::Month};
        } else {
            base = {QDate(num("y"), 1, 1), QDate(num("y"), 12, 31), Granularity::Year};
        }
        const int part = lookup(set.parts, cap("part"), 0);
        const qint64 third = (base.begin.daysTo(base.end) + 1) / 3;
        Period p = base;
        if (part == 0)
            p.end = base.begin.addDays(third - 1);
        else if (part == 1)
            p = {base.begin.addDays(third), base.end.addDays(-third), base.granularity};
        else if (part == 2)
            p.begin = base.end.addDays(-third + 1);
        else if (anchored && anchor >= base.begin && anchor <= base.end)
            p.end = anchor;
        setPeriod(v, p);
        v.vague = true;
        break;
    }
    case TimeRuleKind::RecentPeriod: {
        if (cap("n").isEmpty() && rule.param > 0)
            count = rule.param;
        if (relativeOnly(granularityOf(unit))) {
            v.begin = shift(anchor, unit, -count);
            v.end = anchor;
            v.vague = true;
        }
        break;
    }
    case TimeRuleKind::Ago:
        if (relativeOnly(granularityOf(unit))) {
            const QDate d = shift(anchor, unit, -count);
            setPeriod(v, periodAround(d, unit, 0));
        }
        break;
    case TimeRuleKind::Duration: {
        static const int days[] = {1, 7, 30, 365};
        static const char letters[] = {'D', 'W', 'M', 'Y'};
        e.isDuration = true;
        e.durationDays = int(count * days[int(unit)]);
        e.durationIso = QLatin1Char('P') + QString::number(count) + QLatin1Char(letters[int(unit)]);
        v.granularity = granularityOf(unit);
        break;
    }
    }

    if (stated && v.begin.isValid() && rule.kind != TimeRuleKind::Weekday)
        e.weekdayMismatch = v.begin.dayOfWeek() != stated;
    return e;
}

// Keeps "(" and ")" balanced at the edges of a span: "(9/11/2024)" whole, "9/11/2024)" trimmed.
Span balanced(QStringView text, Span s)
{
    const auto count = [&](QChar c) { return std::count(text.begin() + s.start, text.begin() + s.end, c); };
    if (count(u'(') < count(u')') && text[s.end - 1] == u')')
        --s.end;
    if (count(u'(') > count(u')') && text[s.start] == u'(')
        ++s.start;
    while (s.end > s.start && text[s.end - 1].isSpace())
        --s.end;
    return s;
}

// What may stand between a date and its clock time: a separator, then every language's
// approximation and clock words (a header in one language may head an article in another).
const QRegularExpression &dateTimeJoiner()
{
    static const QRegularExpression joiner = [] {
        QStringList approximations, clockWords;
        for (const LanguageRules *l : allLanguages()) {
            for (const char *w : l->timeRules().joinApproximations)
                approximations.append(QString::fromUtf8(w));
            for (const char *w : l->timeRules().joinClockWords)
                clockWords.append(QString::fromUtf8(w));
        }
        const QString pattern = QString(QStringLiteral("^S*[|,–—-]?S*(?:(?:%1)S+)?(?:%2)?S*$"))
                                    .replace(u'S', QLatin1String(spaceClass))
                                    .arg(alternation(approximations), alternation(clockWords));
        return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    }();
    return joiner;
}

struct Candidate
{
    TimeExpression expression;
    int order;
};

// Where each rule that ran matched, in the order it found them: enough to read the same
// matches again with another anchor without running the rules over the text again.
struct RuleStarts
{
    size_t rule;
    std::vector<qsizetype> starts;
};
using MatchStarts = std::vector<RuleStarts>;

QList<TimeExpression> chooseTimes(const QString &text, std::vector<Candidate> candidates);

// The times of the text: the rules run over it (and where they matched is kept in `kept` when
// given), or with `replay`, only the matches a run over the same text and allowed spans kept
// are read again, with this anchor: the same times a run would find.
QList<TimeExpression> find(const QString &text, const QString &language, QDate anchor, const QList<Span> &allowed,
                           MatchStarts *kept = nullptr, const MatchStarts *replay = nullptr)
{
    const Grammar &g = grammar(language);
    // PCRE2 checks that the subject is valid UTF-16 before each global match, i.e. once per
    // rule over the whole text (a seventh of the time here). One check for all rules is enough;
    // text that fails it keeps the checked path and its outcome.
    const auto matchOptions = QStringView(text).isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                                                               : QRegularExpression::NoMatchOption;
    // Is the span inside one of `allowed`? The body paragraphs come in order and apart, so
    // the only one that can hold it is the last starting at or before it (a binary search
    // rather than a pass over every paragraph for every candidate of a long article).
    const bool allowedInOrder = std::is_sorted(allowed.begin(), allowed.end())
        && std::adjacent_find(allowed.begin(), allowed.end(), [](const Span &a, const Span &b) {
        return a.end > b.start;
    }) == allowed.end();
    const auto insideAllowed = [&](const Span &span) {
        if (!allowedInOrder)
            return std::any_of(allowed.begin(), allowed.end(), [&](const Span &a) { return a.contains(span); });
        auto it = std::upper_bound(allowed.begin(), allowed.end(), span.start,
                                   [](qsizetype pos, const Span &a) { return pos < a.start; });
        return it != allowed.begin() && std::prev(it)->contains(span);
    };
    std::vector<Candidate> candidates;
    const auto take = [&](size_t r, const QRegularExpressionMatch &m, qsizetype offset, std::vector<Candidate> &out) {
        auto e = resolve(g.rules[r], m, anchor);
        if (!e)
            return;
        e->span.start += offset;
        e->span.end += offset;
        e->span = balanced(text, e->span);
        if (e->span.isEmpty())
            return;
        if (!allowed.isEmpty() && !insideAllowed(e->span))
            return;
        out.push_back({std::move(*e), int(r)});
    };
    // A match read again where a global match found it, anchored: the same match (a global
    // match is the first one at the first place one starts).
    const auto takeAgain = [&](size_t r, qsizetype at) {
        const auto m = g.rules[r].re.match(text, at, QRegularExpression::NormalMatch,
                                           matchOptions | QRegularExpression::AnchorAtOffsetMatchOption);
        Q_ASSERT(m.hasMatch() && m.capturedStart(0) == at);
        take(r, m, 0, candidates);
    };
    if (replay) {
        for (const RuleStarts &rule : *replay) {
            for (const qsizetype at : rule.starts)
                takeAgain(rule.rule, at);
        }
        return chooseTimes(text, std::move(candidates));
    }
    std::vector<char> found;
    const bool filtered = prefilterEnabled.load(std::memory_order_relaxed);
    const bool digit = filtered ? g.scanner.scan(text, found) : true;
    // The rules that may match, each with the parts of the text it runs over: the whole text,
    // or for a rule that runs line by line, the runs of lines that hold what it needs. An
    // article's paragraphs are lines, and a paragraph rarely holds every rule's words: on
    // news articles this leaves a third to a half of the text to each rule.
    struct Window
    {
        qsizetype start, end;
    };
    std::vector<size_t> running;
    std::vector<std::vector<Window>> windows;
    const Window whole{0, text.size()};
    for (size_t r = 0; r < g.rules.size(); ++r) {
        if (!filtered || g.rules[r].mayMatch(found, digit)) {
            running.push_back(r);
            windows.push_back({whole});
        }
    }
    if (filtered && text.contains(u'\n')) {
        std::vector<std::vector<Window>> lines(running.size());
        std::vector<char> lineFound;
        for (qsizetype start = 0; start <= text.size();) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            const QStringView line = QStringView(text).mid(start, end - start);
            const bool lineDigit = !line.isEmpty() && g.scanner.scan(line, lineFound);
            for (size_t i = 0; i < running.size() && !line.isEmpty(); ++i) {
                const CompiledRule &rule = g.rules[running[i]];
                if (!rule.lineByLine || !rule.mayMatch(lineFound, lineDigit))
                    continue;
                if (!lines[i].empty() && lines[i].back().end + 1 == start)
                    lines[i].back().end = end; // the line after: one run
                else
                    lines[i].push_back({start, end});
            }
            start = end + 1;
        }
        for (size_t i = 0; i < running.size(); ++i) {
            if (g.rules[running[i]].lineByLine)
                windows[i] = std::move(lines[i]);
        }
    }
    if (kept) {
        kept->clear();
        for (const size_t r : running)
            kept->push_back({r, {}});
    }
    const auto keptStarts = [&](size_t i) -> std::vector<qsizetype> & { return (*kept)[i].starts; };
    // A window is a subject of its own: nothing a rule reads lies beyond a line (lineByLine),
    // and at a line's edge its lookarounds see a line break where they now see nothing, which
    // neither is a letter, a digit nor a space.
    const auto matches = [&](size_t r, const Window &w) {
        return g.rules[r].re.globalMatchView(QStringView(text).mid(w.start, w.end - w.start), 0,
                                             QRegularExpression::NormalMatch, matchOptions);
    };
    // Each rule is a pass of its own over the text, independent of the others: on a long
    // text (one article of megabytes, analysed alone) the passes share the cores out, each
    // keeping only where its matches start. This thread then reads each match again there,
    // anchored (the same match: a global match is the first one at the first place one
    // starts), in rule order as one loop would: the same candidates in the same order, made
    // on this thread, so nothing kept lies in another thread's malloc arena, which malloc
    // would keep beside the later steps (10 MiB of one 20 MB article's peak). A short text
    // is not worth a thread's start.
    constexpr qsizetype parallelFrom = qsizetype(1) << 16;
    const bool oneThread = text.size() < parallelFrom || text.size() > std::numeric_limits<quint32>::max()
        || availableThreadCount(0) < 2 || running.size() < 2;
    if (oneThread) {
        for (size_t i = 0; i < running.size(); ++i) {
            for (const Window &w : windows[i]) {
                auto it = matches(running[i], w);
                while (it.hasNext()) {
                    const auto m = it.next();
                    if (kept)
                        keptStarts(i).push_back(w.start + m.capturedStart(0));
                    take(running[i], m, w.start, candidates);
                }
            }
        }
    } else {
        // Compiled here, not on their first match on another thread: a compiled rule lives
        // as long as the process, in the malloc arena of the thread that compiled it.
        for (const size_t r : running)
            g.rules[r].re.optimize();
        // Four bytes a start, room for them made here: what the other threads grow stays in
        // their malloc arenas (reserved pages that are never written cost no memory).
        std::vector<std::vector<quint32>> starts(running.size());
        for (auto &list : starts)
            list.reserve(size_t(text.size() / 256));
        parallelFor(qsizetype(running.size()), 0, [&](qsizetype i) {
            for (const Window &w : windows[size_t(i)]) {
                auto it = matches(running[size_t(i)], w);
                while (it.hasNext())
                    starts[size_t(i)].push_back(quint32(w.start + it.next().capturedStart(0)));
            }
            return true;
        });
        for (size_t i = 0; i < running.size(); ++i) {
            for (const quint32 at : starts[i]) {
                if (kept)
                    keptStarts(i).push_back(at);
                takeAgain(running[i], at);
            }
            starts[i] = {};
        }
        if (text.size() >= longTextUnits)
            returnFreedMemory();
    }
    return chooseTimes(text, std::move(candidates));
}

// The candidates' longest readings, in text order, clock times joined to their dates.
QList<TimeExpression> chooseTimes(const QString &text, std::vector<Candidate> candidates)
{
    // The longest reading wins; ties go to the earlier position, then to the earlier rule.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.expression.span.length() != b.expression.span.length())
            return a.expression.span.length() > b.expression.span.length();
        if (a.expression.span.start != b.expression.span.start)
            return a.expression.span.start < b.expression.span.start;
        return a.order < b.order;
    });
    QList<TimeExpression> chosen;
    // The chosen spans by start: they never overlap, so a candidate overlaps one of them iff
    // it overlaps the last one starting before its end (not a pass over all of them, which
    // made a long article's times quadratic).
    std::map<qsizetype, qsizetype> taken;
    for (auto &c : candidates) {
        const Span span = c.expression.span;
        const auto after = taken.lower_bound(span.end);
        if (after != taken.begin() && std::prev(after)->second > span.start)
            continue;
        taken.emplace(span.start, span.end);
        chosen.append(std::move(c.expression));
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const TimeExpression &a, const TimeExpression &b) { return a.span < b.span; });

    // A clock time right after a date is that date's time: "4 Maret 2025 | 08:15 WIB".
    const QRegularExpression &joiner = dateTimeJoiner();
    for (qsizetype i = 1; i < chosen.size(); ++i) {
        TimeExpression &t = chosen[i];
        const TimeExpression &d = chosen[i - 1];
        if (!t.clockTime || d.clockTime || d.isDuration || d.value.granularity != Granularity::Day)
            continue;
        const QStringView gap = QStringView(text).mid(d.span.end, t.span.start - d.span.end);
        if (!joiner.matchView(gap).hasMatch())
            continue;
        t.value.begin = t.value.end = d.value.begin;
        t.value.relative = d.value.relative;
        t.value.anchored = d.value.anchored;
    }
    for (auto &e : chosen)
        e.text = textSlice(text, e.span.start, e.span.length()); // shares the text's buffer
    return chosen;
}

QList<TimeExpression> findInArticle(const Article &article, MatchStarts *kept = nullptr,
                                    const MatchStarts *replay = nullptr)
{
    QList<Span> allowed;
    bool furniture = false;
    for (const auto &p : article.paragraphs) {
        if (p.body)
            allowed.append(p.span);
        else
            furniture = true;
    }
    if (!furniture)
        allowed.clear(); // every paragraph is body: no need to filter
    else if (allowed.isEmpty())
        return {};
    const QDate anchor = article.meta.published.isValid() ? article.meta.published : QDate();
    return find(article.text, articleLanguage(article), anchor, allowed, kept, replay);
}

Mention mentionOf(const TimeExpression &e)
{
    Mention m;
    m.span = e.span;
    m.type = e.clockTime ? MentionType::Time : MentionType::Date;
    m.text = e.text;
    m.rule = e.rule;
    const QString iso = e.isoValue();
    if (!iso.isEmpty())
        m.value = iso;
    return m;
}

} // namespace

QList<TimeExpression> findTimes(const QString &text, const QString &language, QDate anchor)
{
    return find(text, language, anchor, {});
}

void recogniseTimes(Article &article)
{
    article.mentions.removeIf(
        [](const Mention &m) { return m.type == MentionType::Date || m.type == MentionType::Time; });
    // Without a publication date, where the rules matched is kept: when one is inferred from
    // the times, those matches are read again with it as their anchor, not found again (that
    // second run was a third of tagging paragraphs, which carry no date of their own).
    MatchStarts starts;
    const bool mayInfer = !article.meta.published.isValid();
    article.times = findInArticle(article, mayInfer ? &starts : nullptr);
    const bool unanchored = std::any_of(article.times.cbegin(), article.times.cend(),
                                        [](const TimeExpression &t) { return !t.value.anchored; });
    if (mayInfer && unanchored) {
        const QDate inferred = inferredPublicationDate(article);
        if (inferred.isValid()) {
            article.meta.published = inferred;
            article.meta.publishedSource = MetaSource::Inferred;
            article.times = findInArticle(article, nullptr, &starts);
        }
    }
    // Dates repeat: each mention's ISO value is kept as one shared copy, made as it is kept.
    StringPool pool;
    for (const auto &e : article.times) {
        Mention m = mentionOf(e);
        pool.share(m.value);
        article.mentions.append(std::move(m));
    }
}

void reanchorTimes(Article &article)
{
    const QList<TimeExpression> fresh = findInArticle(article);
    const bool sameSpans = fresh.size() == article.times.size()
        && std::equal(fresh.begin(), fresh.end(), article.times.begin(),
                      [](const TimeExpression &a, const TimeExpression &b) { return a.span == b.span; });
    if (!sameSpans) {
        recogniseTimes(article);
        return;
    }
    article.times = fresh;
    for (auto &m : article.mentions) {
        if (m.type != MentionType::Date && m.type != MentionType::Time)
            continue;
        const auto it =
            std::find_if(fresh.begin(), fresh.end(), [&](const TimeExpression &e) { return e.span == m.span; });
        if (it != fresh.end()) {
            m.value = mentionOf(*it).value;
            m.rule = it->rule;
        }
    }
}

void setTimeRulePrefilter(bool enabled)
{
    prefilterEnabled.store(enabled, std::memory_order_relaxed);
}

} // namespace fc
