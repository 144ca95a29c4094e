// The quantity rules of both languages, driven by core/lang/{id,en}/examples/quantities.tsv,
// run after the time step as in the pipeline.
#include "ExampleTables.h"
#include "TestPaths.h"

#include "lang/Language.h"
#include "quantity/QuantityRecogniser.h"
#include "report/JsonReport.h"
#include "time/TimeRecogniser.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace fc;

class TestQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void mentionsCarryFiniteValues();
    void languageDecidesSeparators();
    void deterministic();
    void skipsFurniture();
};

namespace {

Article analysed(const QString &text, const QString &language)
{
    Article a;
    a.text = a.originalText = text;
    a.meta.language = language;
    recogniseTimes(a);
    recogniseQuantities(a);
    return a;
}

QString describe(const QList<Quantity> &qs)
{
    QStringList out;
    for (const auto &q : qs)
        out.append(QStringLiteral("%1=%2").arg(q.text).arg(q.value));
    return out.join(u" | ");
}

} // namespace

void TestQuantity::examples_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("fields");
    QString error;
    const QList<test::ExampleRow> rows = test::exampleRows(QStringLiteral("quantities.tsv"), 8, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const test::ExampleRow &r : rows)
        QTest::addRow("%s %s", qPrintable(r.name()), qPrintable(r.cells[1])) << r.language << r.cells;
    QVERIFY(rows.size() >= 100);
}

void TestQuantity::examples()
{
    QFETCH(QString, language);
    QFETCH(QStringList, fields);
    const QString context = fields[0], expression = fields[1];
    const Article a = analysed(context, language);
    if (expression.startsWith(u'!')) {
        const qsizetype at = context.indexOf(expression.mid(1));
        QVERIFY2(at >= 0, "the excluded text must occur in the context");
        const Span excluded{at, at + expression.size() - 1};
        for (const auto &q : a.quantities)
            QVERIFY2(!q.span.overlaps(excluded), qPrintable(describe(a.quantities)));
        return;
    }
    const auto it =
        std::find_if(a.quantities.begin(), a.quantities.end(), [&](const Quantity &q) { return q.text == expression; });
    QVERIFY2(it != a.quantities.end(), qPrintable(QStringLiteral("found: [%1]").arg(describe(a.quantities))));
    const auto number = [](const QString &s) {
        return s == u"inf" ? std::numeric_limits<double>::infinity() : s.toDouble();
    };
    QCOMPARE(it->value, number(fields[2]));
    QVERIFY2(std::abs(it->low - number(fields[3])) < 1e-6 * std::max(1.0, std::abs(it->low)),
             qPrintable(QString::number(it->low)));
    if (fields[4] == u"inf")
        QVERIFY(std::isinf(it->high));
    else
        QVERIFY2(std::abs(it->high - number(fields[4])) < 1e-6 * std::max(1.0, std::abs(it->high)),
                 qPrintable(QString::number(it->high)));
    QCOMPARE(approximationCode(it->approximation), fields[5]);
    QCOMPARE(it->unit, fields[6] == u"-" ? QString() : fields[6]);
    QCOMPARE(it->noun, fields[7] == u"-" ? QString() : fields[7]);
    QCOMPARE(a.textOf(it->span).toString(), it->text);
}

// "lebih dari 2.000" is open above; the report must never see the infinity.
void TestQuantity::mentionsCarryFiniteValues()
{
    Report report;
    report.articles.append(
        analysed(QStringLiteral("Lebih dari 2.000 rumah dan sedikitnya 12 orang."), QStringLiteral("id")));
    report.articles[0].id = QStringLiteral("d1");
    QCOMPARE(report.articles[0].quantities.size(), 2);
    int quantities = 0;
    for (const auto &m : report.articles[0].mentions) {
        if (m.type != MentionType::Quantity)
            continue;
        ++quantities;
        QVERIFY(std::isfinite(m.value.toDouble()));
    }
    QCOMPARE(quantities, 2);
    const QByteArray json = writeJsonReport(report, {QStringLiteral("factcheck"), QStringLiteral("test")});
    QVERIFY(json.contains("\"value\": 2000"));
    QVERIFY(!json.contains("inf"));
}

void TestQuantity::languageDecidesSeparators()
{
    QCOMPARE(analysed(QStringLiteral("Sebanyak 11.000 tentara."), QStringLiteral("id")).quantities.value(0).value,
             11000.0);
    QCOMPARE(analysed(QStringLiteral("Some 11,000 troops."), QStringLiteral("en")).quantities.value(0).value, 11000.0);
    QCOMPARE(analysed(QStringLiteral("Naik 2,5 meter."), QStringLiteral("id")).quantities.value(0).value, 2.5);
    QCOMPARE(analysed(QStringLiteral("Rose 2.5 metres."), QStringLiteral("en")).quantities.value(0).value, 2.5);
    // Unstated language: guessed from the text.
    QCOMPARE(analysed(QStringLiteral("Sekitar 11.000 tentara yang dikirim dan ditempatkan di sana."), QString())
                 .quantities.value(0)
                 .value,
             11000.0);
    QCOMPARE(analysed(QStringLiteral("About 11,000 troops were sent to the front and stayed there."), QString())
                 .quantities.value(0)
                 .value,
             11000.0);
}

void TestQuantity::deterministic()
{
    const QString text =
        QStringLiteral("Sekitar 1.200 rumah, 3.400 warga, Rp 1,5 miliar, 12 hingga 15 orang, puluhan relawan.");
    const Article a = analysed(text, QStringLiteral("id"));
    const Article b = analysed(text, QStringLiteral("id"));
    QCOMPARE(describe(a.quantities), describe(b.quantities));
    QCOMPARE(a.quantities.size(), 5);
}

// Captions and "Baca Juga" blocks (paragraphs that are not body text) count nothing.
void TestQuantity::skipsFurniture()
{
    Article a;
    a.text = QStringLiteral("Baca juga: 500 rumah rusak\nSekitar 1.200 rumah terendam.");
    a.meta.language = QStringLiteral("id");
    a.paragraphs = {Paragraph{{0, 26}, {}, 0, false}, Paragraph{{27, a.text.size()}, {}, 0, true}};
    recogniseTimes(a);
    recogniseQuantities(a);
    QCOMPARE(describe(a.quantities), QStringLiteral("Sekitar 1.200 rumah=1200"));
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
