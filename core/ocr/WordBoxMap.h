#pragma once

#include "model/LowConfidence.h"

#include <QList>
#include <QPoint>
#include <QRect>

namespace fc {

// Where stretches of an article's text stand on the image it was read from (a screenshot, or a
// scanned PDF's pages): the boxes of the recognised words a span's characters cover. What the
// workbench draws a mention, a finding's evidence or a doubtful word with over the image.
// The words come as the loader keeps them (Article::wordBoxes): in text order and apart.
class WordBoxMap
{
public:
    WordBoxMap() = default;
    explicit WordBoxMap(const QList<WordBox> &words, const QList<LowConfidenceWord> &lowConfidence = {});

    bool isEmpty() const { return m_words.isEmpty(); }
    // The pages the words stand on, ascending: {0} for a screenshot, 1, 2, ... for a PDF.
    QList<int> pages() const;

    // The boxes of the words on page that span overlaps (one character is enough), in text
    // order; none for an empty span or one between words.
    QList<QRect> boxesOf(const Span &span, int page = 0) const;

    // A doubtful word's boxes on a page with the recogniser's confidence (0-100).
    struct DoubtfulBox
    {
        QRect box;
        int confidence = 0;
        friend bool operator==(const DoubtfulBox &, const DoubtfulBox &) = default;
    };
    QList<DoubtfulBox> doubtfulBoxes(int page = 0) const;

    // The word whose box on page holds point, or null.
    const WordBox *wordAt(const QPoint &point, int page = 0) const;

private:
    QList<WordBox> m_words;
    QList<LowConfidenceWord> m_lowConfidence;
};

} // namespace fc
