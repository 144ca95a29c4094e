#pragma once

#include "Span.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// What kind of value a measured claim carries. A change in percentage points is a Percent
// with unit "pp"; money keeps its currency as the unit.
enum class ValueKind { Date, Time, Quantity, Percent, Money, Ordinal, Duration };

inline QString valueKindCode(ValueKind k)
{
    switch (k) {
    case ValueKind::Date:
        return QStringLiteral("date");
    case ValueKind::Time:
        return QStringLiteral("time");
    case ValueKind::Quantity:
        return QStringLiteral("quantity");
    case ValueKind::Percent:
        return QStringLiteral("percent");
    case ValueKind::Money:
        return QStringLiteral("money");
    case ValueKind::Ordinal:
        return QStringLiteral("ordinal");
    case ValueKind::Duration:
        return QStringLiteral("duration");
    }
    return {};
}

// One value a sentence gives for something, whatever the story: a date, a time, a count, a
// percentage, an amount of money, an ordinal or a duration, with what it measures. Built for
// every value of every sentence (core/claims/MeasuredClaims.cpp); the checks align them across
// articles by similarity of their parts, not by a fixed list of event families.
struct MeasuredClaim
{
    Span span; // the sentence
    Span valueSpan; // the value as written
    ValueKind kind = ValueKind::Quantity;
    QString valueText;
    double low = 0; // the interval the wording allows (dates: Julian days of the interval)
    double high = 0; // +infinity when open above
    double value = 0; // the figure as stated
    QString unit; // "%", "pp", "IDR", "USD", "km", a counted noun's unit, "P1D" for durations
    QString iso; // dates and times: ISO value at their granularity
    QString approximation; // "exact", "about", "at_least", ... (Quantity's codes)
    int time = -1; // index into Article::times for dates, times and durations
    int quantity = -1; // index into Article::quantities
    QString measure; // what is measured, as written: "inflasi tahunan", "kecamatan"
    QStringList measureLemmas; // its lemmas (the head first), language-neutral keys where known
    QStringList context; // lemmas of the sentence's content words near the value, sorted unique
    QString predicate; // lemma of the verb or event word nearest the value
    QStringList qualifiers; // basis keys that make another claim: "annual", "monthly", "core", "target"
    int period = -1; // index into Article::times: the reference period ("Oktober 2025")
    QString periodText; // the period as written when it is a word ("tahun lalu", "kuartal III")
    QList<int> entityMentions; // PER/ORG/LOC mentions of the sentence (entity ids after resolution)
    QList<int> placeMentions; // LOC mentions of the sentence
    bool expected = false; // a forecast, plan or target ("akan", "diperkirakan", "will")
    bool body = true; // false for captions, bylines and other page furniture
};

} // namespace fc
