#include "MarkdownEntities.h"

#include <QString>

#include <algorithm>
#include <array>
#include <string_view>

namespace fc {

namespace {

struct NamedEntity
{
    std::string_view name;
    char32_t codePoint;
};

// Sorted by name for a binary search.
constexpr std::array namedEntities{
    NamedEntity{"AElig", 0xC6},    NamedEntity{"Aacute", 0xC1},  NamedEntity{"Agrave", 0xC0},
    NamedEntity{"Auml", 0xC4},     NamedEntity{"Ccedil", 0xC7},  NamedEntity{"Eacute", 0xC9},
    NamedEntity{"Egrave", 0xC8},   NamedEntity{"Ouml", 0xD6},    NamedEntity{"Uuml", 0xDC},
    NamedEntity{"aacute", 0xE1},   NamedEntity{"acirc", 0xE2},   NamedEntity{"aelig", 0xE6},
    NamedEntity{"agrave", 0xE0},   NamedEntity{"amp", 0x26},     NamedEntity{"apos", 0x27},
    NamedEntity{"auml", 0xE4},     NamedEntity{"bdquo", 0x201E}, NamedEntity{"bull", 0x2022},
    NamedEntity{"ccedil", 0xE7},   NamedEntity{"cent", 0xA2},    NamedEntity{"copy", 0xA9},
    NamedEntity{"deg", 0xB0},      NamedEntity{"divide", 0xF7},  NamedEntity{"eacute", 0xE9},
    NamedEntity{"ecirc", 0xEA},    NamedEntity{"egrave", 0xE8},  NamedEntity{"euml", 0xEB},
    NamedEntity{"euro", 0x20AC},   NamedEntity{"frac12", 0xBD},  NamedEntity{"frac14", 0xBC},
    NamedEntity{"frac34", 0xBE},   NamedEntity{"gt", 0x3E},      NamedEntity{"hellip", 0x2026},
    NamedEntity{"iacute", 0xED},   NamedEntity{"icirc", 0xEE},   NamedEntity{"iuml", 0xEF},
    NamedEntity{"laquo", 0xAB},    NamedEntity{"ldquo", 0x201C}, NamedEntity{"lsquo", 0x2018},
    NamedEntity{"lt", 0x3C},       NamedEntity{"mdash", 0x2014}, NamedEntity{"middot", 0xB7},
    NamedEntity{"nbsp", 0xA0},     NamedEntity{"ndash", 0x2013}, NamedEntity{"ntilde", 0xF1},
    NamedEntity{"oacute", 0xF3},   NamedEntity{"ocirc", 0xF4},   NamedEntity{"ouml", 0xF6},
    NamedEntity{"para", 0xB6},     NamedEntity{"plusmn", 0xB1},  NamedEntity{"pound", 0xA3},
    NamedEntity{"quot", 0x22},     NamedEntity{"raquo", 0xBB},   NamedEntity{"rdquo", 0x201D},
    NamedEntity{"reg", 0xAE},      NamedEntity{"rsquo", 0x2019}, NamedEntity{"sbquo", 0x201A},
    NamedEntity{"sect", 0xA7},     NamedEntity{"shy", 0xAD},     NamedEntity{"szlig", 0xDF},
    NamedEntity{"thinsp", 0x2009}, NamedEntity{"times", 0xD7},   NamedEntity{"trade", 0x2122},
    NamedEntity{"uacute", 0xFA},   NamedEntity{"ucirc", 0xFB},   NamedEntity{"uuml", 0xFC},
    NamedEntity{"yen", 0xA5},
};

static_assert(std::ranges::is_sorted(namedEntities, {}, &NamedEntity::name));

QByteArray utf8Of(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1).toUtf8();
}

} // namespace

QByteArray decodeMarkdownEntity(QByteArrayView entity)
{
    const QByteArray written = entity.toByteArray();
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
        return written;
    const QByteArrayView body = entity.sliced(1, entity.size() - 2);
    if (body.front() == '#') {
        const bool hex = body.size() > 1 && (body.at(1) == 'x' || body.at(1) == 'X');
        bool ok = false;
        const uint value = body.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        // CommonMark: zero becomes the replacement character; surrogates and values beyond
        // Unicode are not characters.
        if (ok && value == 0)
            return utf8Of(0xFFFD);
        if (!ok || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return written;
        return utf8Of(static_cast<char32_t>(value));
    }
    const std::string_view name(body.data(), static_cast<size_t>(body.size()));
    const auto it = std::ranges::lower_bound(namedEntities, name, {}, &NamedEntity::name);
    if (it == namedEntities.end() || it->name != name)
        return written;
    return utf8Of(it->codePoint);
}

} // namespace fc
