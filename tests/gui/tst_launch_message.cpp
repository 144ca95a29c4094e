// What a second workbench launch sends the running one: inputs resolved against the sender's
// folder, encoded and decoded again; damaged or foreign messages decode to nothing.
#include "models/LaunchMessage.h"

#include <QTest>

using namespace fc::ui;
using namespace Qt::StringLiterals;

class TestLaunchMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("resolved");
        QTest::newRow("relative path") << QStringList{u"berita/a.txt"_s} << QStringList{u"/home/ed/berita/a.txt"_s};
        QTest::newRow("dot segments") << QStringList{u"./x/../b.md"_s} << QStringList{u"/home/ed/b.md"_s};
        QTest::newRow("absolute path") << QStringList{u"/srv/c.html"_s} << QStringList{u"/srv/c.html"_s};
        QTest::newRow("file URL (desktop %U)") << QStringList{u"file:///home/ed/Tinjauan%20Banjir.fcproj"_s}
                                               << QStringList{u"/home/ed/Tinjauan Banjir.fcproj"_s};
        QTest::newRow("web URL kept") << QStringList{u"https://example.org/berita?id=3"_s}
                                      << QStringList{u"https://example.org/berita?id=3"_s};
        QTest::newRow("order kept, empty dropped") << QStringList{u"b.txt"_s, u""_s, u"a.fcproj"_s}
                                                   << QStringList{u"/home/ed/b.txt"_s, u"/home/ed/a.fcproj"_s};
        QTest::newRow("nothing") << QStringList{} << QStringList{};
    }

    void resolve()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, resolved);
        QCOMPARE(resolveLaunchInputs(inputs, u"/home/ed"_s), resolved);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("project and articles")
            << QStringList{u"/home/ed/tinjauan.fcproj"_s, u"/home/ed/a.txt"_s, u"https://a.example/b"_s};
        QTest::newRow("quotes, tabs, newlines, non-ASCII")
            << QStringList{u"/tmp/\"kutip\"\tdan\nbaris.txt"_s, u"/tmp/berita \u2014 \u00e9.md"_s};
    }

    void roundTrip()
    {
        QFETCH(QStringList, inputs);
        const std::optional<QStringList> decoded = decodeLaunchMessage(encodeLaunchMessage(inputs));
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, inputs);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("/home/ed/a.txt");
        QTest::newRow("array") << QByteArray("[\"/a\"]");
        QTest::newRow("no version") << QByteArray(R"({"inputs":["/a"]})");
        QTest::newRow("future version") << QByteArray(R"({"version":2,"inputs":["/a"]})");
        QTest::newRow("inputs not an array") << QByteArray(R"({"version":1,"inputs":"/a"})");
        QTest::newRow("input not a string") << QByteArray(R"({"version":1,"inputs":["/a",3]})");
        QTest::newRow("truncated") << encodeLaunchMessage({u"/home/ed/a.txt"_s}).chopped(3);
    }

    void rejects()
    {
        QFETCH(QByteArray, message);
        QVERIFY(!decodeLaunchMessage(message).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLaunchMessage)
#include "tst_launch_message.moc"
