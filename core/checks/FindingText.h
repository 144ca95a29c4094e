#pragma once

#include "model/TimeValue.h"

#include <QString>
#include <QStringList>

namespace fc {

// The one-sentence summaries of findings, each written once here in both languages: English
// for the report contract's `summary` (never translated, whatever the interface language, so
// the JSON is the same from the CLI and from an Indonesian workbench) and Indonesian for
// `summaryId`, which the Indonesian interface and the reports' reader-facing text show.
enum class FindingTextId {
    DateConflict,
    QuantityConflict,
    QuantityConflictSources,
    NameVariantKb,
    NameVariantMajority,
    TitleConflict,
    WeekdayMismatch,
    Revision,
    AttributionConflict,
    StatusConflict,
    TruncatedText,
    CorroborationDate,
    CorroborationFigure,
    NameVariantKbOnly,
    MeasuredConflict,
    MeasuredDateConflict,
};

struct FindingSummary
{
    QString en;
    QString id;
};

// Fills %1, %2, ... of the template in each language with that language's arguments.
FindingSummary findingSummary(FindingTextId text, const QStringList &enArgs, const QStringList &idArgs);

// "19 June 2024", "June 2024", "2024" / "19 Juni 2024", "Juni 2024".
QString formatDate(const TimeValue &value, bool indonesian);
QString weekdayName(int weekday, bool indonesian);           // 1 = Monday
QString modalityWord(int modality, bool indonesian);         // Modality as int: "alleged" / "diduga"
QString joinList(const QStringList &items, bool indonesian); // "a, b and c" / "a, b dan c"

} // namespace fc
