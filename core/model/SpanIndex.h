#pragma once

#include "Span.h"

#include <QList>

#include <algorithm>
#include <numeric>
#include <vector>

namespace fc {

// Items with a span (mentions, times, quantities) ordered by start once, so that "which of them
// lie in this sentence" or "which start near this title" costs a binary search plus the answer,
// and a long article is read in N log N rather than sentences x items. Answers are item indexes
// in index order, whatever order the items are in. The items must outlive the index.
template<typename Item> class SpanIndex
{
public:
    explicit SpanIndex(const QList<Item> &items)
        : m_items(items)
        , m_byStart(std::size_t(items.size()))
    {
        std::iota(m_byStart.begin(), m_byStart.end(), 0);
        std::stable_sort(m_byStart.begin(), m_byStart.end(),
                         [&](int a, int b) { return items.at(a).span.start < items.at(b).span.start; });
    }

    // The items starting within [lo, hi].
    QList<int> startingIn(qsizetype lo, qsizetype hi) const
    {
        auto it = std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), lo,
                                   [&](int i, qsizetype pos) { return m_items.at(i).span.start < pos; });
        QList<int> out;
        for (; it != m_byStart.cend() && m_items.at(*it).span.start <= hi; ++it)
            out.append(*it);
        std::sort(out.begin(), out.end());
        return out;
    }

    // The items whose span lies inside `outer`.
    QList<int> inside(const Span &outer) const
    {
        QList<int> out = startingIn(outer.start, outer.end - 1);
        out.removeIf([&](int i) { return !outer.contains(m_items.at(i).span); });
        return out;
    }

private:
    const QList<Item> &m_items;
    std::vector<int> m_byStart;
};

} // namespace fc
