#include "LiteralScanner.h"

#include <QChar>

#include <deque>

namespace fc {

namespace {

char16_t folded(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 0x20) : c;
    const char32_t f = QChar::toCaseFolded(char32_t(c));
    return f > 0xFFFF ? c : char16_t(f);
}

} // namespace

LiteralScanner::LiteralScanner(const QStringList &foldedLiterals)
    : m_literalCount(foldedLiterals.size())
    , m_symbol(0x10000, 0)
{
    for (const QString &literal : foldedLiterals) {
        for (const QChar c : literal) {
            quint16 &s = m_symbol[c.unicode()];
            if (s == 0)
                s = quint16(m_symbols++);
        }
    }
    const size_t width = size_t(m_symbols);
    // The trie: state 0 is the root; a missing edge is -1 until the automaton fills it.
    m_next.assign(width, -1);
    m_ends.emplace_back();
    for (qsizetype i = 0; i < foldedLiterals.size(); ++i) {
        const QString &literal = foldedLiterals.at(i);
        if (literal.isEmpty()) {
            m_empty.push_back(int(i));
            continue;
        }
        qint32 state = 0;
        for (const QChar c : literal) {
            const size_t edge = size_t(state) * width + m_symbol[c.unicode()];
            if (m_next[edge] < 0) {
                m_next[edge] = qint32(m_ends.size());
                m_ends.emplace_back();
                m_next.resize(m_next.size() + width, -1);
            }
            state = m_next[edge];
        }
        m_ends[size_t(state)].push_back(int(i));
    }
    // Breadth first: each state's failure is the longest proper suffix that is a trie state;
    // a missing edge goes where the failure's edge goes, so scanning is one lookup a character.
    std::vector<qint32> failure(m_ends.size(), 0);
    m_outputLink.assign(m_ends.size(), -1);
    std::deque<qint32> queue;
    for (size_t s = 0; s < width; ++s) {
        qint32 &child = m_next[s];
        if (child < 0) {
            child = 0;
        } else {
            queue.push_back(child);
        }
    }
    while (!queue.empty()) {
        const qint32 state = queue.front();
        queue.pop_front();
        for (size_t s = 0; s < width; ++s) {
            const size_t edge = size_t(state) * width + s;
            const qint32 viaFailure = m_next[size_t(failure[size_t(state)]) * width + s];
            if (m_next[edge] < 0) {
                m_next[edge] = viaFailure;
                continue;
            }
            const qint32 child = m_next[edge];
            failure[size_t(child)] = viaFailure;
            m_outputLink[size_t(child)] =
                m_ends[size_t(viaFailure)].empty() ? m_outputLink[size_t(viaFailure)] : viaFailure;
            queue.push_back(child);
        }
    }
    m_reports.resize(m_ends.size());
    for (size_t s = 0; s < m_ends.size(); ++s)
        m_reports[s] = !m_ends[s].empty() || m_outputLink[s] >= 0;
}

bool LiteralScanner::scan(QStringView text, std::vector<char> &found) const
{
    found.assign(size_t(m_literalCount), 0);
    for (const int i : m_empty)
        found[size_t(i)] = 1;
    bool digit = false;
    if (m_ends.empty()) {
        for (const QChar c : text)
            digit = digit || (c.unicode() >= u'0' && c.unicode() <= u'9');
        return digit;
    }
    std::vector<char> reported(m_ends.size(), 0);
    const size_t width = size_t(m_symbols);
    qint32 state = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        digit = digit || (c >= u'0' && c <= u'9');
        state = m_next[size_t(state) * width + m_symbol[folded(c)]];
        if (!m_reports[size_t(state)])
            continue;
        // Every literal ending here: this state's, then its suffixes' (each state once a text).
        for (qint32 s = state; s >= 0 && !reported[size_t(s)]; s = m_outputLink[size_t(s)]) {
            reported[size_t(s)] = 1;
            for (const int i : m_ends[size_t(s)])
                found[size_t(i)] = 1;
        }
    }
    return digit;
}

} // namespace fc
