#include "SentenceWords.h"

#include "text/TextSlice.h"

#include <QStringList>

namespace fc {

SentenceWords::SentenceWords(const QString &text, const Span &sentence)
{
    int clause = 0;
    qsizetype i = sentence.start;
    const qsizetype end = std::min(sentence.end, text.size());
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            qsizetype j = i + 1;
            // Keep "besar-besaran", "Kim's" and "11.000" whole.
            while (j < end) {
                const QChar d = text.at(j);
                if (d.isLetterOrNumber()) {
                    ++j;
                    continue;
                }
                const bool joiner =
                    d == QLatin1Char('-') || d == QLatin1Char('\'') || d == QLatin1Char('.') || d == QLatin1Char(',');
                if (joiner && j + 1 < end && text.at(j + 1).isLetterOrNumber()
                    && (d == QLatin1Char('-') || d == QLatin1Char('\'') || text.at(j - 1).isDigit())) {
                    j += 2;
                    continue;
                }
                break;
            }
            Word w;
            w.span = Span{i, j};
            // The word shares the text's buffer: measured claims keep words until the report.
            w.text = textSlice(text, i, j - i);
            w.lower = w.text.toLower();
            w.clause = clause;
            for (QChar d : w.text)
                w.hasDigit = w.hasDigit || d.isDigit();
            m_words.append(w);
            i = j;
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2013)
            || c == QChar(0x2014))
            ++clause;
        ++i;
    }
}

QList<int> SentenceWords::find(const QString &phrase) const
{
    QList<int> hits;
    // Every cue list is searched in every sentence: a one-word phrase is compared as it is,
    // and a longer one is split into views, not into new strings (splitting was half of this).
    if (!phrase.contains(QLatin1Char(' '))) {
        for (int i = 0; i < size() && !phrase.isEmpty(); ++i)
            if (m_words.at(i).lower == phrase)
                hits.append(i);
        return hits;
    }
    const QList<QStringView> parts = QStringView(phrase).split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return hits;
    for (int i = 0; i + int(parts.size()) <= size(); ++i) {
        bool match = true;
        for (int k = 0; k < parts.size() && match; ++k)
            match = m_words.at(i + k).lower == parts.at(k);
        if (match)
            hits.append(i);
    }
    return hits;
}

} // namespace fc
