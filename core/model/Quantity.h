#pragma once

#include "Span.h"

#include <QString>

namespace fc {

enum class Approximation { Exact, About, AtLeast, MoreThan, AtMost, LessThan, Range };
QString approximationCode(Approximation a); // "exact", "about", ...

// A number with what it counts. [low, high] is the interval the wording allows:
// "sekitar 10.000" is wider than "10.000", "lebih dari 10.000" is open above.
struct Quantity
{
    Span span;
    QString text;
    double value = 0;
    double low = 0;
    double high = 0;
    Approximation approximation = Approximation::Exact;
    QString unit; // "persen", "%", "km", "Rp", ... empty for plain counts
    QString noun; // the counted thing, normalised: "tentara", "troops"
};

} // namespace fc
