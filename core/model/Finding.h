#pragma once

#include "Span.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fc {

enum class Severity { High, Medium, Low, Info };
QString severityCode(Severity s); // "high", "medium", "low", "info"

struct Evidence
{
    QString doc; // article id
    Span span;
    QString text;
    QString value; // the normalised value this evidence carries ("2024-02", "11000"), if any
};

// Why two measured claims were aligned: one side's parts, as the JSON `match` object shows them.
struct MatchSide
{
    QString doc;       // article id
    QString kind;      // date, time, quantity, percent, money, ordinal, duration
    QString value;     // the normalised value
    QString valueText; // as written
    QString unit;
    QString approximation;
    QString measure;      // what is measured, as written
    QStringList lemmas;   // its lemmas
    QString predicate;    // lemma of the verb or event word
    QStringList entities; // entity ids
    QStringList places;   // entity ids of places
    QString period;       // ISO value or wording of the reference period
    QStringList qualifiers;
};

struct FindingMatch
{
    double score = 0; // similarity of the two claims' parts, 0..1
    QList<MatchSide> sides;
};

// One place where the articles disagree (or, for corroboration, agree).
struct Finding
{
    QString id;   // "f1", ... in a stable order
    QString kind; // date_conflict, quantity_conflict, name_variant, ...
    Severity severity = Severity::Low;
    QString summary;   // one sentence, English
    QString summaryId; // the same sentence, Indonesian
    QString key;       // stable across re-analysis of the same texts: review decisions hang on it
    QList<Evidence> evidence;
    QStringList values;                // added: the distinct normalised values compared, sorted
    std::optional<FindingMatch> match; // measured-claim findings: why the claims were aligned
};

} // namespace fc
