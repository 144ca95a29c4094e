#include "WordBoxMap.h"

#include <algorithm>

namespace fc {

WordBoxMap::WordBoxMap(const QList<WordBox> &words, const QList<LowConfidenceWord> &lowConfidence)
    : m_words(words)
    , m_lowConfidence(lowConfidence)
{
    // In text order as the loader makes them; a project's cache is validated only for spans
    // inside the text, so order them here rather than trust it.
    std::stable_sort(m_words.begin(), m_words.end(),
                     [](const WordBox &a, const WordBox &b) { return a.span.start < b.span.start; });
}

QList<int> WordBoxMap::pages() const
{
    QList<int> pages;
    for (const WordBox &w : m_words) {
        if (!pages.contains(w.page))
            pages.append(w.page);
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

QList<QRect> WordBoxMap::boxesOf(const Span &span, int page) const
{
    QList<QRect> boxes;
    if (span.isEmpty())
        return boxes;
    // The words start in order; the first that can overlap is the last starting at or before
    // span.start, and after it every word that starts before span.end.
    auto it = std::partition_point(m_words.cbegin(), m_words.cend(),
                                   [&](const WordBox &w) { return w.span.start <= span.start; });
    if (it != m_words.cbegin())
        --it;
    for (; it != m_words.cend() && it->span.start < span.end; ++it) {
        if (it->page == page && it->span.overlaps(span))
            boxes.append(it->box);
    }
    return boxes;
}

QList<WordBoxMap::DoubtfulBox> WordBoxMap::doubtfulBoxes(int page) const
{
    QList<DoubtfulBox> boxes;
    for (const LowConfidenceWord &w : m_lowConfidence) {
        for (const QRect &box : boxesOf(w.span, page))
            boxes.append(DoubtfulBox{box, w.confidence});
    }
    return boxes;
}

const WordBox *WordBoxMap::wordAt(const QPoint &point, int page) const
{
    const auto it = std::find_if(m_words.cbegin(), m_words.cend(),
                                 [&](const WordBox &w) { return w.page == page && w.box.contains(point); });
    return it == m_words.cend() ? nullptr : &*it;
}

} // namespace fc
