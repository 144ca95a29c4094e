#include "Segmenter.h"

#include "text/Abbreviations.h"
#include "text/Normaliser.h"

namespace fc {

namespace {

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isWordChar(QStringView t, qsizetype i)
{
    const char16_t c = t.at(i).unicode();
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isDigit(c);
    if (QChar::isHighSurrogate(c) && i + 1 < t.size())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, t.at(i + 1).unicode()));
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

inline qsizetype charLength(QStringView t, qsizetype i)
{
    return (t.at(i).isHighSurrogate() && i + 1 < t.size() && t.at(i + 1).isLowSurrogate()) ? 2 : 1;
}

bool isPunctuation(char16_t c)
{
    switch (c) {
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'"':
    case u'\'':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'-':
    case u'/':
    case u'\u2026':
    case NormalisedDash: return true;
    default: return false;
    }
}

// "19/6/2024", "12-11-2024", "2024-11-12": one separator kind, day/month/year shaped.
bool isNumericDate(QStringView s)
{
    for (const QChar sep : {QLatin1Char('/'), QLatin1Char('-')}) {
        if (s.count(sep) != 2)
            continue;
        qsizetype a = s.indexOf(sep);
        qsizetype b = s.indexOf(sep, a + 1);
        const qsizetype l1 = a;
        const qsizetype l2 = b - a - 1;
        const qsizetype l3 = s.size() - b - 1;
        for (const QChar c : s)
            if (!c.isDigit() && c != sep)
                return false;
        if (l1 >= 1 && l1 <= 2 && l2 >= 1 && l2 <= 2 && (l3 == 2 || l3 == 4))
            return true;
        if (l1 == 4 && l2 >= 1 && l2 <= 2 && l3 >= 1 && l3 <= 2)
            return true;
    }
    return false;
}

} // namespace

void tokenize(QStringView t, Span span, QList<Token> &tokens)
{
    const Abbreviations &abbr = Abbreviations::bundled();
    qsizetype i = span.start;
    const qsizetype end = span.end;
    while (i < end) {
        const char16_t c = t.at(i).unicode();
        if (c == u' ' || c == u'\n' || QChar::isSpace(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (isDigit(c)) {
            // Digits joined by . , / - : when a digit follows: "11.000", "2,5", "19/6/2024", "11:46".
            ++i;
            while (i < end) {
                const char16_t d = t.at(i).unicode();
                if (isDigit(d)) {
                    ++i;
                } else if ((d == u'.' || d == u',' || d == u'/' || d == u'-' || d == u':') && i + 1 < end
                           && isDigit(t.at(i + 1).unicode())) {
                    i += 2;
                } else {
                    break;
                }
            }
            const QStringView s = t.mid(start, i - start);
            tokens.append(Token{Span{start, i}, isNumericDate(s) ? TokenKind::Date : TokenKind::Number});
            continue;
        }
        if (isWordChar(t, i)) {
            i += charLength(t, i);
            while (i < end) {
                if (isWordChar(t, i)) {
                    i += charLength(t, i);
                } else if ((t.at(i) == u'-' || t.at(i) == u'\'') && i + 1 < end && isWordChar(t, i + 1)) {
                    i += 1; // "besar-besaran", "Jong-un", "don't"
                } else {
                    break;
                }
            }
            // A dot after the word may make it an abbreviation: "dll.", "U.S.", "p.m.".
            if (i < end && t.at(i) == u'.') {
                Abbreviations::Kind kind;
                if (const qsizetype len = abbr.matchDotted(t, start, &kind); len > i - start && start + len <= end) {
                    i = start + len;
                    tokens.append(Token{Span{start, i}, TokenKind::Abbreviation});
                    continue;
                }
            }
            TokenKind kind2 = TokenKind::Word;
            const QStringView w = t.mid(start, i - start);
            if (w.at(0).isUpper() && abbr.isAcronym(w)) {
                kind2 = TokenKind::Abbreviation;
            } else if (w.size() == 1 && w.at(0).isUpper() && i + 1 < end && t.at(i) == u'.' && t.at(i + 1) == u' ') {
                ++i; // an initial: "J. Smith"
                kind2 = TokenKind::Abbreviation;
            }
            tokens.append(Token{Span{start, i}, kind2});
            continue;
        }
        if (c == u'.' && i + 2 < end && t.at(i + 1) == u'.' && t.at(i + 2) == u'.') {
            i += 3;
            tokens.append(Token{Span{start, i}, TokenKind::Punctuation});
            continue;
        }
        i += charLength(t, i);
        tokens.append(Token{Span{start, i}, isPunctuation(c) ? TokenKind::Punctuation : TokenKind::Symbol});
    }
}

namespace {

inline bool isOpening(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'(' || c == u'[';
}

bool isTerminator(QStringView s)
{
    return s == u"." || s == u"!" || s == u"?" || s == u"\u2026" || s == u"...";
}

bool startsSentence(QStringView text, const Token &tok)
{
    const QChar c = text.at(tok.span.start);
    return c.isUpper() || c.isDigit() || isOpening(c.unicode()) || c.isTitleCase()
        || (c.isHighSurrogate() && tok.span.length() > 1);
}

void splitSentences(Article &a, int paragraph, qsizetype firstToken, qsizetype endToken)
{
    const QStringView text(a.text);
    const Abbreviations &abbr = Abbreviations::bundled();
    qsizetype sentenceStart = -1;
    int parenDepth = 0;
    bool inQuote = false;
    for (qsizetype k = firstToken; k < endToken; ++k) {
        const Token &tok = a.tokens.at(k);
        if (sentenceStart < 0)
            sentenceStart = k;
        const QStringView s = text.mid(tok.span.start, tok.span.length());
        // Brackets and quotes are one-character tokens: one character compare per token
        // rather than five string compares (this loop sees every token of the text).
        const char16_t single = s.size() == 1 ? s.front().unicode() : 0;
        if (single == u'(' || single == u'[')
            ++parenDepth;
        else if ((single == u')' || single == u']') && parenDepth > 0)
            --parenDepth;
        else if (single == u'"')
            inQuote = !inQuote;

        bool boundary = false;
        qsizetype last = k;
        if (parenDepth == 0 && tok.kind == TokenKind::Punctuation && isTerminator(s)) {
            // Closing quotes and brackets belong to the sentence they close.
            while (last + 1 < endToken) {
                const QStringView next =
                    text.mid(a.tokens.at(last + 1).span.start, a.tokens.at(last + 1).span.length());
                if ((next == u"\"" && inQuote) || next == u"'" || next == u")" || next == u"]") {
                    if (next == u"\"")
                        inQuote = false;
                    ++last;
                } else {
                    break;
                }
            }
            boundary = last + 1 >= endToken || startsSentence(text, a.tokens.at(last + 1));
        } else if (tok.kind == TokenKind::Abbreviation && s.endsWith(u'.') && k + 1 < endToken) {
            Abbreviations::Kind kind = Abbreviations::Kind::Title;
            abbr.matchDotted(text, tok.span.start, &kind);
            const Token &next = a.tokens.at(k + 1);
            boundary = kind == Abbreviations::Kind::Final && parenDepth == 0 && next.kind == TokenKind::Word
                && text.at(next.span.start).isUpper();
        }
        if (boundary || last + 1 >= endToken) {
            a.sentences.append(
                Sentence{Span{a.tokens.at(sentenceStart).span.start, a.tokens.at(last).span.end}, paragraph});
            sentenceStart = -1;
            k = last;
        }
    }
}

} // namespace

void segment(Article &article)
{
    article.paragraphs.clear();
    article.sentences.clear();
    article.tokens.clear();
    const QString &t = article.text;
    article.tokens.reserve(t.size() / 5);
    qsizetype start = 0;
    const qsizetype n = t.size();
    while (start < n) {
        qsizetype lineEnd = t.indexOf(QLatin1Char('\n'), start);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype b = start;
        qsizetype e = lineEnd;
        while (b < e && t.at(b).isSpace())
            ++b;
        while (e > b && t.at(e - 1).isSpace())
            --e;
        if (e > b) {
            const int p = int(article.paragraphs.size());
            article.paragraphs.append(Paragraph{Span{b, e}, {}, 0, true});
            const qsizetype firstToken = article.tokens.size();
            tokenize(t, Span{b, e}, article.tokens);
            splitSentences(article, p, firstToken, article.tokens.size());
        }
        start = lineEnd + 1;
    }
}

} // namespace fc
