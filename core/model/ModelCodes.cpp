#include "Article.h"
#include "Claim.h"
#include "Finding.h"
#include "Mention.h"
#include "Quantity.h"
#include "Report.h"
#include "TimeValue.h"

#include <algorithm>

namespace fc {

namespace {
constexpr const char *mentionCodes[] = {"PER", "ORG", "LOC", "TITLE", "DATE", "TIME", "QUANTITY", "SOURCE"};
}

QString mentionTypeCode(MentionType type)
{
    return QLatin1String(mentionCodes[int(type)]);
}

bool mentionTypeFromCode(QStringView code, MentionType *type)
{
    for (int i = 0; i < int(std::size(mentionCodes)); ++i) {
        if (code == QLatin1String(mentionCodes[i])) {
            *type = MentionType(i);
            return true;
        }
    }
    return false;
}

QString granularityCode(Granularity g)
{
    switch (g) {
    case Granularity::Year: return QStringLiteral("year");
    case Granularity::Month: return QStringLiteral("month");
    case Granularity::Week: return QStringLiteral("week");
    case Granularity::Day: return QStringLiteral("day");
    case Granularity::Minute: return QStringLiteral("minute");
    }
    return {};
}

QString TimeValue::iso() const
{
    if (!begin.isValid())
        return time ? QLatin1Char('T') + time->toString(u"HH:mm") : QString();
    switch (granularity) {
    case Granularity::Year: return begin.toString(u"yyyy");
    case Granularity::Month: return begin.toString(u"yyyy-MM");
    case Granularity::Week:
    case Granularity::Day: return begin.toString(Qt::ISODate);
    case Granularity::Minute:
        return begin.toString(Qt::ISODate) + QLatin1Char('T') + (time ? time->toString(u"HH:mm") : QString());
    }
    return {};
}

QString TimeExpression::isoValue() const
{
    if (isDuration)
        return durationIso;
    if (!value.anchored)
        return {};
    if (value.vague && value.end.isValid() && value.end != value.begin)
        return value.begin.toString(Qt::ISODate) + QLatin1Char('/') + value.end.toString(Qt::ISODate);
    if (value.granularity == Granularity::Week) {
        int year = 0;
        const int week = value.begin.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    return value.iso();
}

QString approximationCode(Approximation a)
{
    switch (a) {
    case Approximation::Exact: return QStringLiteral("exact");
    case Approximation::About: return QStringLiteral("about");
    case Approximation::AtLeast: return QStringLiteral("at_least");
    case Approximation::MoreThan: return QStringLiteral("more_than");
    case Approximation::AtMost: return QStringLiteral("at_most");
    case Approximation::LessThan: return QStringLiteral("less_than");
    case Approximation::Range: return QStringLiteral("range");
    case Approximation::Almost: return QStringLiteral("almost");
    }
    return {};
}

QString modalityCode(Modality m)
{
    switch (m) {
    case Modality::Stated: return QStringLiteral("stated");
    case Modality::Attributed: return QStringLiteral("attributed");
    case Modality::Alleged: return QStringLiteral("alleged");
    case Modality::Denied: return QStringLiteral("denied");
    case Modality::Unconfirmed: return QStringLiteral("unconfirmed");
    case Modality::Expected: return QStringLiteral("expected");
    }
    return {};
}

QString severityCode(Severity s)
{
    switch (s) {
    case Severity::High: return QStringLiteral("high");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::Low: return QStringLiteral("low");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString metaSourceCode(MetaSource s)
{
    switch (s) {
    case MetaSource::None: return {};
    case MetaSource::Dateline: return QStringLiteral("dateline");
    case MetaSource::Header: return QStringLiteral("header");
    case MetaSource::Meta: return QStringLiteral("meta");
    case MetaSource::Inferred: return QStringLiteral("inferred");
    case MetaSource::User: return QStringLiteral("user");
    }
    return {};
}

int Article::sentenceAt(qsizetype pos) const
{
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                               [](qsizetype p, const Sentence &s) { return p < s.span.start; });
    if (it == sentences.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - sentences.cbegin()) : -1;
}

const Article *Report::article(const QString &id) const
{
    for (const auto &a : articles)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Entity *Report::entity(const QString &id) const
{
    for (const auto &e : entities)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace fc
