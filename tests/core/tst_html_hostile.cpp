#include "ingest/ArticleLoader.h"
#include "ingest/HtmlExtractor.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

// Hostile HTML of about 1 MB, generated here, costs bounded work: the parser walks its stack of
// open elements for every start tag and copied that stack into every parse error it kept, so
// work is bounded when the tree it builds stays shallow and it keeps no errors. The nesting
// limit is 256; the parser adds at most a few implied elements per counted one (html, body,
// a table's tbody and tr), hence the bound below.
namespace {
constexpr int MaxTreeDepth = 4 * 256 + 8;
constexpr qsizetype PageBytes = 1 << 20;

QByteArray repeated(const QByteArray &prefix, const QByteArray &unit)
{
    QByteArray page = prefix;
    while (page.size() < PageBytes)
        page += unit;
    return page;
}
} // namespace

class TestHtmlHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostilePageStaysShallow_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<bool>("flattened");
        QTest::newRow("plain deep divs") << repeated({}, "<div>") << true;
        QTest::newRow("<div/> opens a div") << repeated({}, "<div/>") << true;
        QTest::newRow("stray end tags") << repeated({}, "<div></x>") << true;
        QTest::newRow("end tag in a quoted attribute") << repeated({}, "<div title=\"></div>\">") << true;
        QTest::newRow("end tag in a textarea") << repeated({}, "<div><textarea></div></textarea>") << true;
        QTest::newRow("end tag in upper-case script") << repeated({}, "<div><SCRIPT>x</div></SCRIPT>") << true;
        QTest::newRow("end tag in escaped script")
            << repeated({}, "<div><script><!--<script></div></script>--></script>") << true;
        QTest::newRow("end tag across a scope boundary") << repeated({}, "<div><object></div>") << true;
        QTest::newRow("formatting element across a block") << repeated({}, "<b><div></b>") << true;
        QTest::newRow("reopened formatting elements") << repeated({}, "<div><b id=1><b id=2><b id=3></div>x") << true;
        QTest::newRow("nearest heading closes") << repeated({}, "<h1><div><h2></h1>") << true;
        QTest::newRow("breaking out of svg") << repeated({}, "<svg><div/>") << true;
        QTest::newRow("svg self-closing elements") << repeated("<svg>", "<path d='M0 0'/>") << false;
        QTest::newRow("tag made by dropping a tag") << repeated(repeated({}, "<div>").left(2000), "<<x>div>") << true;
        QTest::newRow("implied table parts") << repeated({}, "<table><td>") << true;
        QTest::newRow("unclosed paragraphs and items") << repeated("<ul>", "<li><p>text ") << false;
    }

    void hostilePageStaysShallow()
    {
        QFETCH(QByteArray, page);
        QFETCH(bool, flattened);
        const HtmlArticle html = extractHtmlArticle(page);
        QVERIFY2(html.treeDepth <= MaxTreeDepth, qPrintable(QString::number(html.treeDepth)));
        QCOMPARE(html.parseErrorsKept, 0);
        QCOMPARE(html.flattened, flattened);
    }

    // Tag soup from the tokens that matter to the tokenizer and the tree builder, with fixed
    // seeds: whatever the mix, the parsed tree stays within the bound.
    void tagSoupStaysShallow_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void tagSoupStaysShallow()
    {
        QFETCH(quint32, seed);
        static const char *const tokens[] = {"<div>",
                                             "</div>",
                                             "<div/>",
                                             "<b>",
                                             "</b>",
                                             "<i class=x>",
                                             "<p>",
                                             "</p>",
                                             "<table>",
                                             "<td>",
                                             "</td>",
                                             "<tr>",
                                             "</table>",
                                             "<svg>",
                                             "</svg>",
                                             "<path/>",
                                             "<object>",
                                             "</object>",
                                             "<textarea>",
                                             "</textarea>",
                                             "<script>",
                                             "</script>",
                                             "<!--",
                                             "-->",
                                             "<li>",
                                             "</x>",
                                             "<h1>",
                                             "</h2>",
                                             "text ",
                                             "<a href=1>",
                                             "</a>",
                                             "<span>",
                                             "</span>",
                                             "\"",
                                             "'",
                                             "<div title='",
                                             ">",
                                             "<",
                                             "<!",
                                             "<![CDATA[",
                                             "]]>",
                                             "<math>",
                                             "<mi>",
                                             "<foreignObject>",
                                             "</foreignObject>",
                                             "<select>",
                                             "<option>",
                                             "<template>",
                                             "</template>",
                                             "<font color=red>",
                                             "<nobr>",
                                             "<ul>",
                                             "</ul>",
                                             "<dd>",
                                             "<button>",
                                             "</body>",
                                             "<caption>",
                                             "<title>",
                                             "</title>",
                                             "<style>",
                                             "</style>",
                                             "<SCRIPT>",
                                             "</SCRIPT>"};
        QRandomGenerator random(seed);
        QByteArray page;
        while (page.size() < PageBytes / 4)
            page += tokens[random.bounded(int(std::size(tokens)))];
        const HtmlArticle html = extractHtmlArticle(page);
        QVERIFY2(html.treeDepth <= MaxTreeDepth, qPrintable(QString::number(html.treeDepth)));
        QCOMPARE(html.parseErrorsKept, 0);
    }

    // Reaching the limit is said, naming the input.
    void limitIsReported()
    {
        const LoadResult r = ArticleLoader().loadBytes(
            repeated({}, "<div/>") + "<p>Teks artikel yang cukup panjang untuk dibaca oleh pemuat.</p>",
            u"hostile.html"_s, u"html"_s);
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY(r.diagnostics.first().toString().contains(u"hostile.html"_s));
        QVERIFY(r.diagnostics.first().message.contains(u"nested"_s));
    }

    // Ordinary markup keeps its structure: nothing is dropped from a well-formed page.
    void ordinaryPageIsUntouched()
    {
        const QByteArray page = "<html><head><title>T</title><script>if (a<b) x='</div>';</script></head><body>"
                                "<svg><path d='M0'/><g><rect/></g></svg><ul><li>a<li>b</ul>"
                                "<table><tr><td>1<td>2<tr><td>3</table><p>x<p>y<div><b>z</b></div></body></html>";
        bool changed = true;
        QCOMPARE(limitHtmlNesting(page, 8, &changed), page);
        QVERIFY(!changed);
    }
};

QTEST_GUILESS_MAIN(TestHtmlHostile)
#include "tst_html_hostile.moc"
