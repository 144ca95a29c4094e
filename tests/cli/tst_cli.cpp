#include "TestPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the built factcheck binary as a user would.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void analyzeWritesJsonReport();
    void explainAddsTheRuleAndNothingElse();
    void unreadableInputIsNamedAndOthersStillAnalysed();
    void helpDocumentsEveryOption_data();
    void helpDocumentsEveryOption();
    void everyFormat_data();
    void everyFormat();
    void pdfWithoutDisplay_data();
    void pdfWithoutDisplay();
    void unwritableOutputIsExit3();
    void silentWhenStderrIsNotATerminal();
    void everyJsonTheCliWritesMatchesTheSchema();
    void schemaCheckRejectsBrokenReports_data();
    void schemaCheckRejectsBrokenReports();
    void tagStreamsOneLinePerInputLine();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(fc::test::binaryPath(QStringLiteral("factcheck")), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("factcheck 0.")
                             << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--pubdate") << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString()
                                    << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << 2 << QString() << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")} << 2 << QString()
                                     << QStringLiteral("explode");
    QTest::newRow("analyze without files")
        << QStringList{QStringLiteral("analyze")} << 2 << QString() << QStringLiteral("at least one");
    QTest::newRow("bad format") << QStringList{QStringLiteral("analyze"), QStringLiteral("x.txt"),
                                               QStringLiteral("--format"), QStringLiteral("docx")}
                                << 2 << QString() << QStringLiteral("docx");
    QTest::newRow("bad pubdate") << QStringList{QStringLiteral("analyze"), QStringLiteral("x.txt"),
                                                QStringLiteral("--pubdate"), QStringLiteral("x.txt=yesterday")}
                                 << 2 << QString() << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad lang") << QStringList{QStringLiteral("analyze"), QStringLiteral("x.txt"),
                                             QStringLiteral("--lang"), QStringLiteral("fr")}
                              << 2 << QString() << QStringLiteral("--lang");
    QTest::newRow("tag without jsonl") << QStringList{QStringLiteral("tag")} << 2 << QString()
                                       << QStringLiteral("--jsonl");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.out).contains(stdoutContains), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
}

void TestCli::analyzeWritesJsonReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.json"));
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run({QStringLiteral("analyze"), example, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(report.value(u"schema_version").toInt(), 1);
    QCOMPARE(report.value(u"tool").toObject().value(u"name").toString(), QStringLiteral("factcheck"));
    const QJsonArray docs = report.value(u"documents").toArray();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.at(0).toObject().value(u"id").toString(), QStringLiteral("d1"));
    QVERIFY(docs.at(0).toObject().value(u"text").toString().contains(QStringLiteral("Sungai Cimanuk")));
}

// --explain names the rule behind every mention, and changes nothing else: the report without
// it is the contract as before (the goldens hold its bytes), the same as the explained one once
// the "rule" fields are taken out.
void TestCli::explainAddsTheRuleAndNothingElse()
{
    QStringList inputs;
    const QDir examples(fc::test::examplesDir());
    for (const QString &name : examples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        inputs << examples.filePath(name);
    QVERIFY(inputs.size() >= 2);
    const Run plain = run(QStringList{QStringLiteral("analyze")} + inputs);
    const Run explained = run(QStringList{QStringLiteral("analyze"), QStringLiteral("--explain")} + inputs);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(explained.exitCode, 0);
    QVERIFY(plain.out != explained.out);

    QJsonObject stripped = QJsonDocument::fromJson(explained.out).object();
    QJsonArray documents = stripped.value(u"documents").toArray();
    int mentions = 0;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        QJsonObject document = documents.at(d).toObject();
        QJsonArray list = document.value(u"mentions").toArray();
        for (qsizetype m = 0; m < list.size(); ++m) {
            QJsonObject mention = list.at(m).toObject();
            const QString rule = mention.value(u"rule").toString();
            QVERIFY2(!rule.isEmpty(), qPrintable(mention.value(u"text").toString()));
            mention.remove(QStringLiteral("rule"));
            list.replace(m, mention);
            ++mentions;
        }
        document.insert(QStringLiteral("mentions"), list);
        documents.replace(d, document);
    }
    QVERIFY(mentions > 0);
    stripped.insert(QStringLiteral("documents"), documents);
    QCOMPARE(QJsonDocument(stripped).toJson(QJsonDocument::Indented), plain.out);
    QVERIFY(!plain.out.contains("\"rule\""));
}

void TestCli::unreadableInputIsNamedAndOthersStillAnalysed()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.json"));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run({QStringLiteral("analyze"), missing, example, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(missing.toUtf8()), r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"documents").toArray().size(), 1);
}

void TestCli::helpDocumentsEveryOption_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"analyze FILE|URL...",
                          "--format",
                          "-o, --output",
                          "--pubdate FILE=YYYY-MM-DD",
                          "--lang",
                          "auto",
                          "tag --jsonl IN",
                          "--jsonl",
                          "--version",
                          "json",
                          "html",
                          "md",
                          "csv",
                          "pdf",
                          "PATH-mentions.csv",
                          "Exit status",
                          "--project FILE",
                          "reviews",
                          "--allow-private-addresses",
                          "--explain"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestCli::helpDocumentsEveryOption()
{
    QFETCH(QString, text);
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(text), r.out.constData());
}

void TestCli::everyFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("toStdout");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("json") << QStringLiteral("json") << false << QByteArray("{");
    QTest::newRow("json stdout") << QStringLiteral("json") << true << QByteArray("{");
    QTest::newRow("html") << QStringLiteral("html") << false << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << QStringLiteral("md") << false << QByteArray("# Fact-check report");
    QTest::newRow("md stdout") << QStringLiteral("md") << true << QByteArray("# Fact-check report");
    QTest::newRow("csv") << QStringLiteral("csv") << false << QByteArray("finding,severity,kind,");
    QTest::newRow("csv stdout") << QStringLiteral("csv") << true << QByteArray("finding,severity,kind,");
    QTest::newRow("pdf") << QStringLiteral("pdf") << false << QByteArray("%PDF-");
    QTest::newRow("pdf stdout") << QStringLiteral("pdf") << true << QByteArray("%PDF-");
}

void TestCli::everyFormat()
{
    QFETCH(QString, format);
    QFETCH(bool, toStdout);
    QFETCH(QByteArray, starts);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.") + format);
    const QString example = fc::test::examplesDir() + QStringLiteral("/02-warta-priangan.txt");
    QStringList args{QStringLiteral("analyze"), example, QStringLiteral("--format"), format};
    if (!toStdout)
        args << QStringLiteral("-o") << out;
    const Run r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray bytes = r.out;
    if (!toStdout) {
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    QVERIFY2(bytes.startsWith(starts), bytes.left(80).constData());
    if (format == u"csv")
        QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("report-mentions.csv"))), !toStdout);
    if (format == u"pdf" && !toStdout && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).simplified().contains(QStringLiteral("Rahmat Hidayah")));
    }
}

// A server or CI job has no display: pdf must still work without being told.
void TestCli::pdfWithoutDisplay_data()
{
    QTest::addColumn<bool>("emptyDisplay");
    QTest::newRow("DISPLAY unset") << false;
    // Containers and build roots often pass DISPLAY on empty: that is no display either.
    QTest::newRow("DISPLAY empty") << true;
}

void TestCli::pdfWithoutDisplay()
{
    QFETCH(bool, emptyDisplay);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (emptyDisplay)
        env.insert(QStringLiteral("DISPLAY"), QString());
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run({QStringLiteral("analyze"), example, QStringLiteral("--format=pdf")}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("%PDF-"));
}

void TestCli::unwritableOutputIsExit3()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no/such/dir/report.html"));
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run({QStringLiteral("analyze"), example, QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains(out.toUtf8()), r.err.constData());
}

void TestCli::silentWhenStderrIsNotATerminal()
{
    QTemporaryDir dir;
    const QString example = fc::test::examplesDir() + QStringLiteral("/01-kabar-pagi.txt");
    const Run r = run(
        {QStringLiteral("analyze"), example, example, QStringLiteral("-o"), dir.filePath(QStringLiteral("r.json"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return f.fileName();
}

int validate(const QStringList &reports, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("python3"),
            QStringList{fc::test::sourcePath(QStringLiteral("tests/cli/validate_report.py")),
                        fc::test::sourcePath(QStringLiteral("resources/schema/report.schema.json"))}
                + reports);
    if (!p.waitForFinished(120000))
        return -1;
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

// Everything the CLI can write as JSON, over the examples and over awkward inputs, validated
// against resources/schema/report.schema.json, with every offset checked as a code-point slice.
void TestCli::everyJsonTheCliWritesMatchesTheSchema()
{
    QTemporaryDir dir;
    const QString examples = fc::test::examplesDir();
    const QStringList names = QDir(examples).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QStringList inputs;
    for (const auto &n : names)
        inputs << examples + u'/' + n;
    // Astral-plane characters before names and figures, markup, an empty file.
    const QString astral = writeFile(dir, QStringLiteral("astral.txt"),
                                     "\xF0\x9F\x93\xB0\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9 JAKARTA \xE2\x80\x93 "
                                     "Presiden Joko Widodo \xF0\x9F\x91\x8D mengatakan pada Senin (3/3/2025) "
                                     "sekitar 1.200 rumah terendam, kata Kepala BPBD Garut.\n");
    const QString hostile =
        writeFile(dir, QStringLiteral("hostile.txt"),
                  "<script>alert(1)</script> \"><img src=x onerror=alert(1)> "
                  "<a href=\"javascript:alert(1)\">Kim Jong Un</a> 11.000 tentara pada 19/6/2024.\n");
    const QString empty = writeFile(dir, QStringLiteral("empty.txt"), "");

    QList<QStringList> runs;
    for (const QString &input : std::as_const(inputs))
        runs << QStringList{input};
    runs << inputs;
    runs << QStringList{astral, hostile};
    runs << QStringList{astral, QStringLiteral("--lang"), QStringLiteral("en")};
    runs << (QStringList{inputs.first(), QStringLiteral("--pubdate"), inputs.first() + QStringLiteral("=2025-03-04")});
    runs << QStringList{empty, astral};
    runs << (QStringList{QStringLiteral("--explain")} + inputs);

    QStringList reports{fc::test::sourcePath(QStringLiteral("tests/golden/handmade.json")),
                        fc::test::sourcePath(QStringLiteral("tests/golden/examples.json"))};
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QString out = dir.filePath(QStringLiteral("run%1.json").arg(i));
        const Run r = run(QStringList{QStringLiteral("analyze")} + runs.at(i) + QStringList{QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY2(QFile::exists(out), qPrintable(runs.at(i).join(u' ')));
        reports << out;
    }
    QByteArray output;
    const int status = validate(reports, &output);
    QVERIFY2(status == 0, output.constData());
    QVERIFY2(output.contains(QByteArray(QByteArray::number(reports.size()) + " report(s) valid")), output.constData());

    // The astral article keeps its characters and counts each as one.
    QFile f(reports.at(2 + runs.size() - 4));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc =
        QJsonDocument::fromJson(f.readAll()).object().value(u"documents").toArray().at(0).toObject();
    QVERIFY(doc.value(u"text").toString().startsWith(QString::fromUtf8("\xF0\x9F\x93\xB0")));
}

// The validator must be able to fail, or the test above proves nothing.
void TestCli::schemaCheckRejectsBrokenReports_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("complaint");
    const QByteArray doc =
        R"({"id":"d1","path":"a.txt","title":"","outlet":"","published":null,"published_source":null,)"
        R"("language":"id","text":"\ud83d\udcf0 Kim Jong Un hadir","mentions":[)";
    const QByteArray tail = R"(]}],"entities":[],"timeline":[],"findings":[]})";
    const QByteArray head = R"({"schema_version":1,"tool":{"name":"factcheck","version":"0"},"documents":[)";
    QTest::newRow("good") << head + doc
            + R"({"start":2,"end":13,"type":"PER","text":"Kim Jong Un","entity":null,"value":null})"
            + tail << QByteArray("1 report(s) valid");
    QTest::newRow("utf-16 offsets") << head + doc
            + R"({"start":3,"end":14,"type":"PER","text":"Kim Jong Un","entity":null,"value":null})"
            + tail << QByteArray("the report says");
    QTest::newRow("bad type") << head + doc
            + R"({"start":2,"end":13,"type":"PERSON","text":"Kim Jong Un","entity":null,"value":null})"
            + tail << QByteArray("schema: documents/0/mentions/0/type");
    QTest::newRow("dangling entity") << head + doc
            + R"({"start":2,"end":13,"type":"PER","text":"Kim Jong Un","entity":"e9","value":null})"
            + tail << QByteArray("unknown entity");
    const QByteArray kim = R"({"start":2,"end":13,"type":"PER","text":"Kim Jong Un","entity":null,"value":null})";
    const QByteArray kimOnly = R"({"start":2,"end":5,"type":"PER","text":"Kim","entity":null,"value":null})";
    const QByteArray hadir = R"({"start":14,"end":19,"type":"PER","text":"hadir","entity":null,"value":null})";
    QTest::newRow("enclosing first") << head + doc + kim + "," + kimOnly + "," + hadir + tail
                                     << QByteArray("1 report(s) valid");
    QTest::newRow("enclosed first") << head + doc + kimOnly + "," + kim + tail << QByteArray("not sorted by offset");
    QTest::newRow("later first") << head + doc + hadir + "," + kim + tail << QByteArray("not sorted by offset");
    QTest::newRow("wrong version") << QByteArray(
        R"({"schema_version":2,"tool":{"name":"f","version":"0"},"documents":[],"entities":[],"timeline":[],"findings":[]})")
                                   << QByteArray("schema: schema_version");
}

void TestCli::schemaCheckRejectsBrokenReports()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, complaint);
    QTemporaryDir dir;
    QByteArray output;
    const int status = validate({writeFile(dir, QStringLiteral("r.json"), json)}, &output);
    QCOMPARE(status, complaint.contains("valid") && !complaint.contains("schema") ? 0 : 1);
    QVERIFY2(output.contains(complaint), output.constData());
}

void TestCli::tagStreamsOneLinePerInputLine()
{
    QTemporaryDir dir;
    QByteArray in;
    for (int i = 0; i < 50; ++i)
        in += "{\"id\": \"n" + QByteArray::number(i)
            + "\", \"text\": \"\xF0\x9F\x93\xB0 Presiden Joko Widodo "
              "mengatakan 1.200 rumah terendam pada Senin (3/3/2025).\"}\n";
    in += "not json\n";
    in += "{\"id\": 7, \"text\": \"Kepala BPBD Garut, Rahmat Hidayat.\"}\n";
    const QString input = writeFile(dir, QStringLiteral("in.jsonl"), in);
    const QString output = dir.filePath(QStringLiteral("out.jsonl"));
    const Run r = run({QStringLiteral("tag"), QStringLiteral("--jsonl"), input, QStringLiteral("-o"), output});
    QCOMPARE(r.exitCode, 1); // one bad line, named, the rest tagged
    QVERIFY2(r.err.contains(":51:"), r.err.constData());
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 51);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QVERIFY(o.value(u"mentions").isArray());
        if (i < 50)
            QCOMPARE(o.value(u"id").toString(), QStringLiteral("n%1").arg(i));
        const QString text = i < 50 ? QString::fromUtf8("\xF0\x9F\x93\xB0 Presiden Joko Widodo mengatakan 1.200 rumah "
                                                        "terendam pada Senin (3/3/2025).")
                                    : QStringLiteral("Kepala BPBD Garut, Rahmat Hidayat.");
        const QList<uint> ucs4 = text.toUcs4();
        const std::u32string cps(ucs4.cbegin(), ucs4.cend());
        for (const auto &m : o.value(u"mentions").toArray()) {
            const QJsonObject mo = m.toObject();
            const int start = mo.value(u"start").toInt();
            const int end = mo.value(u"end").toInt();
            QVERIFY(0 <= start && start <= end && end <= qsizetype(cps.size()));
            QCOMPARE(QString::fromUcs4(cps.data() + start, end - start), mo.value(u"text").toString());
        }
    }
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(u"id").toInt(), 7);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
