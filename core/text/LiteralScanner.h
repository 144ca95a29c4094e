#pragma once

#include <QStringList>
#include <QStringView>

#include <vector>

namespace fc {

// Which of a fixed set of literals occur in a text, compared case-folded, found in one pass
// over the text whatever their number (an Aho-Corasick automaton over the literals'
// characters). Literals are given case-folded (RequiredText gives them so).
class LiteralScanner
{
public:
    LiteralScanner() = default;
    explicit LiteralScanner(const QStringList &foldedLiterals);

    qsizetype literalCount() const { return m_literalCount; }

    // found[i] is set to 1 when literal i occurs in text, 0 otherwise (found is resized).
    // Returns whether the text holds an ASCII digit.
    bool scan(QStringView text, std::vector<char> &found) const;

private:
    qsizetype m_literalCount = 0;
    int m_symbols = 1;                    // symbol 0: a character in no literal
    std::vector<quint16> m_symbol;        // folded UTF-16 unit -> symbol
    std::vector<qint32> m_next;           // state * m_symbols + symbol -> state
    std::vector<std::vector<int>> m_ends; // state -> the literals ending there
    std::vector<qint32> m_outputLink;     // state -> nearest shorter suffix state where literals end, or -1
    std::vector<char> m_reports;          // state -> literals end there or at a suffix
    std::vector<int> m_empty;             // empty literals: in every text
};

} // namespace fc
