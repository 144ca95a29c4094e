#include "OffsetMap.h"

#include <algorithm>

namespace fc {

OffsetMap OffsetMap::fromList(const QList<qsizetype> &entries)
{
    OffsetMap map;
    for (qsizetype v : entries)
        map.append(v);
    map.squeeze();
    return map;
}

QList<qsizetype> OffsetMap::toList() const
{
    QList<qsizetype> out;
    out.reserve(m_size);
    forEachEntry([&](qsizetype v) { out.append(v); });
    return out;
}

void OffsetMap::removeLast()
{
    if (m_size == 0)
        return;
    --m_size;
    if (m_runs.constLast().text == m_size)
        m_runs.removeLast();
}

void OffsetMap::clear()
{
    m_runs.clear();
    m_size = 0;
}

qsizetype OffsetMap::at(qsizetype i) const
{
    // The last run starting at or before i.
    const auto next =
        std::upper_bound(m_runs.cbegin(), m_runs.cend(), i, [](qsizetype pos, const Run &r) { return pos < r.text; });
    const Run &run = *(next - 1);
    return run.original + (i - run.text);
}

qsizetype OffsetMap::firstInvalidEntry(qsizetype originalSize) const
{
    qsizetype previous = 0;
    for (qsizetype r = 0; r < m_runs.size(); ++r) {
        const Run &run = m_runs.at(r);
        const qsizetype end = r + 1 < m_runs.size() ? m_runs.at(r + 1).text : m_size;
        // Within a run entries rise by one: only its first entry can fall below its
        // predecessor or below 0, and the first one past originalSize is the earliest too big.
        if (run.original < 0 || (r > 0 && run.original < previous) || run.original > originalSize)
            return run.text;
        const qsizetype lastEntry = run.original + (end - 1 - run.text);
        if (lastEntry > originalSize)
            return run.text + (originalSize - run.original + 1);
        previous = lastEntry;
    }
    return -1;
}

qsizetype OffsetMap::firstAtOrAfter(qsizetype original) const
{
    // Runs' last entries never go backwards either: find the first run reaching `original`.
    const auto lastOf = [this](qsizetype r) {
        const qsizetype end = r + 1 < m_runs.size() ? m_runs.at(r + 1).text : m_size;
        return m_runs.at(r).original + (end - 1 - m_runs.at(r).text);
    };
    qsizetype lo = 0, hi = m_runs.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (lastOf(mid) < original)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == m_runs.size())
        return m_size;
    const Run &run = m_runs.at(lo);
    return run.text + std::max<qsizetype>(0, original - run.original);
}

} // namespace fc
