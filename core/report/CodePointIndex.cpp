#include "CodePointIndex.h"

#include <algorithm>

namespace fc {

CodePointIndex::CodePointIndex(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_surrogateStarts.append(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Pos) const
{
    // Every surrogate pair that ends at or before pos counts one code point for two units.
    const auto pairsBefore = std::lower_bound(m_surrogateStarts.cbegin(), m_surrogateStarts.cend(), utf16Pos - 1)
        - m_surrogateStarts.cbegin();
    return utf16Pos - pairsBefore;
}

} // namespace fc
