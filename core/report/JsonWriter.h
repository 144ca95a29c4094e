#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>

#include <concepts>
#include <functional>

class QJsonValue;

namespace fc {

// Writes JSON straight into a UTF-8 buffer, byte for byte what QJsonDocument::toJson writes for
// the same values (issue 18: the report without a QJsonObject per mention):
// - Indented: four spaces per level, `"key": value`, ",\n" between members and elements, an
//   empty object or array as "{\n" and its closing brace on the next line at its own level,
//   and a newline after the outermost value; Compact: no space or newline at all.
// - Strings as Qt escapes them: \" \\ \b \f \n \r \t, other characters below U+0020 as \u00XX,
//   every other character as UTF-8 (also '/', U+007F and non-characters), a lone surrogate as
//   \uXXXX (lower-case hex digits).
// - Integers as their digits, and so doubles that are whole numbers in qint64's range (QJsonValue
//   keeps them as integers); other doubles as QByteArray::number(d, 'g',
//   QLocale::FloatingPointShortest) (Qt's own call), infinities and NaN as null.
// QJsonObject sorts its keys: the caller gives an object's keys in ascending order (checked in
// debug builds), which is the order Qt writes them in.
class JsonWriter
{
public:
    enum class Style { Indented, Compact };

    explicit JsonWriter(Style style = Style::Indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // An object's next key: plain ASCII without quotes, backslashes or control characters.
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(double number);
    void value(bool b);
    template<std::integral T>
        requires(!std::same_as<T, bool>)
    void value(T number)
    {
        integer(qint64(number));
    }
    void value(const char *) = delete; // would be a bool
    void null();
    // Any QJsonValue as Qt writes it (objects and arrays included): for values read from input.
    void jsonValue(const QJsonValue &v);
    // A list of strings as an array.
    void stringArray(const QList<QString> &list);

    // The bytes written so far (since the last takeBytes or flush).
    const QByteArray &bytes() const { return m_out; }
    qsizetype size() const { return m_out.size(); }
    QByteArray takeBytes();

    // Streaming: once the buffer holds at least threshold bytes, at the end of a value or between
    // pieces of a long string, it is handed to sink and emptied. A sink that returns false stops
    // further output (ok() turns false).
    using Sink = std::function<bool(QByteArrayView bytes)>;
    void setSink(const Sink *sink, qsizetype threshold);
    bool flush();
    bool ok() const { return m_ok; }

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
#ifndef QT_NO_DEBUG
        QByteArray lastKey;
#endif
    };

    void integer(qint64 n);
    void beforeValue();
    void separate(Level &level);
    void endKey();
    void afterValue()
    {
        if (m_sink && m_out.size() >= m_threshold)
            flush();
    }
    void open(bool object);
    void close(bool object);
    void indent(qsizetype level);
    void escaped(QStringView text);
    void escaped(QLatin1StringView text);

    QByteArray m_out;
    QList<Level> m_levels;
    Style m_style;
    bool m_afterKey = false;
    bool m_ok = true;
    const Sink *m_sink = nullptr;
    qsizetype m_threshold = 0;
};

} // namespace fc
