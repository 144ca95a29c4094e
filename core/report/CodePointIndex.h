#pragma once

#include <QList>
#include <QString>

namespace fc {

// Converts UTF-16 positions (QString indexing) to Unicode code-point positions (what the
// report contract counts) in O(log n) after one pass over the text.
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text);
    qsizetype toCodePoint(qsizetype utf16Pos) const;

private:
    QList<qsizetype> m_surrogateStarts; // UTF-16 positions of high surrogates, ascending
};

} // namespace fc
