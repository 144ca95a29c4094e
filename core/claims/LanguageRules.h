#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace fc {

// The words a language uses to say who says so and how sure it is. Every entry is lower case;
// multi-word entries are matched token by token.
struct ClaimCues
{
    QStringList sourceFollows;  // the source comes after the cue: "kata", "menurut", "according to"
    QStringList sourcePrecedes; // the source comes before the cue: "mengatakan", "said"
    QStringList confirm;        // "mengonfirmasi", "confirmed"
    QStringList negators;       // "belum", "not": a negated confirm verb means unconfirmed
    QStringList unconfirmed;    // fixed phrases that mean unconfirmed on their own
    QStringList alleged;        // "diduga", "allegedly"
    QStringList denied;         // "membantah", "denied"
    QStringList expected;       // "akan", "will"
    QStringList revision;       // "direvisi", "bertambah menjadi", "revised to"
    QStringList pronouns;       // "dia", "he": the source is the one named just before
    // Phrases whose first word means another event than it does alone ("passed away" is a
    // death, not a law passed): phrase -> predicate key, empty for no event.
    QList<std::pair<QString, QString>> eventPhrases;
    // Words that open a subordinate clause: a date before "setelah pertemuan" belongs to the
    // event of the main clause, not to the meeting.
    QStringList subordinators;
};

// The nouns a finding's summary uses, for a language that writes one of the fixed summaries
// (Language.h, FixedTextSlot): by predicate key ("sign" -> "signing") and by counted-noun
// class ("troops" -> "tentara"). A key or class missing here is written as it is.
struct SummaryNouns
{
    QHash<QString, QString> events;
    QHash<QString, QString> counted;
};

} // namespace fc
