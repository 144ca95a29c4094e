#include "NameTokens.h"

#include "text/TextSlice.h"

namespace fc {

static bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

static bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// An English possessive ending at position p: "'s" or "’s" not followed by a letter.
static bool possessiveAt(const QString &text, qsizetype p, qsizetype end)
{
    return p + 1 < end && isApostrophe(text.at(p)) && (text.at(p + 1) == u's' || text.at(p + 1) == u'S')
        && (p + 2 >= end || !isWordChar(text.at(p + 2)));
}

QList<NameToken> tokeniseNames(const QString &text, qsizetype start, qsizetype end)
{
    QList<NameToken> tokens;
    end = std::min(end, text.size());
    qsizetype i = std::max<qsizetype>(0, start);
    // About one token in six characters of news text: room for most sentences at once
    // instead of growing the list (a token is 72 bytes) again and again.
    tokens.reserve(std::max<qsizetype>(0, end - i) / 6 + 4);
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        NameToken t;
        t.start = i;
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            while (j < end) {
                const QChar d = text.at(j);
                if (isWordChar(d)) {
                    ++j;
                } else if (possessiveAt(text, j, end)) {
                    break; // "South Korea's", "Putin's": the name ends before the possessive
                } else if ((d == u'-' || isApostrophe(d) || d == u'.') && j + 1 < end && isWordChar(text.at(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            // "U.S.": single letters joined by dots keep their final dot.
            if (j < end && text.at(j) == u'.' && j - i >= 3 && text.at(j - 2) == u'.')
                ++j;
            t.end = j;
            t.word = true;
        } else if (possessiveAt(text, i, end)) {
            t.end = i + 2; // "'s" as one mark
        } else {
            t.end = i + 1;
        }
        // A slice sharing the text's buffer, not a copy: a token is made for every word of
        // every sentence, twice (tst_text_slice). Lower case of a word already in lower case
        // shares it too (QString::toLower() copies only when a character changes).
        t.text = textSlice(text, t.start, t.end - t.start);
        t.lower = t.text.toLower();
        if (t.word) {
            t.digit = c.isDigit();
            t.capitalised = c.isUpper();
            bool letters = false;
            bool upper = true;
            for (const QChar ch : std::as_const(t.text)) {
                if (ch.isLetter()) {
                    letters = true;
                    upper = upper && ch.isUpper();
                }
            }
            t.allCaps = letters && upper;
        }
        i = t.end;
        tokens.append(std::move(t));
    }
    return tokens;
}

} // namespace fc
