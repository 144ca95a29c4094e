#include "RequiredText.h"

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>

namespace fc {

namespace {

enum class AtomKind { Literal, Digit, Group, ZeroWidth, Other };

struct Atom
{
    AtomKind kind = AtomKind::Other;
    QChar literal;      // Literal: the character (folded later, with its run)
    RequiredText group; // Group: what every branch requires (unknown if one branch has nothing)
};

// How rare a requirement is in running text: a longer literal is rarer, a digit about as
// common as a two-letter string; among equals, fewer alternatives are cheaper to look for.
int strength(const RequiredText &r)
{
    int shortest = r.digit ? 2 : INT_MAX;
    for (const QString &l : r.literals)
        shortest = std::min(shortest, int(l.size()));
    return shortest;
}

bool stronger(const RequiredText &a, const RequiredText &b)
{
    const int sa = strength(a), sb = strength(b);
    if (sa != sb)
        return sa > sb;
    return a.literals.size() + (a.digit ? 1 : 0) < b.literals.size() + (b.digit ? 1 : 0);
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A recursive reader of the pattern's structure. On anything it does not know it fails, and
// the whole pattern is then unknown: a wrong requirement would drop real matches.
class Reader
{
public:
    explicit Reader(QStringView pattern)
        : m_p(pattern)
    {
    }

    std::optional<RequiredText> read()
    {
        RequiredText r = alternation();
        if (m_failed || m_i != m_p.size())
            return std::nullopt;
        return r;
    }

private:
    QStringView m_p;
    qsizetype m_i = 0;
    bool m_failed = false;

    bool atEnd() const { return m_i >= m_p.size(); }
    char16_t peek(qsizetype ahead = 0) const { return m_i + ahead < m_p.size() ? m_p[m_i + ahead].unicode() : 0; }
    void fail()
    {
        m_failed = true;
        m_i = m_p.size();
    }
    // Past the next `close` (inclusive); fails when there is none.
    void skipPast(char16_t close)
    {
        const qsizetype at = m_p.indexOf(QChar(close), m_i);
        if (at < 0)
            fail();
        else
            m_i = at + 1;
    }

    // Branches up to a ')' or the end: a requirement holds only if every branch has one.
    RequiredText alternation()
    {
        RequiredText all;
        bool everyBranch = true;
        for (;;) {
            const RequiredText branch = sequence();
            if (m_failed)
                return {};
            if (branch.known()) {
                all.literals += branch.literals;
                all.digit = all.digit || branch.digit;
            } else {
                everyBranch = false;
            }
            if (atEnd() || peek() != u'|')
                break;
            ++m_i;
        }
        if (!everyBranch)
            return {};
        all.literals.removeDuplicates();
        return all;
    }

    // One branch: the strongest requirement of its mandatory parts. Adjacent mandatory
    // literal characters form one string ("tahun" rather than "t").
    RequiredText sequence()
    {
        RequiredText best;
        QString run;
        const auto consider = [&best](const RequiredText &r) {
            if (r.known() && (!best.known() || stronger(r, best)))
                best = r;
        };
        const auto endRun = [&] {
            if (!run.isEmpty())
                consider(RequiredText{{run.toCaseFolded()}, false});
            run.clear();
        };
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const Atom a = atom();
            if (m_failed)
                return {};
            const auto [least, repeats] = quantifier();
            if (m_failed)
                return {};
            if (a.kind == AtomKind::ZeroWidth || least == 0) {
                endRun();
                continue;
            }
            switch (a.kind) {
            case AtomKind::Literal:
                run += a.literal;
                if (repeats) // "ab+c": "ab" is certain, "abc" is not
                    endRun();
                break;
            case AtomKind::Digit:
                endRun();
                consider(RequiredText{{}, true});
                break;
            case AtomKind::Group:
                endRun();
                consider(a.group);
                break;
            default: endRun(); break;
            }
        }
        endRun();
        return best;
    }

    // The quantifier after an atom, if any: how often the atom must occur at least, and
    // whether it may occur more than once.
    std::pair<int, bool> quantifier()
    {
        int least = 1;
        bool repeats = false;
        switch (peek()) {
        case u'?':
            least = 0;
            ++m_i;
            break;
        case u'*':
            least = 0;
            repeats = true;
            ++m_i;
            break;
        case u'+':
            repeats = true;
            ++m_i;
            break;
        case u'{': {
            qsizetype j = m_i + 1;
            int low = 0;
            const qsizetype lowFrom = j;
            while (j < m_p.size() && isAsciiDigit(m_p[j].unicode())) {
                low = std::min(low * 10 + (m_p[j].unicode() - u'0'), 100000);
                ++j;
            }
            if (j == lowFrom) {
                fail();
                return {0, false};
            }
            int high = low;
            if (j < m_p.size() && m_p[j] == u',') {
                ++j;
                high = INT_MAX;
                if (j < m_p.size() && isAsciiDigit(m_p[j].unicode())) {
                    high = 0;
                    while (j < m_p.size() && isAsciiDigit(m_p[j].unicode())) {
                        high = std::min(high * 10 + (m_p[j].unicode() - u'0'), 100000);
                        ++j;
                    }
                }
            }
            if (j >= m_p.size() || m_p[j] != u'}') {
                fail();
                return {0, false};
            }
            m_i = j + 1;
            least = low;
            repeats = high > 1;
            break;
        }
        default: return {least, repeats};
        }
        if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same counts
            ++m_i;
        return {least, repeats};
    }

    Atom atom()
    {
        const char16_t c = peek();
        switch (c) {
        case u'(': return group();
        case u'[': return characterClass();
        case u'\\': return escape();
        case u'.': ++m_i; return {};
        case u'^':
        case u'$': ++m_i; return {AtomKind::ZeroWidth, {}, {}};
        case u'*':
        case u'+':
        case u'?':
        case u'{': fail(); return {};
        default: break;
        }
        ++m_i;
        if (QChar::isSurrogate(c)) { // folded per code point, not per unit: say nothing
            if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(peek()))
                ++m_i;
            return {};
        }
        return {AtomKind::Literal, QChar(c), {}};
    }

    Atom escape()
    {
        if (m_i + 1 >= m_p.size()) {
            fail();
            return {};
        }
        const char16_t c = peek(1);
        m_i += 2;
        if (c == u'd')
            return {AtomKind::Digit, {}, {}};
        if (isAsciiDigit(c) || c == u'g' || c == u'k' || c == u'Q' || c == u'E') {
            fail(); // back references and quoting: not read here
            return {};
        }
        if (!isAsciiLetter(c)) {
            if (QChar::isSurrogate(c))
                return {};
            return {AtomKind::Literal, QChar(c), {}}; // "\." is a full stop
        }
        switch (c) {
        case u'b':
        case u'B':
        case u'A':
        case u'z':
        case u'Z':
        case u'G':
        case u'K': return {AtomKind::ZeroWidth, {}, {}};
        case u'x':
        case u'o':
        case u'N':
        case u'p':
        case u'P':
            if (peek() == u'{')
                skipPast(u'}');
            else if (c == u'p' || c == u'P')
                ++m_i; // one-letter property: \pL
            else if (c == u'x')
                for (int n = 0; n < 2 && isHexDigit(peek()); ++n)
                    ++m_i; // "\x41": up to two hex digits
            return {};
        case u'c':
            ++m_i; // a control character: \cA
            return {};
        default: return {}; // \w \s \D \h \R ...: some character
        }
    }

    Atom group()
    {
        ++m_i; // '('
        AtomKind kind = AtomKind::Group;
        if (peek() == u'?') {
            ++m_i;
            const char16_t c = peek();
            if (c == u':' || c == u'>' || c == u'|') {
                ++m_i;
            } else if (c == u'=' || c == u'!') {
                ++m_i;
                kind = AtomKind::ZeroWidth;
            } else if (c == u'<' && (peek(1) == u'=' || peek(1) == u'!')) {
                m_i += 2;
                kind = AtomKind::ZeroWidth;
            } else if (c == u'<' || c == u'\'' || (c == u'P' && peek(1) == u'<')) {
                if (c == u'P')
                    ++m_i;
                ++m_i;
                const qsizetype from = m_i;
                skipPast(c == u'\'' ? u'\'' : u'>');
                if (m_i - from < 2) // an empty name
                    fail();
            } else {
                // Option settings: "(?i:" opens a group, "(?i)" applies to what follows.
                const qsizetype from = m_i;
                while (!atEnd() && (isAsciiLetter(peek()) || peek() == u'-')) {
                    if (peek() == u'x') { // extended syntax reads the rest differently
                        fail();
                        return {};
                    }
                    ++m_i;
                }
                if (m_i == from || atEnd() || (peek() != u':' && peek() != u')')) {
                    fail(); // comments, recursion, callouts, conditions
                    return {};
                }
                if (peek() == u')') {
                    ++m_i;
                    return {AtomKind::ZeroWidth, {}, {}};
                }
                ++m_i;
            }
        } else if (peek() == u'*') {
            fail(); // (*VERB)
            return {};
        }
        if (m_failed)
            return {};
        const RequiredText inside = alternation();
        if (m_failed || atEnd() || peek() != u')') {
            fail();
            return {};
        }
        ++m_i;
        if (kind == AtomKind::ZeroWidth)
            return {AtomKind::ZeroWidth, {}, {}};
        return {AtomKind::Group, {}, inside};
    }

    // A class is a literal only when it lists one letter's cases ("[Pp]").
    Atom characterClass()
    {
        ++m_i; // '['
        bool plain = true;
        if (peek() == u'^') {
            plain = false;
            ++m_i;
        }
        QString members;
        bool first = true;
        for (;;) {
            if (atEnd()) {
                fail();
                return {};
            }
            const char16_t c = peek();
            if (c == u']' && !first) {
                ++m_i;
                break;
            }
            first = false;
            if (c == u'[' && (peek(1) == u':' || peek(1) == u'.' || peek(1) == u'=')) {
                const qsizetype end = m_p.indexOf(QChar(u']'), m_i + 2);
                if (end < 0) {
                    fail();
                    return {};
                }
                m_i = end + 1;
                plain = false;
                continue;
            }
            if (c == u'\\') {
                const char16_t e = peek(1);
                m_i += 2;
                if ((e == u'x' || e == u'o' || e == u'N' || e == u'p' || e == u'P') && peek() == u'{')
                    skipPast(u'}');
                else if (e == u'p' || e == u'P')
                    ++m_i;
                if (m_failed)
                    return {};
                plain = false;
                continue;
            }
            if (c == u'-' && !members.isEmpty() && peek(1) != u']')
                plain = false; // a range
            members += QChar(c);
            ++m_i;
        }
        if (plain && !members.isEmpty()) {
            const QString folded = members.toCaseFolded();
            if (!folded.front().isSurrogate() && folded.count(folded.front()) == folded.size())
                return {AtomKind::Literal, folded.front(), {}};
        }
        return {};
    }
};

} // namespace

RequiredText requiredText(QStringView pattern)
{
    return Reader(pattern).read().value_or(RequiredText{});
}

namespace {

bool isLineBreak(char32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// The character a "\x" escape at p[i] (the backslash) stands for, and where it ends; nullopt
// when it is malformed.
std::optional<std::pair<char32_t, qsizetype>> hexEscape(QStringView p, qsizetype i)
{
    qsizetype j = i + 2;
    const bool braces = j < p.size() && p[j] == u'{';
    const qsizetype from = braces ? j + 1 : j;
    qsizetype to = from;
    while (to < p.size() && isHexDigit(p[to].unicode()) && (braces || to - from < 2))
        ++to;
    if (to == from || (braces && (to >= p.size() || p[to] != u'}')))
        return std::nullopt;
    bool ok = false;
    const uint value = p.mid(from, to - from).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return std::pair{char32_t(value), braces ? to + 1 : to};
}

// \p{...} of letters, marks or numbers (a single letter or two, "L", "Lu", "Nd"): no line break.
std::optional<qsizetype> safeProperty(QStringView p, qsizetype i)
{
    if (i + 2 >= p.size() || p[i + 2] != u'{')
        return std::nullopt;
    const qsizetype close = p.indexOf(u'}', i + 3);
    if (close < 0)
        return std::nullopt;
    const QStringView name = p.mid(i + 3, close - i - 3);
    if (name.isEmpty() || name.size() > 2 || !QStringView(u"LMN").contains(name.front())
        || (name.size() == 2 && !isAsciiLetter(name[1].unicode())))
        return std::nullopt;
    return close + 1;
}

} // namespace

bool mayMatchLineBreak(QStringView p)
{
    bool inClass = false;
    std::optional<char32_t> previous; // a class member that may start a range
    bool range = false;
    const auto member = [&](char32_t c) {
        if (range && previous && *previous <= c) {
            // A range over a line break ("\x00-\x7F") holds one.
            for (const char32_t b : {0x0AU, 0x0BU, 0x0CU, 0x0DU, 0x85U, 0x2028U, 0x2029U}) {
                if (*previous <= b && b <= c)
                    return false;
            }
        }
        range = false;
        previous = c;
        return !isLineBreak(c);
    };
    for (qsizetype i = 0; i < p.size();) {
        const char16_t c = p[i].unicode();
        if (c == u'\\') {
            if (i + 1 >= p.size())
                return true;
            const char16_t e = p[i + 1].unicode();
            if (e == u'x') {
                const auto hex = hexEscape(p, i);
                if (!hex || (inClass ? !member(hex->first) : isLineBreak(hex->first)))
                    return true;
                i = hex->second;
                continue;
            }
            if (e == u'p') {
                const auto end = safeProperty(p, i);
                if (!end)
                    return true;
                previous.reset();
                range = false;
                i = *end;
                continue;
            }
            // Sets and assertions without a line break, and no dependence on the subject's ends
            // ("\b" sees no word character at a line's edge, as at the text's).
            if (QStringView(u"dwShNVbBt").contains(QChar(e))) {
                previous.reset();
                range = false;
                i += 2;
                continue;
            }
            // An escaped punctuation character is that character.
            if (e < 0x80 && !isAsciiLetter(e) && !isAsciiDigit(e)) {
                if (inClass && !member(e))
                    return true;
                i += 2;
                continue;
            }
            return true; // \s \D \W \H \v \R \n \A \z \G \Q, back references, ...
        }
        if (inClass) {
            if (c == u']') {
                inClass = false;
                ++i;
                continue;
            }
            if (c == u'[' && i + 1 < p.size() && p[i + 1] == u':')
                return true; // POSIX classes: not read here
            if (c == u'-' && previous && i + 1 < p.size() && p[i + 1] != u']') {
                range = true;
                ++i;
                continue;
            }
            if (!member(c))
                return true;
            ++i;
            continue;
        }
        if (c == u'[') {
            if (i + 1 < p.size() && p[i + 1] == u'^')
                return true;
            inClass = true;
            previous.reset();
            range = false;
            ++i;
            // "[]a]": a "]" right after the opening is a member.
            if (i < p.size() && p[i] == u']') {
                previous = U']';
                ++i;
            }
            continue;
        }
        if (c == u'.' || c == u'^' || c == u'$' || c == u'#' || isLineBreak(c))
            return true;
        if (c == u'(' && i + 2 < p.size() && p[i + 1] == u'?') {
            // Option settings other than case ("(?s)", "(?x)", "(?m)") and comments change
            // what the rest means.
            const char16_t o = p[i + 2].unicode();
            if (o == u'#')
                return true;
            if (isAsciiLetter(o) || o == u'-' || o == u'^') {
                qsizetype j = i + 2;
                while (j < p.size() && (isAsciiLetter(p[j].unicode()) || p[j] == u'-' || p[j] == u'^')) {
                    if (p[j] != u'i' && p[j] != u'-')
                        return true;
                    ++j;
                }
            }
        }
        if (c == u'(' && i + 1 < p.size() && p[i + 1] == u'*')
            return true; // verbs: "(*ANY)" and the like
        ++i;
    }
    return inClass; // an unclosed class: malformed, so "may"
}

} // namespace fc
