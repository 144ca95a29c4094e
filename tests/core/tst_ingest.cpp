// Loading files of every supported kind, and every kind of bad input, through ArticleLoader.
#include "TestPaths.h"
#include "ingest/ArticleLoader.h"
#include "ingest/HtmlExtractor.h"
#include "ingest/MarkdownConverter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return fc::test::sourcePath(u"tests/core/data/ingest/"_s + name);
}

QStringList bodyParagraphs(const Article &a)
{
    QStringList out;
    for (const Paragraph &p : a.paragraphs)
        if (p.body)
            out << a.textOf(p.span).toString();
    return out;
}

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QVERIFY(m_dir.isValid());
        QTest::newRow("missing") << m_dir.filePath(u"nope.txt"_s) << u"no such file"_s;
        QTest::newRow("directory") << m_dir.path() << u"directory"_s;
        QTest::newRow("empty") << write(u"empty.txt"_s, {}) << u"empty"_s;
        QTest::newRow("whitespace only") << write(u"blank.txt"_s, " \n\t\n ") << u"no text"_s;
        QTest::newRow("binary named .txt")
            << write(u"photo.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)) << u"binary"_s;
        QByteArray big(ArticleLoader::MaxInputBytes + 1, 'a');
        QTest::newRow("over the limit") << write(u"big.txt"_s, big) << u"20 MB"_s;
        QTest::newRow("pdf without pdf support") << write(u"doc.pdf"_s, "%PDF-1.4\n%\xE2\xE3\n") << u"PDF support"_s;
        QTest::newRow("html without text")
            << write(u"empty.html"_s, "<html><body><nav>menu</nav></body></html>") << u"without article text"_s;
    }

    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QVERIFY(!ArticleLoader::hasPdfExtractor());
        const LoadResult r = ArticleLoader().loadFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics.first();
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(d.input, path);
        QVERIFY2(d.message.contains(reason), qPrintable(d.toString()));
        QVERIFY(d.toString().startsWith(path + u": "_s));
    }

    // One bad input among good ones costs nothing else.
    void othersStillLoad()
    {
        const ArticleLoader loader;
        const QStringList inputs{dataPath(u"header-layout.txt"_s), m_dir.filePath(u"missing.txt"_s),
                                 dataPath(u"article.md"_s)};
        int ok = 0;
        for (const QString &in : inputs)
            ok += loader.loadFile(in).ok();
        QCOMPARE(ok, 2);
    }

    void html()
    {
        const LoadResult r = ArticleLoader().loadFile(dataPath(u"article.html"_s));
        QVERIFY(r.ok());
        QVERIFY(r.diagnostics.isEmpty());
        const Article &a = *r.article;
        QCOMPARE(a.meta.title, u"Banjir Bandang Terjang Garut"_s);
        QCOMPARE(a.meta.titleSource, MetaSource::Meta);
        QCOMPARE(a.meta.outlet, u"Kabar Contoh"_s);
        QCOMPARE(a.meta.outletSource, MetaSource::Meta);
        QCOMPARE(a.meta.byline, u"Dewi Contoh"_s);
        QCOMPARE(a.meta.bylineSource, MetaSource::Meta);
        QCOMPARE(a.meta.published, QDate(2025, 3, 4));
        QCOMPARE(a.meta.publishedSource, MetaSource::Meta);
        QCOMPARE(a.meta.datelinePlace, u"GARUT"_s);
        QCOMPARE(a.meta.language, u"id"_s);
        for (const QString &absent :
             {u"Beranda"_s, u"tracking"_s, u"color"_s, u"komentar tersembunyi"_s, u"menyeberangi"_s,
              u"Jembatan Putus"_s, u"Judul berita lain"_s, u"Iklan"_s, u"Hak cipta"_s, u"populer"_s})
            QVERIFY2(!a.text.contains(absent), qPrintable(absent));
        const QStringList body = bodyParagraphs(a);
        QCOMPARE(body.size(), 4);
        QVERIFY(body.at(1).startsWith(u"GARUT, Jawa Barat \u2013 Banjir"_s));
        QVERIFY(body.at(3).startsWith(u"Menurut BPBD"_s));
    }

    void htmlJsonLd()
    {
        const LoadResult r = ArticleLoader().loadFile(dataPath(u"jsonld.html"_s));
        QVERIFY(r.ok());
        const Article &a = *r.article;
        QCOMPARE(a.meta.title, u"Garut flood death toll revised to 15"_s);
        QCOMPARE(a.meta.published, QDate(2025, 3, 5));
        QCOMPARE(a.meta.publishedSource, MetaSource::Meta);
        QCOMPARE(a.meta.byline, u"Sam Example"_s);
        QCOMPARE(a.meta.outlet, u"Example Daily"_s);
        QCOMPARE(a.meta.language, u"en"_s);
        QVERIFY(!a.text.contains(u"Bridge collapses"_s));
        QVERIFY(a.text.contains(u"2,000 houses"_s));
    }

    void deeplyNestedHtml()
    {
        QByteArray html = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            html += "<div>";
        html += "<p>Teks di dasar dokumen yang sangat dalam ini tetap terbaca dengan baik oleh pemuat.</p>";
        for (int i = 0; i < 100000; ++i)
            html += "</div>";
        html += "</body></html>";
        const LoadResult r = ArticleLoader().loadBytes(html, u"deep.html"_s, u"html"_s);
        QVERIFY(r.ok());
        QVERIFY(r.article->text.contains(u"tetap terbaca"_s));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().severity, Diagnostic::Severity::Warning);
        QVERIFY(r.diagnostics.first().message.contains(u"nested"_s));
    }

    void malformedHtml_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("unclosed everything") << QByteArray(
            "<html><body><p>Paragraf tanpa penutup yang cukup panjang untuk dibaca<div><b><i>teks lain di sini");
        QTest::newRow("stray end tags") << QByteArray(
            "</div></p><p>Isi artikel yang cukup panjang untuk dibaca sebagai teks.</span></html>");
        QTest::newRow("broken attributes")
            << QByteArray("<p class=a\"b id= =x <i>Isi artikel yang cukup panjang sekali untuk dibaca.</p>");
        QTest::newRow("unterminated comment")
            << QByteArray("<p>Isi artikel yang cukup panjang untuk dibaca.</p><!-- tidak ditutup");
        QTest::newRow("unclosed tag at end")
            << QByteArray("<p>Isi artikel yang cukup panjang untuk dibaca.</p><div class=");
        QByteArray formatting = "<p>";
        for (int i = 0; i < 50000; ++i)
            formatting += "<b><i>";
        formatting += "Teks tebal dan miring yang cukup panjang.";
        QTest::newRow("unclosed formatting elements") << formatting;
    }

    void malformedHtml()
    {
        QFETCH(QByteArray, html);
        const LoadResult r = ArticleLoader().loadBytes(html, u"bad.html"_s, u"html"_s);
        QVERIFY(r.ok());
        QVERIFY(r.article->text.size() > 10);
    }

    void markdown()
    {
        const LoadResult r = ArticleLoader().loadFile(dataPath(u"article.md"_s));
        QVERIFY(r.ok());
        const Article &a = *r.article;
        QCOMPARE(a.meta.title, u"Jembatan Gantung Diresmikan"_s);
        QCOMPARE(a.text,
                 u"Jembatan Gantung Diresmikan\nBupati meresmikan jembatan gantung di desa itu pada Senin pagi, "
                 "disaksikan ratusan warga.\nPanjang jembatan 120 meter.\nBiaya pembangunan Rp 2,5 miliar.\n"
                 "Lihat foto lengkap dan catatan lain."_s);
    }

    void markdownRules_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("atx heading") << u"## Judul ##\nIsi"_s << u"Judul\nIsi"_s;
        QTest::newRow("setext heading") << u"Judul\n=====\nIsi"_s << u"Judul\nIsi"_s;
        QTest::newRow("wrapped paragraph") << u"satu\ndua\n\ntiga"_s << u"satu dua\ntiga"_s;
        QTest::newRow("emphasis") << u"**tebal** dan *miring* dan __juga__"_s << u"tebal dan miring dan juga"_s;
        QTest::newRow("snake_case survives") << u"nama_berkas_ini"_s << u"nama_berkas_ini"_s;
        QTest::newRow("link and image") << u"[teks](http://a) ![x](b.png)"_s << u"teks"_s;
        // A list opening at 3 cannot interrupt a paragraph (CommonMark), hence the blank line.
        QTest::newRow("list items") << u"- satu\n* dua\n\n3. tiga"_s << u"satu\ndua\ntiga"_s;
        QTest::newRow("ordered list at 3 continues a paragraph") << u"dua\n3. tiga"_s << u"dua 3. tiga"_s;
        QTest::newRow("nested lists") << u"- satu\n  - dua\n    1. tiga\n- empat"_s << u"satu\ndua\ntiga\nempat"_s;
        QTest::newRow("loose list") << u"- satu\n\n  lanjut\n\n- dua"_s << u"satu\nlanjut\ndua"_s;
        QTest::newRow("task list") << u"- [x] selesai\n- [ ] belum"_s << u"selesai\nbelum"_s;
        QTest::newRow("named and numeric entities") << u"AT&amp;T &mdash; naik 5&#x25; di caf&#233; &lt;pusat&gt;"_s
                                                    << u"AT&T \u2014 naik 5% di caf\u00e9 <pusat>"_s;
        QTest::newRow("unknown entity stays") << u"&bukanentitas; dan &#0;"_s << u"&bukanentitas; dan \ufffd"_s;
        // A tab reference is a tab, which the paragraph's spacing turns into a space.
        QTest::newRow("any named entity of HTML")
            << u"&alpha;&rarr;&ell; &NotEqualTilde; a&Tab;b"_s << u"\u03b1\u2192\u2113 \u2242\u0338 a b"_s;
        QTest::newRow("legacy name as a prefix stays") << u"&notit; &ampx;"_s << u"&notit; &ampx;"_s;
        QTest::newRow("backslash escapes") << u"\\*bukan miring\\* \\# \\[a\\](b)"_s << u"*bukan miring* # [a](b)"_s;
        QTest::newRow("table cells") << u"| Kota | Jumlah |\n|---|--:|\n| Bogor | 12 |\n| Depok | 7 |"_s
                                     << u"Kota | Jumlah\nBogor | 12\nDepok | 7"_s;
        QTest::newRow("indented code") << u"Teks\n\n    kode  satu\n    kode dua"_s << u"Teks\nkode  satu\nkode dua"_s;
        QTest::newRow("html block stripped")
            << u"<div class=\"iklan\">\nBeli sekarang\n</div>\n\nIsi berita"_s << u"Isi berita"_s;
        QTest::newRow("inline html stripped") << u"Harga <b>naik</b> lagi<br/>"_s << u"Harga naik lagi"_s;
        QTest::newRow("strikethrough keeps its text") << u"~~lima~~ enam korban"_s << u"lima enam korban"_s;
        QTest::newRow("reference link") << u"Lihat [teks][r].\n\n[r]: http://a \"judul\""_s << u"Lihat teks."_s;
        QTest::newRow("autolink") << u"Sumber <https://a.id/x>"_s << u"Sumber https://a.id/x"_s;
        QTest::newRow("image alt text goes") << u"Foto ![Presiden berpidato](a.jpg) kemarin"_s << u"Foto kemarin"_s;
        QTest::newRow("code span") << u"Perintah `ls  -l` dijalankan"_s << u"Perintah ls -l dijalankan"_s;
        QTest::newRow("quote") << u"> kutipan\n> lanjut"_s << u"kutipan lanjut"_s;
        QTest::newRow("rule") << u"a\n\n---\n\nb"_s << u"a\nb"_s;
        QTest::newRow("code fence") << u"```\nkode  di sini\n```"_s << u"kode  di sini"_s;
        QTest::newRow("hard break") << u"baris satu\\\nbaris dua"_s << u"baris satu\nbaris dua"_s;
    }

    void markdownRules()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(markdownToText(markdown), text);
    }

    void pastedText()
    {
        const LoadResult r = ArticleLoader().loadText(u"Teks yang ditempel oleh editor. Kalimat kedua."_s, u"paste"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.article->source, u"paste"_s);
        QCOMPARE(r.article->sentences.size(), 2);
    }

    void formatSniffing_data()
    {
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf magic beats suffix") << u"txt"_s << QByteArray("%PDF-1.7") << u"pdf"_s;
        QTest::newRow("content type html") << u"text/html; charset=utf-8"_s << QByteArray("x") << u"html"_s;
        QTest::newRow("markdown type") << u"text/markdown"_s << QByteArray("# a") << u"md"_s;
        QTest::newRow("sniffed html") << QString() << QByteArray("  <!DOCTYPE html><html>") << u"html"_s;
        QTest::newRow("unknown is text") << u"dat"_s << QByteArray("words") << u"txt"_s;
    }

    void formatSniffing()
    {
        QFETCH(QString, hint);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QCOMPARE(ArticleLoader::formatFor(hint, bytes), format);
    }

    void truncation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("span");
        QTest::newRow("complete") << u"Kalimat pertama selesai. Kalimat kedua juga selesai."_s << false << QString();
        QTest::newRow("cut mid-sentence") << u"Kalimat pertama selesai. Kalimat kedua berhenti di tengah jal"_s << true
                                          << u"Kalimat kedua berhenti di tengah jal"_s;
        QTest::newRow("quote closes") << u"Ia berkata, \u201CKami siap membantu.\u201D"_s << false << QString();
        QTest::newRow("furniture after body does not count")
            << u"Isi berita ini berakhir dengan titik.\nKOMENTAR"_s << false << QString();
        QTest::newRow("caption after body does not count")
            << u"Isi berita ini berhenti tanpa tanda baca sama sekali\nWarga di lokasi banjir. (AP)"_s << true
            << u"Isi berita ini berhenti tanpa tanda baca sama sekali"_s;
    }

    void truncation()
    {
        QFETCH(QString, text);
        QFETCH(bool, truncated);
        QFETCH(QString, span);
        const LoadResult r = ArticleLoader().loadText(text, u"t"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.article->truncated, truncated);
        QCOMPARE(r.article->textOf(r.article->truncationSpan).toString(), span);
    }

    void pdfHookIsUsed()
    {
        ArticleLoader::setPdfExtractor([](const QByteArray &bytes) {
            return bytes.contains("broken")
                ? PdfText{{}, u"damaged PDF"_s, {}}
                : PdfText{u"Halaman satu berisi teks-\nnya yang terpotong.\n\nParagraf dua."_s, {}, {}};
        });
        const LoadResult ok = ArticleLoader().loadBytes("%PDF-1.4 fine", u"a.pdf"_s);
        QVERIFY(ok.ok());
        QCOMPARE(ok.article->text, u"Halaman satu berisi teksnya yang terpotong.\n\nParagraf dua."_s);
        const LoadResult bad = ArticleLoader().loadBytes("%PDF-1.4 broken", u"b.pdf"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.diagnostics.first().toString(), u"b.pdf: damaged PDF"_s);
        ArticleLoader::setPdfExtractor({});
    }

    void deterministic()
    {
        const LoadResult a = ArticleLoader().loadFile(dataPath(u"article.html"_s));
        const LoadResult b = ArticleLoader().loadFile(dataPath(u"article.html"_s));
        QCOMPARE(a.article->text, b.article->text);
        QCOMPARE(a.article->tokens.size(), b.article->tokens.size());
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
