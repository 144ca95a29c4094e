// The HTML report: self-contained, inert whatever the articles contain (checked as text and
// in headless chromium), with highlights, legend, anchors that resolve, and review columns.
#include "HandmadeReport.h"
#include "TestPaths.h"

#include "export/HtmlReport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TestExportHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noActiveContent_data();
    void noActiveContent();
    void contentSecurityPolicyForbidsScripts();
    void hostileTextIsShownEscaped_data();
    void hostileTextIsShownEscaped();
    void everyEvidenceLinkHasItsAnchor();
    void mentionsHighlightedPerTypeWithLegend();
    void entityIndexAndTimeline();
    void reviewColumnsOnlyWhenReviewed();
    void printCss();
    void chromiumHarnessSeesScripts();
    void chromiumRunsNoScriptFromArticles_data();
    void chromiumRunsNoScriptFromArticles();

private:
    QString dumpDom(const QString &htmlPath);
    QString m_html;
    QString m_chromium;
};

void TestExportHtml::initTestCase()
{
    m_html = QString::fromUtf8(writeHtmlReport(test::handmadeReport(), test::handmadeReviews()));
    QFile out(test::artifactPath(QStringLiteral("handmade-report.html")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_html.toUtf8());
    for (const char *name : {"chromium", "chromium-browser"}) {
        m_chromium = QStandardPaths::findExecutable(QLatin1String(name));
        if (!m_chromium.isEmpty())
            break;
    }
}

// Patterns that would make the page run code or fetch something, case-insensitive.
void TestExportHtml::noActiveContent_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("script element") << QStringLiteral("<script");
    QTest::newRow("img element") << QStringLiteral("<img");
    QTest::newRow("style element from text") << QStringLiteral("<style>body");
    QTest::newRow("event handler attribute") << QStringLiteral("\\son[a-z]+\\s*=\\s*[\"']?[a-z]");
    QTest::newRow("javascript url") << QStringLiteral("(href|src)\\s*=\\s*[\"']?\\s*javascript:");
    QTest::newRow("external resource") << QStringLiteral("\\s(src|srcset|data)\\s*=");
    QTest::newRow("link element") << QStringLiteral("<link");
    QTest::newRow("css import") << QStringLiteral("@import");
    QTest::newRow("css url") << QStringLiteral("url\\(");
    QTest::newRow("iframe") << QStringLiteral("<iframe");
    QTest::newRow("object") << QStringLiteral("<object");
    QTest::newRow("base") << QStringLiteral("<base");
    QTest::newRow("form") << QStringLiteral("<form");
}

void TestExportHtml::noActiveContent()
{
    QFETCH(QString, pattern);
    // Look at the markup only: escaped article text may say anything, as long as it stays text.
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z/!][^>]*>"));
    QString markup;
    // Quoted attribute values are data too (titles repeat entity names): blank them.
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    for (auto it = tag.globalMatch(m_html); it.hasNext();)
        markup += it.next().captured().replace(quoted, QStringLiteral("\"\"")) + u'\n';
    QVERIFY(markup.contains(QStringLiteral("<span class=\"\" title=\"\">")));
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(markup);
    QVERIFY2(!match.hasMatch(),
             qPrintable(QStringLiteral("found '%1' at %2: %3")
                            .arg(match.captured(), QString::number(match.capturedStart()),
                                 markup.mid(qMax(0, match.capturedStart() - 60), 140))));
}

void TestExportHtml::contentSecurityPolicyForbidsScripts()
{
    QVERIFY(
        m_html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")));
    QVERIFY(!m_html.contains(QStringLiteral("script-src")));
    // The policy must come before anything taken from the articles.
    QVERIFY(m_html.indexOf(QStringLiteral("Content-Security-Policy")) < m_html.indexOf(QStringLiteral("Warga")));
}

void TestExportHtml::hostileTextIsShownEscaped_data()
{
    QTest::addColumn<QString>("escaped");
    QTest::newRow("script") << QStringLiteral("&lt;script&gt;document.title=&#39;PW&#39;+&#39;NED&#39;&lt;/script&gt;");
    QTest::newRow("attribute breakout") << QStringLiteral("&quot;&gt;&lt;img src=x onerror=&quot;");
    QTest::newRow("javascript link") << QStringLiteral("&lt;a href=&quot;javascript:");
    QTest::newRow("bold tag") << QStringLiteral("&lt;b&gt;Ali&lt;/b&gt;");
    QTest::newRow("title metadata") << QStringLiteral(
        "&lt;script&gt;document.title=&#39;PW&#39;+&#39;NED&#39;&lt;/script&gt;Judul");
    QTest::newRow("entity name") << QStringLiteral("&lt;img src=x onerror=alert(8)&gt;");
    QTest::newRow("review note") << QStringLiteral("&lt;img src=x onerror=alert(9)&gt;");
    QTest::newRow("path") << QStringLiteral("fixtures/&lt;script&gt;alert(&#39;path&#39;)&lt;/script&gt;.html");
    QTest::newRow("kb id that is not one") << QStringLiteral("<td>javascript:alert(1)</td>");
    QTest::newRow("astral text kept") << QString::fromUtf8(
        "\xF0\x9F\x93\xB0 <span class=\"m m-LOC\" title=\"place · Pyongyang\">PYONGYANG</span>");
}

void TestExportHtml::hostileTextIsShownEscaped()
{
    QFETCH(QString, escaped);
    QVERIFY2(m_html.contains(escaped), qPrintable(escaped));
}

void TestExportHtml::everyEvidenceLinkHasItsAnchor()
{
    static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
    QStringList targets;
    for (auto it = link.globalMatch(m_html); it.hasNext();)
        targets << it.next().captured(1);
    QVERIFY(targets.contains(QStringLiteral("ev-f1-1")));
    QVERIFY(targets.contains(QStringLiteral("ev-f4-2")));
    QVERIFY(targets.contains(QStringLiteral("tl-1")));
    for (const QString &t : std::as_const(targets))
        QVERIFY2(m_html.contains(QStringLiteral("id=\"%1\"").arg(t)), qPrintable(t));
    // The evidence anchor sits right before the highlighted span it names.
    const qsizetype anchor = m_html.indexOf(QStringLiteral("<a class=\"anchor\" id=\"ev-f1-1\"></a>"));
    QVERIFY(anchor > 0);
    QVERIFY(m_html.mid(anchor, 300).contains(QStringLiteral("<span class=\"ev\">Februari 2022</span>")));
}

void TestExportHtml::mentionsHighlightedPerTypeWithLegend()
{
    for (const char *type : {"PER", "ORG", "LOC", "TITLE", "DATE", "TIME", "QUANTITY", "SOURCE"}) {
        const QString cls = QStringLiteral("m m-") + QLatin1String(type);
        QVERIFY2(m_html.contains(QStringLiteral(".m-%1 { background: #").arg(QLatin1String(type))), type);
        QVERIFY2(m_html.contains(QStringLiteral("<li class=\"%1\">").arg(cls)), type);           // legend
        QVERIFY2(m_html.contains(QStringLiteral("<span class=\"%1\" title=\"").arg(cls)), type); // in text
    }
    // Hover shows the normalised value and the entity.
    QVERIFY(m_html.contains(QStringLiteral("title=\"quantity = 11000\">")));
    QVERIFY(
        m_html.contains(QStringLiteral("title=\"person · Kim Jong Un\"><span class=\"ev\">Kim Jon Un</span></span>")));
    // Nested: the place inside the organisation keeps its own colour.
    QVERIFY(m_html.contains(QStringLiteral("Kementerian Pertahanan </span><span class=\"m m-LOC\"")));
}

void TestExportHtml::entityIndexAndTimeline()
{
    QVERIFY(m_html.contains(QStringLiteral("<td>Kim Jong Un</td><td>Kim Jon Un</td>")));
    QVERIFY(m_html.contains(QStringLiteral("<a href=\"https://www.wikidata.org/wiki/Q56226\">Q56226</a>")));
    QVERIFY(m_html.contains(QStringLiteral("<svg class=\"timeline\"")));
    QCOMPARE(m_html.count(QStringLiteral("<circle class=\"event conflict\"")), 2);
    QCOMPARE(m_html.count(QStringLiteral("<line class=\"conflict-link\"")), 1);
    // The chart explains its marks (paper has no tooltips).
    QVERIFY(m_html.contains(QStringLiteral("<g class=\"chart-legend\">")));
    QVERIFY(m_html.contains(QStringLiteral(">disputed date</text>")));
    // Findings name their kind in words; the contract's code stays in the title.
    QVERIFY(m_html.contains(QStringLiteral("<td class=\"kind\" title=\"date_conflict\">date conflict</td>")));
}

void TestExportHtml::reviewColumnsOnlyWhenReviewed()
{
    QVERIFY(m_html.contains(QStringLiteral("<th>Status</th><th>Note</th>")));
    QVERIFY(m_html.contains(
        QStringLiteral("<td class=\"status status-confirmed\">confirmed</td><td>Checked against the wire copy.</td>")));
    QVERIFY(m_html.contains(QStringLiteral("<td class=\"status status-needs_check\">needs check</td>")));
    const QString plain = QString::fromUtf8(writeHtmlReport(test::handmadeReport()));
    QVERIFY(!plain.contains(QStringLiteral("<th>Status</th>")));
}

void TestExportHtml::printCss()
{
    QVERIFY(m_html.contains(QStringLiteral("@media print")));
}

QString TestExportHtml::dumpDom(const QString &htmlPath)
{
    QTemporaryDir profile;
    QProcess p;
    p.start(m_chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
             QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
             QStringLiteral("--disable-sync"), QStringLiteral("--no-first-run"),
             QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--virtual-time-budget=3000"),
             QStringLiteral("--dump-dom"), QStringLiteral("file://") + htmlPath});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Proves the check below can fail: the same payload, unescaped, does run in this chromium.
void TestExportHtml::chromiumHarnessSeesScripts()
{
    if (m_chromium.isEmpty())
        QFAIL("chromium is not installed: run the suite through packaging/build-env, which provides it");
    const QString path = test::artifactPath(QStringLiteral("xss-control.html"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p>"
            "<script>document.title='PW'+'NED'</script>"
            "<img src=x onerror=\"document.body.setAttribute('data-x','HAC'+'KED')\"></body></html>");
    f.close();
    const QString dom = dumpDom(path);
    QVERIFY2(dom.contains(QStringLiteral("PWNED")), qPrintable(dom));
    QVERIFY2(dom.contains(QStringLiteral("HACKED")), qPrintable(dom));
}

void TestExportHtml::chromiumRunsNoScriptFromArticles_data()
{
    QTest::addColumn<bool>("keepPolicy");
    QTest::newRow("as written") << true;
    // Escaping alone must already make it inert; the policy is a second wall, not the only one.
    QTest::newRow("without the policy") << false;
}

void TestExportHtml::chromiumRunsNoScriptFromArticles()
{
    QFETCH(bool, keepPolicy);
    if (m_chromium.isEmpty())
        QFAIL("chromium is not installed: run the suite through packaging/build-env, which provides it");
    QString html = m_html;
    if (!keepPolicy) {
        html.remove(QRegularExpression(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")));
        QVERIFY(!html.contains(QStringLiteral("Content-Security-Policy")));
    }
    const QString path =
        test::artifactPath(keepPolicy ? QStringLiteral("xss-report.html") : QStringLiteral("xss-report-no-csp.html"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(html.toUtf8());
    f.close();
    const QString dom = dumpDom(path);
    QVERIFY2(dom.contains(QStringLiteral("Fact-check report")), "chromium did not load the report");
    QVERIFY2(dom.contains(QStringLiteral("Kim Jong Un")), "chromium did not load the report");
    QVERIFY2(!dom.contains(QStringLiteral("PWNED")), "a script from an article ran");
    QVERIFY2(!dom.contains(QStringLiteral("HACKED")), "an event handler from an article ran");
    QVERIFY(!dom.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    // Text nodes serialise '<' as &lt;, so a raw '<a' here would be a real element.
    QVERIFY(!dom.contains(QStringLiteral("<a href=\"javascript:"), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestExportHtml)
#include "tst_export_html.moc"
