#include "TestPaths.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace fc;

// Measured claims on public data nobody here wrote: IndoNLI pairs chosen by
// tests/eval/select_indonli.py (ids and labels in tests/eval/indonli_pairs.tsv, the sentences
// read from ../shared/data at test time). Each pair is analysed as two one-sentence articles
// through the whole Analyzer. A disagreement is found when some value conflict has evidence in
// both articles; a control raises a false alarm when it has one. Prints both per value kind and
// fails below the floors measured when the claims were built (see the README of tests/eval).
class TestClaimsPublicEval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indonli();
};

namespace {

// The kinds of finding that say two articles give different values for one thing.
bool isValueConflict(const QString &kind)
{
    return kind == u"date_conflict" || kind == u"quantity_conflict";
}

struct Tally
{
    int total = 0;
    int flagged = 0;
    int familyOnly = 0; // flagged by the event-family checks alone (the engine before measured claims)
};

QString rate(const Tally &t, bool familyOnly = false)
{
    const int n = familyOnly ? t.familyOnly : t.flagged;
    return t.total == 0
        ? QStringLiteral("-")
        : QString::number(double(n) / t.total, 'f', 3) + QStringLiteral(" (%1/%2)").arg(n).arg(t.total);
}

} // namespace

void TestClaimsPublicEval::indonli()
{
    const QString dataDir = test::sourcePath(QStringLiteral("../shared/data/indonli"));
    QVERIFY2(QFile::exists(dataDir + QStringLiteral("/train.jsonl")),
        qPrintable(QStringLiteral("the public IndoNLI data is missing: expected %1/train.jsonl and val.jsonl "
                                  "(see ../shared/data/README.md)")
                .arg(dataDir)));
    QMap<QString, QStringList> lines;
    for (const char *name : {"train.jsonl", "val.jsonl"}) {
        QFile f(dataDir + QLatin1Char('/') + QLatin1String(name));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName() + QStringLiteral(": cannot open")));
        lines.insert(QLatin1String(name), QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')));
    }
    QFile pairs(test::sourcePath(QStringLiteral("tests/eval/indonli_pairs.tsv")));
    QVERIFY2(pairs.open(QIODevice::ReadOnly), qPrintable(pairs.fileName() + QStringLiteral(": cannot open")));

    const ArticleLoader loader;
    const Analyzer analyzer;
    QMap<QString, Tally> recall, alarms; // per value kind, "all" for the total
    QStringList missed, falseAlarms;
    for (const QByteArray &raw : pairs.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        QVERIFY2(cols.size() == 6,
            qPrintable(pairs.fileName() + QStringLiteral(": bad row: ") + QString::fromUtf8(raw)));
        const QString line = lines.value(cols[0]).value(cols[1].toInt() - 1);
        const QJsonObject pair = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(QString::number(pair.value(QStringLiteral("pair_id")).toInteger()) == cols[2],
            qPrintable(QStringLiteral("%1 line %2 is not pair %3: the data changed")
                    .arg(cols[0], cols[1], cols[2])));
        QList<Article> articles;
        for (const char *field : {"premise", "hypothesis"}) {
            auto loaded = loader.loadText(pair.value(QLatin1String(field)).toString(), QLatin1String(field));
            QVERIFY(loaded.ok());
            loaded.article->meta.language = QStringLiteral("id");
            articles.append(*loaded.article);
        }
        const Report report = analyzer.analyze(articles);
        const QString premiseId = report.articles.at(0).id, hypothesisId = report.articles.at(1).id;
        bool flagged = false, familyOnly = false;
        for (const Finding &f : report.findings) {
            if (!isValueConflict(f.kind))
                continue;
            bool a = false, b = false;
            for (const Evidence &e : f.evidence) {
                a = a || e.doc == premiseId;
                b = b || e.doc == hypothesisId;
            }
            flagged = flagged || (a && b);
            familyOnly = familyOnly || (a && b && !f.match);
        }
        const bool disagreement = cols[5] == u"disagreement";
        QMap<QString, Tally> &table = disagreement ? recall : alarms;
        for (const QString &k : {cols[4], QStringLiteral("all")}) {
            table[k].total += 1;
            table[k].flagged += flagged ? 1 : 0;
            table[k].familyOnly += familyOnly ? 1 : 0;
        }
        if (disagreement && !flagged)
            missed.append(cols[4] + QLatin1Char(' ') + cols[0] + QLatin1Char(':') + cols[1]);
        if (!disagreement && flagged)
            falseAlarms.append(cols[4] + QLatin1Char(' ') + cols[0] + QLatin1Char(':') + cols[1]);
    }
    // "family checks only" is the engine before measured claims: findings without a match object.
    qInfo().noquote() << "kind       recall                 false alarms           | family checks only: "
                         "recall, false alarms";
    for (auto it = recall.cbegin(); it != recall.cend(); ++it)
        qInfo().noquote() << it.key().leftJustified(10) << rate(it.value()).leftJustified(22)
                          << rate(alarms.value(it.key())).leftJustified(22) << "|" << rate(it.value(), true)
                          << rate(alarms.value(it.key()), true);
    if (qEnvironmentVariableIsSet("FC_EVAL_VERBOSE")) {
        qInfo().noquote() << "missed:" << missed.join(QLatin1Char(' '));
        qInfo().noquote() << "false alarms:" << falseAlarms.join(QLatin1Char(' '));
    }
    const Tally all = recall.value(QStringLiteral("all")), control = alarms.value(QStringLiteral("all"));
    QVERIFY2(all.total >= 100, "too few disagreements selected: tests/eval/indonli_pairs.tsv is damaged");
    // Floors from the measured figures (tests/eval/README.md), a little below them.
    constexpr double recallFloor = 0.58, alarmCeiling = 0.05;
    QVERIFY2(double(all.flagged) / all.total >= recallFloor,
        qPrintable(QStringLiteral("recall %1 below %2").arg(rate(all)).arg(recallFloor)));
    QVERIFY2(double(control.flagged) / control.total <= alarmCeiling,
        qPrintable(QStringLiteral("false alarms %1 above %2").arg(rate(control)).arg(alarmCeiling)));
}

QTEST_GUILESS_MAIN(TestClaimsPublicEval)
#include "tst_claims_public_eval.moc"
