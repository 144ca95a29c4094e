#pragma once

#include "Span.h"

#include <QString>
#include <QStringList>

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

// One place where the articles disagree (or, for corroboration, agree).
struct Finding
{
    QString id;       // "f1", ... in a stable order
    QString kind;     // date_conflict, quantity_conflict, name_variant, ...
    Severity severity = Severity::Low;
    QString summary;  // one sentence, English
    QString summaryId; // the same sentence, Indonesian
    QString key;      // stable across re-analysis of the same texts: review decisions hang on it
    QList<Evidence> evidence;
    QStringList values; // added: the distinct normalised values compared, sorted
};

} // namespace fc
