// The factcheck binary at an editor's desk: an article piped in on standard input, folders of
// articles, --quiet and --verbose, and messages in the interface language.
#include "TestPaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString err;
        QByteArray out;
        QJsonArray documents;
    };

    // Runs factcheck with `arguments`, feeding `input` on standard input, in a C locale unless
    // `environment` says otherwise.
    Run run(const QStringList &arguments, const QByteArray &input = {}, const QStringList &environment = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        for (const QString &assignment : environment)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.start(fc::test::binaryPath(u"factcheck"_s), arguments);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.out = p.readAllStandardOutput();
        r.documents = QJsonDocument::fromJson(r.out).object().value(u"documents").toArray();
        return r;
    }

    QString write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    static QStringList sources(const QJsonArray &documents)
    {
        QStringList names;
        for (const auto &d : documents)
            names << QFileInfo(d.toObject().value(u"path").toString()).fileName();
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void standardInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain text") << QByteArray("Bupati Bogor meresmikan jembatan pada Senin. Panjangnya 120 meter.")
                                    << u"Panjangnya 120 meter."_s;
        QTest::newRow("html sniffed") << QByteArray(
            "<!DOCTYPE html><html><body><article><p>Gempa mengguncang Cianjur "
            "pada Senin siang. Ratusan rumah rusak.</p></article></body></html>")
                                      << u"Ratusan rumah rusak."_s;
    }

    void standardInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, text);
        const Run r = run({u"analyze"_s, u"-"_s}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.documents.size(), 1);
        const QJsonObject d = r.documents.at(0).toObject();
        QCOMPARE(d.value(u"path").toString(), u"-"_s);
        QVERIFY2(d.value(u"text").toString().contains(text), qPrintable(d.value(u"text").toString()));
        QVERIFY(!d.value(u"text").toString().contains(u"<p>"_s));
    }

    // Standard input is one article: a second "-" is refused by name, the rest analysed.
    void standardInputOnlyOnce()
    {
        const Run r = run({u"analyze"_s, u"-"_s, u"-"_s}, "Satu artikel saja.");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.documents.size(), 1);
        QVERIFY2(r.err.contains(u"standard input"_s), qPrintable(r.err));
    }

    // A folder is the articles directly inside it, by suffix, in name order; other files,
    // hidden files and subfolders are not read.
    void folderExpands()
    {
        write(u"folder/b.txt"_s, "Artikel kedua tentang banjir di Bekasi.");
        write(u"folder/A.md"_s, "# Judul\n\nArtikel pertama tentang banjir di Bekasi.");
        write(u"folder/c.HTML"_s, "<html><body><p>Artikel ketiga tentang banjir di Bekasi.</p></body></html>");
        write(u"folder/notes.json"_s, "{}");
        write(u"folder/.hidden.txt"_s, "Tersembunyi.");
        write(u"folder/sub/d.txt"_s, "Di subfolder.");
        const Run r = run({u"analyze"_s, m_dir.filePath(u"folder"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sources(r.documents), (QStringList{u"A.md"_s, u"b.txt"_s, u"c.HTML"_s}));
        // The same run twice gives the same bytes.
        QCOMPARE(run({u"analyze"_s, m_dir.filePath(u"folder"_s)}).out, r.out);
    }

    // Screenshots in a folder are articles too (read by text recognition), in the same name
    // order; an unknown or missing recognition language is a usage error that names it.
    void folderHoldsScreenshots()
    {
        QImage image(900, 140, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QFont font(u"DejaVu Sans"_s);
            font.setPixelSize(22);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(30, 40, u"Banjir bandang melanda Garut pada Senin pagi."_s);
            painter.drawText(30, 84, u"Sebanyak 12 rumah rusak berat."_s);
        }
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&png, "PNG"));
        write(u"shots/b-layar.PNG"_s, png.data());
        write(u"shots/a.txt"_s, "Banjir bandang melanda Garut pada Senin pagi. Sebanyak 14 rumah rusak berat.");
        write(u"shots/c.gif"_s, "GIF89a");
        const Run r = run({u"analyze"_s, m_dir.filePath(u"shots"_s), u"--ocr-languages"_s, u"ind+eng"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sources(r.documents), (QStringList{u"a.txt"_s, u"b-layar.PNG"_s}));
        QVERIFY2(r.documents.at(1).toObject().value(u"text").toString().contains(u"melanda Garut"_s),
                 qPrintable(r.documents.at(1).toObject().value(u"text").toString()));
    }

    void ocrLanguages_data()
    {
        QTest::addColumn<QString>("languages");
        QTest::addColumn<QString>("named");
        QTest::newRow("not installed") << u"xyz"_s << u"\"xyz\""_s;
        QTest::newRow("second not installed") << u"ind+qqq"_s << u"\"qqq\""_s;
        QTest::newRow("not a code") << u"ind,eng"_s << u"\"ind,eng\""_s;
        QTest::newRow("first not installed") << u"qqq+ind"_s << u"\"qqq\""_s;
    }

    void ocrLanguages()
    {
        QFETCH(QString, languages);
        QFETCH(QString, named);
        const Run r =
            run({u"analyze"_s, fc::test::examplesDir() + u"/01-kabar-pagi.txt"_s, u"--ocr-languages"_s, languages});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"--ocr-languages"_s) && r.err.contains(named), qPrintable(r.err));
        // Our message and the pointer to --help, nothing of Tesseract's own ("Error opening
        // data file ...", "Failed loading language ...") before them.
        const QStringList lines = r.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(u"factcheck: --ocr-languages: "_s), qPrintable(r.err));
        QVERIFY2(lines.last().startsWith(u"Try "_s), qPrintable(r.err));
    }

    void folderWithoutArticles()
    {
        write(u"empty/readme.json"_s, "{}");
        const QString folder = m_dir.filePath(u"empty"_s);
        const Run r = run({u"analyze"_s, folder, fc::test::examplesDir() + u"/01-kabar-pagi.txt"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.documents.size(), 1);
        QVERIFY2(r.err.contains(folder) && r.err.contains(u"no articles"_s), qPrintable(r.err));
    }

    // What each level shows: a warning (a file in Latin-1, guessed), an error (an empty file),
    // and the per-article details that only --verbose prints.
    void verbosity_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<bool>("detail");
        QTest::newRow("default") << QStringList{} << true << false;
        QTest::newRow("quiet") << QStringList{u"--quiet"_s} << false << false;
        QTest::newRow("verbose") << QStringList{u"--verbose"_s} << true << true;
    }

    void verbosity()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, warning);
        QFETCH(bool, detail);
        const QString latin1 = write(u"latin1.txt"_s, "Wali kota membuka kaf\xe9 baru di pusat kota pada Senin.");
        const QString empty = write(u"empty.txt"_s, "");
        const Run r = run(QStringList{u"analyze"_s} + options + QStringList{latin1, empty});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(empty + u": is empty"_s), qPrintable(r.err)); // errors always
        QCOMPARE(r.err.contains(u"is not UTF-8"_s), warning);
        QCOMPARE(r.err.contains(u"characters of text"_s), detail);
        QCOMPARE(r.documents.size(), 1);
    }

    void quietAndVerboseExclude()
    {
        QCOMPARE(run({u"analyze"_s, u"--quiet"_s, u"--verbose"_s, u"-"_s}, "Teks.").exitCode, 2);
    }

    // Messages follow --language, else the environment; the JSON report stays the same bytes.
    void language_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("message");
        QTest::newRow("C locale") << QStringList{} << QStringList{} << u": is empty"_s;
        QTest::newRow("--language id") << QStringList{u"--language"_s, u"id"_s} << QStringList{} << u": kosong"_s;
        QTest::newRow("LANG") << QStringList{} << QStringList{u"LANG=id_ID.UTF-8"_s} << u": kosong"_s;
        QTest::newRow("LANGUAGE before LANG")
            << QStringList{} << QStringList{u"LANGUAGE=id"_s, u"LANG=en_GB.UTF-8"_s} << u": kosong"_s;
        QTest::newRow("--language over LANG")
            << QStringList{u"--language"_s, u"en"_s} << QStringList{u"LANG=id_ID.UTF-8"_s} << u": is empty"_s;
    }

    void language()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, environment);
        QFETCH(QString, message);
        const QString empty = write(u"empty.txt"_s, "");
        const QString article = fc::test::examplesDir() + u"/01-kabar-pagi.txt"_s;
        const Run r = run(QStringList{u"analyze"_s} + options + QStringList{article, empty}, {}, environment);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const Run english = run({u"analyze"_s, article, empty});
        QCOMPARE(r.out, english.out);
        QVERIFY(!r.out.isEmpty());
    }

    // The line under a report's title counts with plural forms: one article is "1 article"
    // (it read "1 articles"), in English and Indonesian, in every report that has the line.
    void reportCounts_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("articles");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pattern"); // of the counts, before the version
        const QString en = u"^%1 \\x{00b7} \\d+ entit(y|ies) \\x{00b7} \\d+ findings? \\x{00b7} factcheck "_s;
        const QString id = u"^%1 \\x{00b7} \\d+ entitas \\x{00b7} \\d+ temuan \\x{00b7} factcheck "_s;
        QTest::newRow("md, one article") << u"md"_s << 1 << u"en"_s << en.arg(u"1 article"_s);
        QTest::newRow("md, two articles") << u"md"_s << 2 << u"en"_s << en.arg(u"2 articles"_s);
        QTest::newRow("md, one article, Indonesian") << u"md"_s << 1 << u"id"_s << id.arg(u"1 artikel"_s);
        QTest::newRow("md, two articles, Indonesian") << u"md"_s << 2 << u"id"_s << id.arg(u"2 artikel"_s);
        QTest::newRow("html, one article") << u"html"_s << 1 << u"en"_s << en.arg(u"1 article"_s);
    }

    void reportCounts()
    {
        QFETCH(QString, format);
        QFETCH(int, articles);
        QFETCH(QString, language);
        QFETCH(QString, pattern);
        QStringList arguments{u"analyze"_s, u"--format"_s, format, u"--language"_s, language};
        for (const QString &name : QStringList{u"01-kabar-pagi.txt"_s, u"02-warta-priangan.txt"_s}.mid(0, articles))
            arguments << fc::test::examplesDir() + u'/' + name;
        const Run r = run(arguments);
        QVERIFY2(!r.out.isEmpty(), qPrintable(r.err));
        QString line;
        for (const QString &l : QString::fromUtf8(r.out).split(u'\n')) {
            const QString text = QString(l).remove(QRegularExpression(u"<[^>]*>"_s));
            if (text.contains(u" \u00b7 factcheck "_s))
                line = text;
        }
        QVERIFY2(QRegularExpression(pattern).match(line).hasMatch(), qPrintable(line));
    }

    // What the loader, the image reader and the report writers translate through their own
    // tr() helpers is Indonesian too (their lookup context once differed from the catalogue's).
    void translatedThroughHelpers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("onStandardOutput");
        QTest::addColumn<QString>("text");
        const QString article = fc::test::examplesDir() + u"/01-kabar-pagi.txt"_s;
        QTest::newRow("md heading") << QStringList{article, u"--format"_s, u"md"_s} << true << u"# Laporan cek fakta"_s;
        QTest::newRow("html heading") << QStringList{article, u"--format"_s, u"html"_s} << true
                                      << u"Laporan cek fakta"_s;
        QTest::newRow("loader") << QStringList{u"binary"_s} << false << u"bukan berkas teks"_s;
        QTest::newRow("image reader") << QStringList{article, u"--ocr-languages"_s, u"zzz"_s} << false
                                      << u"data pengenalan teks untuk \"zzz\" tidak terpasang"_s;
        QTest::newRow("project file check") << QStringList{u"--project"_s, u"notproject"_s} << false
                                            << u"bukan proyek factcheck (bukan basis data SQLite)"_s;
    }

    void translatedThroughHelpers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, onStandardOutput);
        QFETCH(QString, text);
        if (arguments.first() == u"binary")
            arguments.first() = write(u"biner.txt"_s,
                                      QByteArray("\x7f"
                                                 "ELF\x02\x01\x01\x00\x00\x00",
                                                 10));
        if (arguments.last() == u"notproject")
            arguments.last() = write(u"bukan-proyek.fcproj"_s, QByteArray("Ini teks biasa, bukan basis data.\n"));
        const Run r = run(QStringList{u"analyze"_s, u"--language"_s, u"id"_s} + arguments);
        const QString where = onStandardOutput ? QString::fromUtf8(r.out) : r.err;
        QVERIFY2(where.contains(text), qPrintable(where.left(2000)));
    }

    void unknownLanguage()
    {
        const Run r = run({u"analyze"_s, u"--language"_s, u"xx"_s, u"-"_s}, "Teks.");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--language"_s), qPrintable(r.err));
    }
};

// A QGuiApplication: the screenshot test draws its text with fonts.
QTEST_MAIN(TestCliDesk)
#include "tst_cli_desk.moc"
