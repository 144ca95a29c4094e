#include "HtmlNesting.h"

#include <QHash>

#include <cctype>

#include <initializer_list>
#include <vector>

// A small model of the HTML tokenizer and of the parser's stack of open elements, enough to
// count depth without ever counting less than the parser builds. Every rule below that lowers
// the count mirrors a case where the parser certainly pops; every case the model does not
// know keeps the count (the page is then flattened a little early, never parsed deeply).

namespace fc {

namespace {

bool isOneOf(QByteArrayView name, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (name == QByteArrayView(n))
            return true;
    return false;
}

bool isVoid(QByteArrayView n)
{
    return isOneOf(n,
                   {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
                    "keygen", "link", "meta", "param", "source", "track", "wbr"});
}

bool isHeading(QByteArrayView n)
{
    return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

bool isFormatting(QByteArrayView n)
{
    return isOneOf(n,
                   {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"});
}

// The elements that end an "in scope" search (default scope), HTML, MathML and SVG ones.
bool isScopeBoundary(QByteArrayView n)
{
    return isOneOf(n,
                   {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "mi", "mo", "mn",
                    "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"});
}

bool isTablePart(QByteArrayView n)
{
    return isOneOf(n, {"caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"});
}

// The "special" category: an end tag the parser handles generically stops at one of these.
bool isSpecial(QByteArrayView n)
{
    return isHeading(n) || isScopeBoundary(n) || isVoid(n)
        || isOneOf(n, {"address", "article", "aside",     "blockquote", "body",   "button",  "center",   "colgroup",
                       "dd",      "details", "dir",       "div",        "dl",     "dt",      "fieldset", "figcaption",
                       "figure",  "footer",  "form",      "frameset",   "head",   "header",  "hgroup",   "iframe",
                       "li",      "listing", "main",      "menu",       "nav",    "noembed", "noframes", "noscript",
                       "ol",      "p",       "plaintext", "pre",        "script", "section", "select",   "style",
                       "summary", "tbody",   "textarea",  "tfoot",      "thead",  "tr",      "ul",       "xmp"});
}

// End tags the parser closes through any element in scope (not only non-special ones).
bool popsThroughInScope(QByteArrayView n)
{
    return isHeading(n) || isTablePart(n)
        || isOneOf(n,
                   {"address", "article", "aside",    "blockquote", "button", "center",  "details", "dialog", "dir",
                    "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "header",  "hgroup", "listing",
                    "main",    "menu",    "nav",      "ol",         "pre",    "section", "summary", "ul",     "form",
                    "p",       "li",      "dd",       "dt",         "select", "table"});
}

// Start tags that close an open p element first.
bool closesP(QByteArrayView n)
{
    return isHeading(n)
        || isOneOf(n, {"address", "article", "aside",    "blockquote", "center", "details",  "dialog",  "dir",
                       "div",     "dl",      "fieldset", "figcaption", "figure", "footer",   "header",  "hgroup",
                       "main",    "menu",    "nav",      "ol",         "p",      "section",  "summary", "ul",
                       "pre",     "listing", "form",     "hr",         "xmp",    "plaintext"});
}

// Start tags that leave SVG or MathML content for HTML.
bool breaksOutOfForeign(QByteArrayView n)
{
    return isHeading(n)
        || isOneOf(n, {"b",      "big",  "blockquote", "body",  "br",  "center", "code", "dd",    "div",     "dl",
                       "dt",     "em",   "embed",      "head",  "hr",  "i",      "img",  "li",    "listing", "menu",
                       "meta",   "nobr", "ol",         "p",     "pre", "ruby",   "s",    "small", "span",    "strong",
                       "strike", "sub",  "sup",        "table", "tt",  "u",      "ul",   "var",   "font"});
}

bool isIntegrationPoint(QByteArrayView n)
{
    return isOneOf(n, {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
}

// The start tags before which the parser reopens closed formatting elements: all but these
// (blocks, head elements, table parts, list items).
bool reopensFormatting(QByteArrayView n)
{
    return !(
        isHeading(n) || isTablePart(n)
        || isOneOf(n, {"html",    "head",     "body",       "frameset", "frame",   "base",     "basefont",  "bgsound",
                       "link",    "meta",     "noframes",   "script",   "style",   "template", "title",     "address",
                       "article", "aside",    "blockquote", "center",   "details", "dialog",   "dir",       "div",
                       "dl",      "fieldset", "figcaption", "figure",   "footer",  "header",   "hgroup",    "main",
                       "menu",    "nav",      "ol",         "p",        "search",  "section",  "summary",   "ul",
                       "pre",     "listing",  "form",       "li",       "dd",      "dt",       "plaintext", "table",
                       "hr",      "textarea", "xmp",        "iframe",   "noembed", "noscript", "col"}));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct Tag
{
    enum Kind { Text, Comment, Start, End, Eof } kind = Text;
    QByteArray name; // lower case
    bool selfClosing = false;
    qsizetype stop = 0; // just after the tag
};

struct Scanner
{
    const QByteArray &html;
    const QByteArray lower; // for the case-insensitive searches of end tags
    qsizetype n;

    explicit Scanner(const QByteArray &h)
        : html(h)
        , lower(h.toLower())
        , n(h.size())
    {
    }

    bool delimitsTagName(qsizetype p) const { return p < n && (isSpace(html[p]) || html[p] == '/' || html[p] == '>'); }

    qsizetype upTo(qsizetype from, QByteArrayView what) const
    {
        const qsizetype at = html.indexOf(what, from);
        return at < 0 ? -1 : at + what.size();
    }

    // The tag at html[i] == '<', read as the HTML tokenizer reads it.
    Tag scan(qsizetype i, bool foreign) const
    {
        Tag t;
        if (i + 1 >= n)
            return t;
        const char c = html[i + 1];
        if (c == '!') {
            if (html.mid(i, 4) == "<!--") {
                t.kind = Tag::Comment;
                if (i + 4 < n && html[i + 4] == '>') // "<!-->"
                    t.stop = i + 5;
                else if (html.mid(i + 4, 2) == "->") // "<!--->"
                    t.stop = i + 6;
                else {
                    qsizetype a = upTo(i + 4, "-->");
                    const qsizetype b = upTo(i + 4, "--!>");
                    if (a < 0 || (b >= 0 && b < a))
                        a = b;
                    t.stop = a < 0 ? n : a;
                }
                return t;
            }
            if (foreign && html.mid(i, 9) == "<![CDATA[") {
                t.kind = Tag::Comment;
                const qsizetype a = upTo(i + 9, "]]>");
                t.stop = a < 0 ? n : a;
                return t;
            }
        }
        if (c == '!' || c == '?' || (c == '/' && i + 2 < n && !std::isalpha(uchar(html[i + 2])))) {
            t.kind = Tag::Comment; // bogus comment (or "</>", which is dropped), up to '>'
            const qsizetype a = upTo(i + 2, ">");
            t.stop = a < 0 ? n : a;
            return t;
        }
        const bool end = c == '/';
        qsizetype p = i + (end ? 2 : 1);
        if (p >= n || !std::isalpha(uchar(html[p])))
            return t; // a '<' that is text
        const qsizetype nameStart = p;
        while (p < n && !delimitsTagName(p))
            ++p;
        t.name = lower.mid(nameStart, p - nameStart);
        t.kind = end ? Tag::End : Tag::Start;
        for (;;) {
            if (p >= n) {
                t.kind = Tag::Eof; // the tokenizer drops a tag cut off by the end of the input
                return t;
            }
            const char d = html[p];
            if (isSpace(d)) {
                ++p;
            } else if (d == '/') {
                if (p + 1 < n && html[p + 1] == '>') {
                    t.selfClosing = true;
                    t.stop = p + 2;
                    return t;
                }
                ++p;
            } else if (d == '>') {
                t.stop = p + 1;
                return t;
            } else { // an attribute: name (its first character may be '='), then perhaps a value
                ++p;
                while (p < n && !isSpace(html[p]) && html[p] != '/' && html[p] != '>' && html[p] != '=')
                    ++p;
                while (p < n && isSpace(html[p]))
                    ++p;
                if (p < n && html[p] == '=') {
                    ++p;
                    while (p < n && isSpace(html[p]))
                        ++p;
                    if (p < n && (html[p] == '"' || html[p] == '\'')) {
                        const qsizetype q = html.indexOf(html[p], p + 1);
                        p = q < 0 ? n : q + 1;
                    } else {
                        while (p < n && !isSpace(html[p]) && html[p] != '>')
                            ++p;
                    }
                }
            }
        }
    }

    // Where the text of a raw-text or RCDATA element opened just before from ends (at its end
    // tag), or n.
    qsizetype rawTextEnd(qsizetype from, const QByteArray &name) const
    {
        if (name == "plaintext")
            return n;
        const QByteArray endTag = "</" + name;
        if (name != "script") {
            for (qsizetype p = lower.indexOf(endTag, from); p >= 0; p = lower.indexOf(endTag, p + 1))
                if (delimitsTagName(p + endTag.size()))
                    return p;
            return n;
        }
        // Script data and its escaped states: "<!--" escapes, "<script" inside an escaped
        // part escapes again, and then the first "</script>" does not end the script.
        enum { Data, Escaped, DoubleEscaped } state = Data;
        for (qsizetype p = from; p < n; ++p) {
            const char c = html[p];
            if (c == '>' && state != Data && p >= 2 && html[p - 1] == '-' && html[p - 2] == '-') {
                state = Data;
                continue;
            }
            if (c != '<')
                continue;
            if (lower.mid(p, 8) == "</script" && delimitsTagName(p + 8)) {
                if (state == DoubleEscaped)
                    state = Escaped;
                else
                    return p;
            } else if (state == Data && html.mid(p, 4) == "<!--") {
                state = Escaped;
                p += 3;
            } else if (state == Escaped && lower.mid(p, 7) == "<script" && delimitsTagName(p + 7)) {
                state = DoubleEscaped;
            }
        }
        return n;
    }
};

bool isRawText(QByteArrayView n)
{
    return isOneOf(
        n, {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea", "plaintext"});
}

QByteArray escapeLessThan(QByteArrayView text)
{
    QByteArray out = text.toByteArray();
    return out.replace('<', "&lt;");
}

struct Open
{
    QByteArray name;
    QByteArray tag; // formatting elements: the whole tag (the parser reopens such elements)
    bool emitted = true;
    bool foreign = false;
};

class Limiter
{
public:
    explicit Limiter(int maxDepth)
        : m_max(maxDepth)
    {
    }

    qsizetype depth() const { return qsizetype(m_stack.size()); }
    bool foreign() const { return !m_stack.empty() && m_stack.back().foreign; }

    // Text reopens the formatting elements that were closed around it (the parser's
    // "reconstruct the active formatting elements").
    void text() { reopenFormatting(); }

    // A start tag: pops what it implicitly closes; returns whether it is kept.
    bool start(const QByteArray &name, QByteArrayView tag, bool *pushed)
    {
        closeImplied(name);
        if (reopensFormatting(name))
            reopenFormatting();
        *pushed = false;
        const bool inForeign = foreign();
        if (isVoid(name))
            return true;
        Open o;
        o.name = name;
        o.foreign = name == "svg" || name == "math"
            || (inForeign && !breaksOutOfForeign(name) && !isIntegrationPoint(m_stack.back().name));
        if (o.foreign && m_selfClosing)
            return true; // "<path/>" closes itself in SVG; "<div/>" opens a div in HTML
        if (isFormatting(name))
            o.tag = tag.toByteArray();
        o.emitted = depth() + 1 <= m_max;
        ++m_open[name];
        m_stack.push_back(std::move(o));
        *pushed = true;
        return m_stack.back().emitted;
    }

    void setSelfClosing(bool s) { m_selfClosing = s; }

    // An end tag: pops where the parser certainly pops; returns whether it is kept.
    bool end(const QByteArray &name)
    {
        if (name == "body" || name == "html")
            return true; // the parser keeps them open
        if (!isHeading(name) && m_open.value(name) == 0) {
            // An end tag of a formatting element that is closed but still active removes it
            // from the parser's list: it will not be reopened.
            for (auto it = m_reopen.rbegin(); it != m_reopen.rend(); ++it) {
                if (it->name == name) {
                    m_reopen.erase(std::next(it).base());
                    break;
                }
            }
            return true; // stray: the parser ignores it (or makes an empty element)
        }
        constexpr qsizetype MaxWalk = 64; // bounded, so stray end tags cost O(1) each
        const qsizetype top = qsizetype(m_stack.size()) - 1;
        for (qsizetype k = top; k >= 0 && top - k < MaxWalk; --k) {
            const QByteArray &e = m_stack[size_t(k)].name;
            if (e == name || (isHeading(name) && isHeading(e))) {
                const bool emitted = m_stack[size_t(k)].emitted;
                popTo(k);
                return emitted;
            }
            if (isScopeBoundary(e) && !(isTablePart(name) || name == "table"))
                return true;
            if (e == "table" && name != "table")
                return true;
            if (!popsThroughInScope(name) && isSpecial(e))
                return true;
            if ((name == "li" && (e == "ol" || e == "ul")) || (name == "p" && e == "button"))
                return true;
        }
        return true;
    }

private:
    void popTo(qsizetype k)
    {
        while (qsizetype(m_stack.size()) > k) {
            Open &o = m_stack.back();
            --m_open[o.name];
            // Popped without its own end tag, a formatting element stays in the parser's list
            // of active formatting elements and is reopened at the next text or start tag.
            // The list keeps at most three alike (same tag and attributes): the oldest goes.
            if (qsizetype(m_stack.size()) - 1 > k && !o.tag.isEmpty()) {
                int alike = 0;
                for (const Open &r : m_reopen)
                    alike += r.tag == o.tag;
                if (alike >= 3) {
                    for (auto it = m_reopen.begin(); it != m_reopen.end(); ++it) {
                        if (it->tag == o.tag) {
                            m_reopen.erase(it);
                            break;
                        }
                    }
                }
                Open closed = o;
                closed.emitted = true; // its end tag, if it comes, ends what the parser reopened
                m_reopen.push_back(std::move(closed));
            }
            m_stack.pop_back();
        }
    }

    void reopenFormatting()
    {
        for (Open &o : m_reopen) {
            ++m_open[o.name];
            m_stack.push_back(std::move(o));
        }
        m_reopen.clear();
    }

    QByteArrayView topName() const { return m_stack.empty() ? QByteArrayView() : QByteArrayView(m_stack.back().name); }

    void popTop()
    {
        --m_open[m_stack.back().name];
        m_stack.pop_back();
    }

    // Only pops of the current element, which the parser certainly makes too.
    void closeImplied(const QByteArray &name)
    {
        if (closesP(name) && topName() == "p")
            popTop();
        if (isHeading(name) && isHeading(topName()))
            popTop();
        // An item closes the open item of its kind, through elements that are not special
        // (and through address, div and p).
        if (name == "li" || name == "dd" || name == "dt") {
            constexpr qsizetype MaxWalk = 64;
            const qsizetype top = qsizetype(m_stack.size()) - 1;
            for (qsizetype k = top; k >= 0 && top - k < MaxWalk; --k) {
                const QByteArray &e = m_stack[size_t(k)].name;
                if (name == "li" ? e == "li" : (e == "dd" || e == "dt")) {
                    popTo(k);
                    break;
                }
                if (isSpecial(e) && e != "address" && e != "div" && e != "p")
                    break;
            }
        }
        if ((name == "option" || name == "optgroup") && topName() == "option")
            popTop();
        if ((name == "td" || name == "th" || name == "tr") && (topName() == "td" || topName() == "th"))
            popTop();
        if (name == "tr" && topName() == "tr")
            popTop();
    }

    int m_max;
    std::vector<Open> m_stack;
    QHash<QByteArray, int> m_open; // name -> how many are on the stack
    std::vector<Open> m_reopen;    // closed formatting elements the parser will reopen
    bool m_selfClosing = false;
};

} // namespace

QByteArray limitHtmlNesting(const QByteArray &html, int maxDepth, bool *changed)
{
    const Scanner scanner(html);
    Limiter limiter(maxDepth);
    QByteArray out;
    out.reserve(html.size());
    *changed = false;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0) {
            out.append(html.mid(i));
            break;
        }
        if (lt > i)
            limiter.text();
        out.append(html.mid(i, lt - i));
        i = lt;
        const Tag t = scanner.scan(i, limiter.foreign());
        switch (t.kind) {
        case Tag::Text:
            // Escaped, so that dropping a tag right after it cannot make a new tag of it.
            out.append("&lt;");
            ++i;
            continue;
        case Tag::Eof:
            out.append(html.mid(i));
            i = n;
            continue;
        case Tag::Comment:
            out.append(html.mid(i, t.stop - i));
            i = t.stop;
            continue;
        case Tag::End: {
            const bool keep = limiter.end(t.name);
            if (keep)
                out.append(html.mid(i, t.stop - i));
            else
                *changed = true;
            i = t.stop;
            continue;
        }
        case Tag::Start: break;
        }
        const QByteArrayView tag(html.constData() + i, t.stop - i);
        limiter.setSelfClosing(t.selfClosing);
        bool pushed = false;
        const bool keep = limiter.start(t.name, tag, &pushed);
        if (keep)
            out.append(tag);
        else
            *changed = true;
        i = t.stop;
        if (pushed && !limiter.foreign() && isRawText(t.name)) {
            const qsizetype stop = scanner.rawTextEnd(i, t.name);
            // The text of a dropped raw-text element is escaped: without its start tag the
            // parser would read it as markup.
            const QByteArrayView text(html.constData() + i, stop - i);
            if (keep)
                out.append(text);
            else
                out.append(escapeLessThan(text));
            i = stop;
        }
    }
    return out;
}

} // namespace fc
