#pragma once

#include <QtGlobal>

namespace fc {

// A half-open range [start, end) of UTF-16 positions in Article::text. The report writers
// convert to Unicode code points, which is what the JSON contract counts.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool contains(const Span &o) const { return o.start >= start && o.end <= end; }
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    friend auto operator<=>(const Span &, const Span &) = default;
};

} // namespace fc
