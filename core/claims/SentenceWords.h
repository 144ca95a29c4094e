#pragma once

#include "model/Span.h"

#include <QList>
#include <QString>

namespace fc {

// The words of one sentence with their positions, lower-cased for matching cue phrases, and
// the clause each falls in (commas, semicolons, colons and dashes separate clauses).
class SentenceWords
{
public:
    struct Word
    {
        Span span;
        QString text;
        QString lower;
        int clause = 0;
        bool hasDigit = false;
    };

    SentenceWords(const QString &text, const Span &sentence);

    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return int(m_words.size()); }
    const Word &at(int i) const { return m_words.at(i); }

    // Indexes of the first word of every occurrence of a lower-case phrase ("according to").
    QList<int> find(const QString &phrase) const;

private:
    QList<Word> m_words;
};

} // namespace fc
