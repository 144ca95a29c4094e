#pragma once

#include <QList>

namespace fc {

// Where each character of a normalised text came from in the original: entry i is the position
// in the original of text[i], and one extra entry maps the text's end. The normaliser copies
// most characters one for one, so the entries advance by one almost everywhere; they are kept
// as runs (a run starts wherever an entry is not its predecessor plus one: a dropped or merged
// character, or the second newline of a paragraph break, which repeats the first one's
// position). A 5 MB article needs a few thousand runs instead of 8 bytes per character.
// Every list of entries, ordered or not, is represented exactly, so a crafted project's list
// survives decoding unchanged and validation sees what was stored.
class OffsetMap
{
public:
    struct Run
    {
        qsizetype text = 0;     // the run's first entry
        qsizetype original = 0; // that entry's original position; entry text + k maps to original + k
        friend bool operator==(const Run &, const Run &) = default;
    };

    static OffsetMap fromList(const QList<qsizetype> &entries);
    QList<qsizetype> toList() const;

    // Calls f(entry) for every entry in order without expanding the map.
    template<typename F> void forEachEntry(F f) const
    {
        for (qsizetype r = 0; r < m_runs.size(); ++r) {
            const Run &run = m_runs.at(r);
            const qsizetype end = r + 1 < m_runs.size() ? m_runs.at(r + 1).text : m_size;
            for (qsizetype i = run.text; i < end; ++i)
                f(run.original + (i - run.text));
        }
    }

    // Appends one entry; extends the last run when it is the previous entry plus one.
    void append(qsizetype original)
    {
        if (m_size > 0 && original == last() + 1) {
            ++m_size;
            return;
        }
        m_runs.append(Run{m_size, original});
        ++m_size;
    }
    void removeLast();
    void clear();
    void squeeze() { m_runs.squeeze(); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qsizetype at(qsizetype i) const; // 0 <= i < size()
    qsizetype last() const { return m_runs.constLast().original + (m_size - 1 - m_runs.constLast().text); }
    const QList<Run> &runs() const { return m_runs; }
    qsizetype heapBytes() const { return m_runs.capacity() * qsizetype(sizeof(Run)); }

    // The original position of text position pos, clamped to the map; pos itself when empty.
    qsizetype toOriginal(qsizetype pos) const
    {
        if (m_size == 0)
            return pos;
        return at(qBound<qsizetype>(0, pos, m_size - 1));
    }

    // The first text position whose entry is at or after original position `original`, or size()
    // when none is: the inverse lookup, for maps whose entries never go backwards (every map the
    // normaliser makes).
    qsizetype firstAtOrAfter(qsizetype original) const;

    // The first entry that is negative, past originalSize or below its predecessor; -1 if none.
    qsizetype firstInvalidEntry(qsizetype originalSize) const;

    friend bool operator==(const OffsetMap &, const OffsetMap &) = default;

private:
    QList<Run> m_runs; // ordered by text, the first at 0 when not empty
    qsizetype m_size = 0;
};

} // namespace fc
