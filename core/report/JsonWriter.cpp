#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QtNumeric>

#include <charconv>
#include <cmath>

namespace fc {

namespace {

// A long string is escaped in pieces of this many UTF-16 units, so that the buffer grows by at
// most six bytes a unit of one piece and a streamed report can be handed on between pieces.
constexpr qsizetype StringPiece = 8192;

constexpr char hexDigit(unsigned u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// `\uXXXX` as Qt writes it for a control character or a lone surrogate.
char *unicodeEscape(char *p, char16_t u)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigit((u >> 12) & 0xf);
    *p++ = hexDigit((u >> 8) & 0xf);
    *p++ = hexDigit((u >> 4) & 0xf);
    *p++ = hexDigit(u & 0xf);
    return p;
}

// One ASCII character, escaped if JSON (and Qt) escape it.
inline char *ascii(char *p, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\') {
        *p++ = char(u);
        return p;
    }
    switch (u) {
    case u'"':
        *p++ = '\\';
        *p++ = '"';
        break;
    case u'\\':
        *p++ = '\\';
        *p++ = '\\';
        break;
    case u'\b':
        *p++ = '\\';
        *p++ = 'b';
        break;
    case u'\f':
        *p++ = '\\';
        *p++ = 'f';
        break;
    case u'\n':
        *p++ = '\\';
        *p++ = 'n';
        break;
    case u'\r':
        *p++ = '\\';
        *p++ = 'r';
        break;
    case u'\t':
        *p++ = '\\';
        *p++ = 't';
        break;
    default: p = unicodeEscape(p, u); break;
    }
    return p;
}

} // namespace

JsonWriter::JsonWriter(Style style)
    : m_style(style)
{
}

void JsonWriter::setSink(const Sink *sink, qsizetype threshold)
{
    m_sink = sink;
    m_threshold = threshold;
}

bool JsonWriter::flush()
{
    if (m_ok && m_sink && !m_out.isEmpty())
        m_ok = (*m_sink)(m_out);
    m_out.resize(0); // keeps the capacity: the buffer is refilled from its start
    return m_ok;
}

QByteArray JsonWriter::takeBytes()
{
    return std::exchange(m_out, QByteArray());
}

void JsonWriter::indent(qsizetype level)
{
    if (level > 0)
        m_out.resize(m_out.size() + 4 * level, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    Q_ASSERT(!level.object); // an object's value comes after its key
    separate(level);
}

// The comma and line break before an array's value or an object's key, unless it is the first.
void JsonWriter::separate(Level &level)
{
    if (m_style == Style::Indented) {
        if (!level.empty)
            m_out.append(",\n", 2);
        indent(m_levels.size());
    } else if (!level.empty) {
        m_out.append(',');
    }
    level.empty = false;
}

// What follows a key's closing quote.
void JsonWriter::endKey()
{
    if (m_style == Style::Indented)
        m_out.append("\": ", 3);
    else
        m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object && !m_afterKey);
    Level &level = m_levels.last();
#ifndef QT_NO_DEBUG
    // QJsonObject writes its keys sorted; so must the caller.
    const QByteArray k(name.data(), name.size());
    Q_ASSERT_X(level.empty || level.lastKey < k, "JsonWriter::key", "keys out of QJsonObject's order");
    level.lastKey = k;
    for (const char c : name)
        Q_ASSERT_X(uchar(c) >= 0x20 && uchar(c) < 0x80 && c != '"' && c != '\\', "JsonWriter::key", "key to escape");
#endif
    separate(level);
    m_out.append('"');
    m_out.append(name.data(), name.size());
    endKey();
}

void JsonWriter::open(bool object)
{
    beforeValue();
    m_out.append(object ? '{' : '[');
    if (m_style == Style::Indented)
        m_out.append('\n');
    Level level;
    level.object = object;
    m_levels.append(level);
}

void JsonWriter::close(bool object)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object == object && !m_afterKey);
    const bool empty = m_levels.last().empty;
    m_levels.removeLast();
    if (m_style == Style::Indented) {
        if (!empty)
            m_out.append('\n');
        indent(m_levels.size());
    }
    m_out.append(object ? '}' : ']');
    if (m_levels.isEmpty() && m_style == Style::Indented)
        m_out.append('\n'); // QJsonDocument::toJson ends the document with a newline
    afterValue();
}

void JsonWriter::beginObject()
{
    open(true);
}

void JsonWriter::endObject()
{
    close(true);
}

void JsonWriter::beginArray()
{
    open(false);
}

void JsonWriter::endArray()
{
    close(false);
}

void JsonWriter::escaped(QStringView text)
{
    // QChar pointers, not utf16(): the core's texts are slices without a terminating NUL (lint).
    const QChar *src = text.begin();
    const QChar *const end = text.end();
    while (src != end) {
        const QChar *const pieceEnd = src + std::min<qsizetype>(end - src, StringPiece);
        // At most six bytes a unit (\u00XX, a lone surrogate as \uXXXX); a pair is four for two.
        const qsizetype start = m_out.size();
        m_out.resize(start + 6 * (pieceEnd - src));
        char *const base = m_out.data();
        char *p = base + start;
        while (src < pieceEnd) {
            const char16_t u = (src++)->unicode();
            if (u < 0x80) {
                p = ascii(p, u);
            } else if (u < 0x800) {
                *p++ = char(0xc0 | (u >> 6));
                *p++ = char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                *p++ = char(0xe0 | (u >> 12));
                *p++ = char(0x80 | ((u >> 6) & 0x3f));
                *p++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && src != end && src->isLowSurrogate()) {
                const char32_t c = QChar::surrogateToUcs4(u, (src++)->unicode());
                *p++ = char(0xf0 | (c >> 18));
                *p++ = char(0x80 | ((c >> 12) & 0x3f));
                *p++ = char(0x80 | ((c >> 6) & 0x3f));
                *p++ = char(0x80 | (c & 0x3f));
            } else {
                p = unicodeEscape(p, u); // a lone surrogate: Qt cannot write it as UTF-8
            }
        }
        m_out.resize(p - base);
        if (src != end && m_sink && m_out.size() >= m_threshold)
            flush();
    }
}

void JsonWriter::escaped(QLatin1StringView text)
{
    const qsizetype start = m_out.size();
    m_out.resize(start + 6 * text.size());
    char *const base = m_out.data();
    char *p = base + start;
    for (const char c : text) {
        const uchar u = uchar(c);
        if (u < 0x80) {
            p = ascii(p, u);
        } else {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    m_out.resize(p - base);
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_out.append('"');
    escaped(text);
    m_out.append('"');
    afterValue();
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    m_out.append('"');
    escaped(text);
    m_out.append('"');
    afterValue();
}

void JsonWriter::integer(qint64 n)
{
    beforeValue();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    m_out.append(digits, result.ptr - digits);
    afterValue();
}

void JsonWriter::value(double number)
{
    if (!qIsFinite(number)) {
        null(); // Qt writes infinities and NaN as null (RFC 4627, section 2.4)
        return;
    }
    // QJsonValue keeps a double that is a whole number in qint64's range as an integer, and Qt
    // writes that as its digits (30000000, not 3e+07); any other double in the shortest form.
    if (number >= -0x1p63 && number < 0x1p63 && number == std::trunc(number)) {
        integer(qint64(number));
        return;
    }
    beforeValue();
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    afterValue();
}

void JsonWriter::value(bool b)
{
    beforeValue();
    if (b)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    afterValue();
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
    afterValue();
}

void JsonWriter::stringArray(const QList<QString> &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    endArray();
}

void JsonWriter::jsonValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: value(v.toBool()); break;
    case QJsonValue::String: value(v.toString()); break;
    case QJsonValue::Double: {
        // Qt keeps a number read as an integer apart from a double and writes them differently;
        // a value of one element in a compact array is the number exactly as Qt writes it.
        const QByteArray b = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        beforeValue();
        m_out.append(QByteArrayView(b).sliced(1, b.size() - 2));
        afterValue();
        break;
    }
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &e : array)
            jsonValue(e);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Keys of any text, in the object's own order (the order Qt writes).
            Level &level = m_levels.last(); // again each time: the value below may grow the list
            separate(level);
            m_out.append('"');
            escaped(QStringView(it.key()));
            endKey();
            jsonValue(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); break;
    }
}

} // namespace fc
