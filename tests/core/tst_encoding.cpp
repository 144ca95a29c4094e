// Bytes in any common encoding come out as the same text; broken bytes are reported.
#include "ingest/ArticleLoader.h"
#include "ingest/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

const QString sample = u"Kafé \u201Cbaru\u201D dibuka \u2013 harga naik 2,5 persen."_s;

QByteArray encoded(QStringConverter::Encoding e, bool bom)
{
    QStringEncoder enc(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return enc.encode(sample);
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << encoded(QStringConverter::Utf8, false) << sample << u"UTF-8"_s;
        QTest::newRow("utf-8 with bom") << encoded(QStringConverter::Utf8, true) << sample << u"UTF-8"_s;
        QTest::newRow("utf-16le with bom") << encoded(QStringConverter::Utf16LE, true) << sample << u"UTF-16LE"_s;
        QTest::newRow("utf-16be with bom") << encoded(QStringConverter::Utf16BE, true) << sample << u"UTF-16BE"_s;
        QTest::newRow("utf-16le without bom") << encoded(QStringConverter::Utf16LE, false) << sample << u"UTF-16LE"_s;
        QTest::newRow("utf-16be without bom") << encoded(QStringConverter::Utf16BE, false) << sample << u"UTF-16BE"_s;
        // Windows-1252: curly quotes at 0x93/0x94, en dash at 0x96, é at 0xE9.
        const QByteArray cp1252 = "Kaf\xE9 \x93"
                                  "baru\x94 dibuka \x96 harga naik 2,5 persen. Caf\xE9 lain juga ramai, "
                                  "pengunjung datang sejak pagi dan \x93"
                                  "antre\x94 panjang.";
        QTest::newRow("windows-1252")
            << cp1252
            << u"Kafé \u201Cbaru\u201D dibuka \u2013 harga naik 2,5 persen. Café lain juga ramai, pengunjung datang "
               "sejak pagi dan \u201Cantre\u201D panjang."_s
            << u"windows-1252"_s;
        const QByteArray latin1 = "Le caf\xE9 du march\xE9 est ferm\xE9 depuis l'\xE9t\xE9 dernier, d\xE9"
                                  "clare le "
                                  "propri\xE9taire \xE0 la presse locale.";
        QTest::newRow("iso-8859-1 text")
            << latin1
            << u"Le café du marché est fermé depuis l'été dernier, déclare le propriétaire à la presse locale."_s
            << QString();
        QTest::newRow("ascii") << QByteArray("plain words") << u"plain words"_s << u"UTF-8"_s;
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(bytes);
        QVERIFY(!d.binary);
        QCOMPARE(d.text, expected);
        if (!encoding.isEmpty())
            QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.invalidSequences, 0);
    }

    void invalidUtf8IsReplacedAndReported()
    {
        const QByteArray bytes = "Harga \xE2\x80\x9C"
                                 "naik\xE2\x80\x9D \xFF\xFE tajam, kata \xC3\xA9konom.";
        const DecodedText d = decodeText(bytes);
        QCOMPARE(d.encoding, u"UTF-8"_s);
        QCOMPARE(d.invalidSequences, 2);
        QVERIFY(d.text.contains(QChar::ReplacementCharacter));
        QVERIFY(d.text.contains(u"\u201Cnaik\u201D"_s));

        const LoadResult r = ArticleLoader().loadBytes(bytes, u"broken.txt"_s, u"txt"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().severity, Diagnostic::Severity::Warning);
        QCOMPARE(r.diagnostics.first().input, u"broken.txt"_s);
        QVERIFY2(r.diagnostics.first().message.contains(u"invalid byte"_s), qPrintable(r.diagnostics.first().message));
        QCOMPARE(r.article->diagnostics.size(), 1);
    }

    void binaryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nul bytes") << QByteArray("ELF\x01\x02\x00\x00\x00\x10 abc", 14);
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls.append(char(i % 31 + 1)).append('a');
        QTest::newRow("control characters") << controls;
    }

    void binaryIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(decodeText(bytes).binary);
        const LoadResult r = ArticleLoader().loadBytes(bytes, u"image.txt"_s, u"txt"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().input, u"image.txt"_s);
        QVERIFY(r.diagnostics.first().message.contains(u"binary"_s));
    }

    void declaredCharsetWins()
    {
        const QByteArray bytes = "caf\xE9";
        QCOMPARE(decodeText(bytes, "iso-8859-1").text, u"café"_s);
        const LoadResult r = ArticleLoader().loadBytes(bytes, u"x"_s, u"text/plain; charset=windows-1252"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.article->text, u"café"_s);
        QVERIFY(r.diagnostics.isEmpty()); // declared, so no guess to report
    }

    // An encoding only the detector chose is a guess, and the loader says so.
    void guessedEncodingIsReported()
    {
        const QByteArray bytes = "Caf\xE9 di pojok jalan itu dibuka kembali pada hari Senin pagi, kata pemiliknya.";
        const DecodedText d = decodeText(bytes);
        QVERIFY(d.guessed);
        const LoadResult r = ArticleLoader().loadBytes(bytes, u"lama.txt"_s, u"txt"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().input, u"lama.txt"_s);
        QVERIFY2(r.diagnostics.first().message.contains(u"a guess"_s), qPrintable(r.diagnostics.first().message));
        QVERIFY(!decodeText("Plain ASCII text.").guessed);
    }

    // NUL bytes past the binary check's first 8 KB are removed wherever they are, and said.
    void nulBytesAreRemoved_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray text = QByteArray("Warga mengungsi ke masjid pada Senin malam. ").repeated(200);
        QTest::newRow("after 8 KB") << text + QByteArray("ter\0\0sisa", 9);
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEO\0k\0\0\0e\0", 10);
    }

    void nulBytesAreRemoved()
    {
        QFETCH(QByteArray, bytes);
        const DecodedText d = decodeText(bytes);
        QVERIFY(!d.binary);
        QVERIFY(!d.text.contains(QChar(0)));
        QVERIFY(d.nulsRemoved > 0);
        const LoadResult r = ArticleLoader().loadBytes(bytes, u"nul.txt"_s, u"txt"_s);
        QVERIFY(r.ok());
        QVERIFY(!r.article->text.contains(QChar(0)));
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY2(r.diagnostics.last().message.contains(u"NUL"_s), qPrintable(r.diagnostics.last().message));
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
