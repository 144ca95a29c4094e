#pragma once

#include "Span.h"

#include <QString>

namespace fc {

// Almost: "hampir 3.000", "nearly 3,000": just under the figure.
enum class Approximation { Exact, About, AtLeast, MoreThan, AtMost, LessThan, Range, Almost };
QString approximationCode(Approximation a); // "exact", "about", ...

// A number with what it counts. [low, high] is the interval the wording allows:
// "sekitar 10.000" is wider than "10.000", "lebih dari 10.000" is open above.
struct Quantity
{
    Span span;
    QString text;
    double value = 0; // the figure as stated; for ranges and vague words ("puluhan") the lower bound
    double low = 0;
    double high = 0; // +infinity when open above ("lebih dari"): serialise through isfinite()
    Approximation approximation = Approximation::Exact;
    QString unit; // "persen", "%", "km", "Rp", ... empty for plain counts
    QString noun; // the counted thing, normalised: "tentara", "troops"
    QString rule; // what made it a quantity: "id.quantity.counted-noun" (docs/rule-names.md)
};

} // namespace fc
