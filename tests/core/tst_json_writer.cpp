// JsonWriter (core/report/JsonWriter.h) writes what QJsonDocument::toJson writes for the same
// values, Indented and Compact: string escaping (quotes, backslashes, control characters,
// non-ASCII, pairs and lone surrogates), integers and doubles, empty and nested containers, and
// the same bytes when handed to a sink in pieces. Every row compares with Qt's own output, so a
// difference from Qt (in this Qt version or a later one) fails here before it reaches a report.
#include "report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <limits>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

QByteArray qtJson(const QJsonValue &v, QJsonDocument::JsonFormat format)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(format) : QJsonDocument(v.toArray()).toJson(format);
}

JsonWriter::Style styleOf(QJsonDocument::JsonFormat format)
{
    return format == QJsonDocument::Indented ? JsonWriter::Style::Indented : JsonWriter::Style::Compact;
}

// A tree of strings, booleans, nulls and integers written through the typed calls (not
// jsonValue), keys in the object's order.
void writeTyped(JsonWriter &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: w.null(); break;
    case QJsonValue::Bool: w.value(v.toBool()); break;
    case QJsonValue::Double: w.value(v.toInteger()); break;
    case QJsonValue::String: w.value(v.toString()); break;
    case QJsonValue::Array: {
        w.beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &e : array)
            writeTyped(w, e);
        w.endArray();
        break;
    }
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QByteArray key = it.key().toLatin1();
            w.key(QLatin1StringView(key));
            writeTyped(w, it.value());
        }
        w.endObject();
        break;
    }
    case QJsonValue::Undefined: QFAIL("undefined value in a test tree"); break;
    }
}

constexpr std::array formats{QJsonDocument::Indented, QJsonDocument::Compact};

QString units(std::initializer_list<char16_t> list)
{
    QString s;
    for (const char16_t u : list)
        s.append(QChar(u));
    return s;
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data()
    {
        QTest::addColumn<QString>("text");

        QString controls;
        for (char16_t u = 0; u < 0x20; ++u)
            controls.append(QChar(u));
        // A pair across the writer's 8,192-unit pieces, and a lone high surrogate ending a piece.
        QString pairOnPieceEdge = QString(8191, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80") + u"b"_s;
        QString loneOnPieceEdge = QString(8191, u'a') + units({0xd83d}) + u"b"_s;

        QTest::newRow("empty") << QString();
        QTest::newRow("plain ASCII") << u"Jakarta, 4 Juni 2024"_s;
        QTest::newRow("quotes") << u"Menteri \"Budi\" berkata \"\""_s;
        QTest::newRow("backslashes") << u"C:\\path\\ and \\\\ and \\\""_s;
        QTest::newRow("slash and DEL (not escaped)") << (u"a/b </script> "_s + QChar(0x7f));
        QTest::newRow("every control character") << controls;
        QTest::newRow("named escapes") << u"\b\f\n\r\t"_s;
        QTest::newRow("NUL inside") << units({u'a', 0, u'b'});
        QTest::newRow("Latin-1 and two-byte UTF-8") << u"caf\u00e9 \u00a0 \u00ff \u0100 \u07ff"_s;
        QTest::newRow("three-byte UTF-8") << u"\u0800 \u2013 \u2028 \u2029 \u20ac \ufeff \ufffd"_s;
        QTest::newRow("non-characters") << units({0xfdd0, 0xfdef, 0xfffe, 0xffff});
        QTest::newRow("non-BMP pairs") << QString::fromUtf8("\xF0\x9F\x98\x80 \xF0\x90\x80\x80 \xF4\x8F\xBF\xBF");
        QTest::newRow("lone high surrogate at the end") << units({u'x', 0xd83d});
        QTest::newRow("lone high surrogate before a letter") << units({0xd83d, u'x'});
        QTest::newRow("lone low surrogate") << units({u'x', 0xde00, u'y'});
        QTest::newRow("low then high") << units({0xde00, 0xd83d});
        QTest::newRow("two highs then a low") << units({0xd83d, 0xd83d, 0xde00});
        QTest::newRow("only a lone surrogate") << units({0xdfff});
        QTest::newRow("pair on a piece edge") << pairOnPieceEdge;
        QTest::newRow("lone surrogate on a piece edge") << loneOnPieceEdge;
        QTest::newRow("long run of escapes") << QString(20000, QChar(0x01));
        QTest::newRow("long mixed") << QString(3000, u'"') + QString(3000, QChar(0xe9)) + QString(3000, QChar(0x20ac))
                + QString::fromUtf8("\xF0\x9F\x98\x80").repeated(3000);
    }

    void strings()
    {
        QFETCH(QString, text);
        for (const auto format : formats) {
            {
                JsonWriter w(styleOf(format));
                w.beginArray();
                w.value(text);
                w.endArray();
                QCOMPARE(w.bytes(), qtJson(QJsonArray{text}, format));
            }
            {
                JsonWriter w(styleOf(format));
                w.beginObject();
                w.key("text"_L1);
                w.value(QStringView(text));
                w.endObject();
                QCOMPARE(w.bytes(), qtJson(QJsonObject{{u"text"_s, text}}, format));
            }
            // The same characters given as Latin-1, when they are Latin-1.
            if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; })) {
                const QByteArray latin1 = text.toLatin1();
                JsonWriter w(styleOf(format));
                w.beginArray();
                w.value(QLatin1StringView(latin1));
                w.endArray();
                QCOMPARE(w.bytes(), qtJson(QJsonArray{text}, format));
            }
        }
    }

    void doubles_data()
    {
        QTest::addColumn<double>("number");

        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative zero") << -0.0;
        QTest::newRow("one") << 1.0;
        QTest::newRow("minus one") << -1.0;
        QTest::newRow("5") << 5.0;
        QTest::newRow("99") << 99.0;
        QTest::newRow("100") << 100.0;
        QTest::newRow("999") << 999.0;
        QTest::newRow("-999") << -999.0;
        QTest::newRow("1000") << 1000.0;
        QTest::newRow("2500") << 2500.0;
        QTest::newRow("10000") << 10000.0;
        QTest::newRow("13500") << 13500.0;
        QTest::newRow("100000") << 100000.0;
        QTest::newRow("1e6") << 1e6;
        QTest::newRow("1234567") << 1234567.0;
        QTest::newRow("-2.5e9") << -2.5e9;
        QTest::newRow("1e12 (a trillion rupiah)") << 1e12;
        QTest::newRow("1e15") << 1e15;
        QTest::newRow("2^53") << 9007199254740992.0;
        QTest::newRow("2^53 + 2") << 9007199254740994.0;
        QTest::newRow("1e21") << 1e21;
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("one third") << 1.0 / 3.0;
        QTest::newRow("-2.75") << -2.75;
        QTest::newRow("123.456") << 123.456;
        QTest::newRow("999.5") << 999.5;
        QTest::newRow("0.0001") << 0.0001;
        QTest::newRow("0.00001") << 0.00001;
        QTest::newRow("1e-7") << 1e-7;
        QTest::newRow("score 0.8333") << 5.0 / 6.0;
        QTest::newRow("largest double") << std::numeric_limits<double>::max();
        QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
        QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity();
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    }

    void doubles()
    {
        QFETCH(double, number);
        for (const auto format : formats) {
            JsonWriter w(styleOf(format));
            w.beginObject();
            w.key("value"_L1);
            w.value(number);
            w.endObject();
            QCOMPARE(w.bytes(), qtJson(QJsonObject{{u"value"_s, number}}, format));
        }
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("number");

        QTest::newRow("0") << qint64(0);
        QTest::newRow("-1") << qint64(-1);
        QTest::newRow("42") << qint64(42);
        QTest::newRow("1000") << qint64(1000);
        QTest::newRow("1000000") << qint64(1000000);
        QTest::newRow("int max") << qint64(std::numeric_limits<int>::max());
        QTest::newRow("int min") << qint64(std::numeric_limits<int>::min());
        QTest::newRow("1e15") << qint64(1000000000000000);
        QTest::newRow("2^53") << (qint64(1) << 53);
        QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max();
        QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min();
    }

    void integers()
    {
        QFETCH(qint64, number);
        for (const auto format : formats) {
            JsonWriter w(styleOf(format));
            w.beginArray();
            w.value(number);
            if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
                w.value(int(number));
            w.endArray();
            QJsonArray expected{number};
            if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
                expected.append(int(number));
            QCOMPARE(w.bytes(), qtJson(expected, format));
        }
    }

    void structures_data()
    {
        QTest::addColumn<QByteArray>("json"); // parsed by Qt into the tree to write

        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray("[]");
        QTest::newRow("empty containers inside") << QByteArray("{\"a\": [], \"b\": {}, \"c\": [[], {}]}");
        QTest::newRow("empty object in an array") << QByteArray("[{}]");
        QTest::newRow("scalars") << QByteArray("[true, false, null, 0, -7, \"x\", \"\"]");
        QTest::newRow("keys in order") << QByteArray(
            "{\"end\": 4, \"entity\": null, \"start\": 0, \"text\": \"Budi\"}");
        QTest::newRow("prefix keys") << QByteArray("{\"summary\": \"s\", \"summary_id\": \"t\", \"a_b\": 1, \"a\": 2}");
        QTest::newRow("deep nesting") << QByteArray("{\"d\": [{\"m\": [{\"e\": 1, \"s\": [1, [2, [3, {}]]]}], \"t\": "
                                                    "\"\\u00e9\\n\"}], \"z\": {\"y\": {\"x\": []}}}");
        QTest::newRow("array of arrays") << QByteArray("[[1, 2], [3], [], [[[]]]]");
    }

    void structures()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue tree = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        for (const auto format : formats) {
            JsonWriter typed(styleOf(format));
            writeTyped(typed, tree);
            QCOMPARE(typed.bytes(), qtJson(tree, format));
            JsonWriter any(styleOf(format));
            any.jsonValue(tree);
            QCOMPARE(any.bytes(), qtJson(tree, format));
        }
    }

    // jsonValue: values read from input (tag's "id"), numbers as Qt keeps them after parsing.
    void jsonValues_data()
    {
        QTest::addColumn<QByteArray>("json");

        QTest::newRow("string") << QByteArray("[\"a\\\"b\\\\c\\u0001\\ud83d\\ude00\\ud800\"]");
        QTest::newRow("integers") << QByteArray("[0, -1, 42, 9007199254740993, 123456789012345678]");
        QTest::newRow("doubles") << QByteArray("[1.5, 1e3, 1.0, -0.0, 1e300, 0.1, 2.5e-8, 1E6]");
        QTest::newRow("huge integer") << QByteArray("[10000000000000000000000]");
        QTest::newRow("object with any keys")
            << QByteArray("{\"\\u00e9\": 1, \"a\\\"b\": [true], \"\": null, \"Z\": {}}");
    }

    void jsonValues()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue tree = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        for (const auto format : formats) {
            JsonWriter w(styleOf(format));
            w.jsonValue(tree);
            QCOMPARE(w.bytes(), qtJson(tree, format));
        }
    }

    // Handed to a sink in pieces: the pieces make the same bytes, none much over the threshold
    // but a long string's last piece, and a refusing sink stops the writer.
    void streamed_data()
    {
        QTest::addColumn<qsizetype>("threshold");
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("100 bytes") << qsizetype(100);
        QTest::newRow("4 KB") << qsizetype(4096);
        QTest::newRow("1 MB (one piece)") << qsizetype(1 << 20);
    }

    void streamed()
    {
        QFETCH(qsizetype, threshold);
        const QString longText =
            QString(8191, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80") + QString(20000, QChar(0x2013)) + u"\"\n"_s;
        auto write = [&](JsonWriter &w) {
            w.beginObject();
            w.key("items"_L1);
            w.beginArray();
            for (int i = 0; i < 200; ++i) {
                w.beginObject();
                w.key("n"_L1);
                w.value(i);
                w.key("x"_L1);
                w.value(i / 8.0);
                w.endObject();
            }
            w.endArray();
            w.key("text"_L1);
            w.value(longText);
            w.endObject();
        };
        JsonWriter whole;
        write(whole);

        QByteArray joined;
        int pieces = 0;
        const JsonWriter::Sink sink = [&](QByteArrayView bytes) {
            joined.append(bytes);
            ++pieces;
            return true;
        };
        JsonWriter w;
        w.setSink(&sink, threshold);
        write(w);
        QVERIFY(w.flush());
        QCOMPARE(joined, whole.bytes());
        QCOMPARE(joined.size() > threshold, pieces > 1);

        int calls = 0;
        const JsonWriter::Sink refusing = [&](QByteArrayView) { return ++calls < 2; };
        JsonWriter stopped;
        stopped.setSink(&refusing, threshold);
        write(stopped);
        QCOMPARE(stopped.flush(), threshold >= whole.bytes().size());
        QVERIFY(calls <= 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
