#include "RecognisedWords.h"

#include <algorithm>

namespace fc {

namespace {
// The first position of the normalised text whose character comes from at or after original
// position pos; the offset map never goes backwards, so a binary search finds it.
qsizetype toNormalised(const Article &article, qsizetype pos)
{
    if (article.offsets.isEmpty())
        return std::min(pos, article.text.size());
    return std::min(article.offsets.firstAtOrAfter(pos), article.text.size());
}
} // namespace

QList<LowConfidenceWord> lowConfidenceWords(const Article &article, const QList<RecognisedWord> &words)
{
    QList<LowConfidenceWord> low;
    for (const RecognisedWord &w : words) {
        if (w.confidence >= LowWordConfidence)
            continue;
        const Span span{toNormalised(article, w.start), toNormalised(article, w.end)};
        // A word normalising removed entirely (it was only whitespace or a joined hyphen)
        // marks nothing; one that overlaps its predecessor (never, for words in reading
        // order) would break the sorted list the lookups rely on.
        if (span.isEmpty() || (!low.isEmpty() && span.start < low.constLast().span.end))
            continue;
        low.append(LowConfidenceWord{span, w.confidence});
    }
    return low;
}

QList<WordBox> wordBoxes(const Article &article, const QList<RecognisedWord> &words)
{
    QList<WordBox> boxes;
    boxes.reserve(words.size());
    for (const RecognisedWord &w : words) {
        const Span span{toNormalised(article, w.start), toNormalised(article, w.end)};
        if (!span.isEmpty())
            boxes.append(WordBox{span, w.box, w.page});
    }
    return boxes;
}

} // namespace fc
