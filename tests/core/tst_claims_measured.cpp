// Measured claims (core/claims/MeasuredClaims.cpp) through the whole pipeline, driven by
// core/lang/{id,en}/examples/measures.tsv (one value of one sentence a row: its kind, unit,
// measured thing, period, basis and whether it is a forecast), and the alignment of two
// one-sentence articles by core/lang/{id,en}/examples/measure-pairs.tsv (a conflict or silence).
#include "ExampleTables.h"
#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "lang/Language.h"
#include "pipeline/Analyzer.h"
#include "report/JsonReport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QFile>
#include <QTest>

using namespace fc;

class TestClaimsMeasured : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claims_data();
    void claims();
    void pairs_data();
    void pairs();
};

namespace {

// Rows of a tab-separated example table, with "file:line" names; fails on a bad row.
QList<std::pair<QString, QStringList>> rows(const QString &name, int columns)
{
    QString error;
    const QList<test::ExampleRow> table = test::exampleRows(name, columns, &error, test::TablePresence::Optional);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    QList<std::pair<QString, QStringList>> out;
    for (const test::ExampleRow &r : table)
        out.append({r.name(), r.cells});
    return out;
}

Article load(const QString &text, const QString &language, const QString &name)
{
    auto loaded = ArticleLoader().loadText(text, name);
    Article a = *loaded.article;
    // One sentence is too short to tell its language, or whether it is a headline, reliably:
    // here it stands for an article's body in the given language.
    a.meta.language = language;
    for (Paragraph &p : a.paragraphs) {
        p.language = language;
        p.body = true;
    }
    return a;
}

QString dash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

void TestClaimsMeasured::claims_data()
{
    QTest::addColumn<QStringList>("f");
    const auto table = rows(QStringLiteral("measures.tsv"), 9);
    for (const auto &[name, f] : table)
        QTest::newRow(qPrintable(name + QLatin1Char(' ') + f[2])) << f;
    QVERIFY(table.size() >= 20);
}

// language, sentence, value as written, kind, unit, measure ("*" any), period, qualifiers, fact|expected
void TestClaimsMeasured::claims()
{
    QFETCH(QStringList, f);
    const Report report = Analyzer().analyze({load(f[1], f[0], QStringLiteral("sentence"))});
    const Article &a = report.articles.first();
    QStringList seen;
    for (const MeasuredClaim &c : a.measured) {
        const QString period = c.period >= 0 ? a.times.at(c.period).value.iso() : c.periodText;
        const QString got = QStringList{c.valueText,
                                        valueKindCode(c.kind),
                                        dash(c.unit),
                                        c.measure,
                                        dash(period),
                                        dash(c.qualifiers.join(QLatin1Char(','))),
                                        c.expected ? QStringLiteral("expected") : QStringLiteral("fact")}
                                .join(QLatin1String(" | "));
        seen.append(got);
        if (c.valueText != f[2])
            continue;
        const QString want =
            QStringList{f[2], f[3], f[4], f[5] == u"*" ? c.measure : f[5], f[6], f[7], f[8]}.join(QLatin1String(" | "));
        QCOMPARE(got, want);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no measured claim \"%1\"; claims: %2").arg(f[2], seen.join(QLatin1String("; ")))));
}

void TestClaimsMeasured::pairs_data()
{
    QTest::addColumn<QStringList>("f");
    const auto table = rows(QStringLiteral("measure-pairs.tsv"), 6);
    for (const auto &[name, f] : table)
        QTest::newRow(qPrintable(name + QLatin1Char(' ') + f[5])) << f;
    QVERIFY(table.size() >= 10);
}

// language A, sentence A, language B, sentence B, conflict|silent, why
void TestClaimsMeasured::pairs()
{
    QFETCH(QStringList, f);
    const Report report =
        Analyzer().analyze({load(f[1], f[0], QStringLiteral("a")), load(f[3], f[2], QStringLiteral("b"))});
    QStringList found;
    for (const Finding &x : report.findings) {
        if (x.kind != u"date_conflict" && x.kind != u"quantity_conflict")
            continue;
        QStringList docs;
        for (const Evidence &e : x.evidence)
            docs.append(e.doc);
        if (docs.contains(QStringLiteral("d1")) && docs.contains(QStringLiteral("d2")))
            found.append(x.summary + (x.match ? QStringLiteral(" [score %1]").arg(x.match->score) : QString()));
    }
    const bool conflict = f[4] == u"conflict";
    QVERIFY2(conflict == !found.isEmpty(),
             qPrintable(found.isEmpty() ? QStringLiteral("no conflict found") : found.join(u'\n')));
    // The report says why: a match object with the score and both claims' parts.
    for (const QJsonValue &v : reportToJson(report).value(QStringLiteral("findings")).toArray()) {
        const QJsonObject match = v.toObject().value(QStringLiteral("match")).toObject();
        if (match.isEmpty())
            continue;
        QVERIFY(match.value(QStringLiteral("score")).toDouble() > 0);
        const QJsonArray claims = match.value(QStringLiteral("claims")).toArray();
        QCOMPARE(claims.size(), 2);
        for (const QJsonValue &c : claims)
            for (const char *key :
                 {"doc", "kind", "value", "text", "unit", "measure", "lemmas", "period", "qualifiers"})
                QVERIFY2(c.toObject().contains(QLatin1String(key)), key);
    }
}

QTEST_GUILESS_MAIN(TestClaimsMeasured)
#include "tst_claims_measured.moc"
