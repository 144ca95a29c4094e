#include "MarkdownEntities.h"

#include <QList>
#include <QString>

#include <gumbo.h>

namespace fc {

namespace {

QByteArray utf8Of(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1).toUtf8();
}

// The text gumbo makes of the reference as a page's body: it knows every name of the HTML
// standard, so the project keeps no table of its own. A letter goes first because a page drops
// whitespace before its first text, and "&Tab;" or "&NewLine;" would be lost.
QByteArray parsedText(QByteArrayView entity)
{
    const QByteArray page = "x" + entity.toByteArray();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput *parsed = gumbo_parse_with_options(&options, page.constData(), size_t(page.size()));
    QByteArray text;
    const GumboVector &top = parsed->root->v.element.children;
    for (unsigned int i = 0; i < top.length; ++i) {
        const auto *body = static_cast<const GumboNode *>(top.data[i]);
        if (body->type != GUMBO_NODE_ELEMENT || body->v.element.tag != GUMBO_TAG_BODY)
            continue;
        const GumboVector &children = body->v.element.children;
        for (unsigned int j = 0; j < children.length; ++j) {
            const auto *child = static_cast<const GumboNode *>(children.data[j]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                text += child->v.text.text;
        }
    }
    gumbo_destroy_output(&options, parsed);
    return text.startsWith('x') ? text.mid(1) : QByteArray();
}

} // namespace

QByteArray decodeMarkdownEntity(QByteArrayView entity)
{
    const QByteArray written = entity.toByteArray();
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
        return written;
    const QByteArrayView body = entity.sliced(1, entity.size() - 2);
    if (body.front() == '#') {
        // CommonMark's rules, which differ from HTML's for zero, surrogates and values beyond
        // Unicode: zero becomes the replacement character, the others are not characters.
        const bool hex = body.size() > 1 && (body.at(1) == 'x' || body.at(1) == 'X');
        bool ok = false;
        const uint value = body.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (ok && value == 0)
            return utf8Of(0xFFFD);
        if (!ok || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return written;
        return utf8Of(static_cast<char32_t>(value));
    }
    // A named reference stands for one or two code points. HTML also reads a legacy name
    // without its semicolon at the start of a longer one ("&notit;" as "¬it;"), which CommonMark
    // does not: such a partial reading leaves at least two more characters, and is not used.
    const QByteArray text = parsedText(entity);
    const qsizetype codePoints = QString::fromUtf8(text).toUcs4().size();
    if (text.isEmpty() || text == written || codePoints > 2)
        return written;
    return text;
}

} // namespace fc
