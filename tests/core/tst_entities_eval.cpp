// Precision, recall and F1 of PER/ORG/LOC recognition on the project's annotated evaluation
// set (core/lang/<lang>/examples/ner-eval.jsonl: sentences written for the project, character
// offsets in Unicode code points, exact span and type must match). Fails below the floors.
#include "SpanScores.h"
#include "TestPaths.h"

#include "entities/KnowledgeBase.h"
#include "entities/MentionRecogniser.h"
#include "model/Article.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace fc;

class TestEntitiesEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scores_data();
    void scores();
};

using Counts = test::SpanCounts;

// Code-point offsets to UTF-16 (the set is BMP-only today, but say so in code, not in hope).
static qsizetype utf16Offset(const QString &text, qsizetype codePoints)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < codePoints && i < text.size(); ++n)
        i += text.at(i).isHighSurrogate() ? 2 : 1;
    return i;
}

void TestEntitiesEval::scores_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("floor"); // F1 floor, set just under what was measured
    // Measured 2026-11-23 after the possessive, list, X-of-Y, holiday and title fixes (id
    // 157 sentences: PER 0.922, ORG 0.918, LOC 0.966; en 161: PER 0.966, ORG 0.904, LOC
    // 0.948); floors leave a little room for rule changes.
    // id PER back to 0.90, 2026-12-06: the tagger's capitalised-run features had read a run
    // holding an organisation or place and then a person ("Garuda Indonesia Wamildan Tsani
    // Panjaitan") with the split one word off (PER 0.919 -> 0.898); where the rules read the same
    // run as the same two types, their split now stands (TaggerMerge): PER 0.929, LOC 0.951.
    // id ORG 0.918 -> 0.925, LOC 0.946 -> 0.955, 2026-12-07: a tagged place or organisation
    // with standing names wholly inside is taken whole (TaggerMerge).
    QTest::newRow("id PER") << "id" << "PER" << 0.90;
    QTest::newRow("id ORG") << "id" << "ORG" << 0.91;
    QTest::newRow("id LOC") << "id" << "LOC" << 0.95;
    QTest::newRow("en PER") << "en" << "PER" << 0.94;
    QTest::newRow("en ORG") << "en" << "ORG" << 0.88;
    QTest::newRow("en LOC") << "en" << "LOC" << 0.92;
}

static QMap<QString, Counts> evaluate(const QString &language, int *sentences)
{
    QMap<QString, Counts> counts;
    const QString path = test::sourcePath(QStringLiteral("core/lang/%1/examples/ner-eval.jsonl").arg(language));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    *sentences = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Article a;
        a.text = o.value(QLatin1String("text")).toString();
        a.originalText = a.text;
        a.meta.language = language;
        recogniseNames(a, KnowledgeBase::bundled());
        ++*sentences;
        QSet<QString> gold, found;
        for (const QJsonValue v : o.value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = v.toObject();
            gold.insert(QStringLiteral("%1:%2:%3")
                            .arg(m.value(QLatin1String("type")).toString())
                            .arg(utf16Offset(a.text, m.value(QLatin1String("start")).toInt()))
                            .arg(utf16Offset(a.text, m.value(QLatin1String("end")).toInt())));
        }
        for (const Mention &m : std::as_const(a.mentions)) {
            const QString type = mentionTypeCode(m.type);
            if (type == u"PER" || type == u"ORG" || type == u"LOC")
                found.insert(QStringLiteral("%1:%2:%3").arg(type).arg(m.span.start).arg(m.span.end));
        }
        // The gold standard marks the outermost name: a place inside a predicted organisation
        // ("Pemerintah Korea Utara") is not held against the recogniser.
        for (const QString &f : std::as_const(found)) {
            const QStringList p = f.split(u':');
            bool nested = false;
            for (const QString &g : std::as_const(found)) {
                const QStringList q = g.split(u':');
                if (g != f && q.at(1).toInt() <= p.at(1).toInt() && q.at(2).toInt() >= p.at(2).toInt()
                    && gold.contains(g))
                    nested = true;
            }
            if (gold.contains(f)) {
                counts[p.at(0)].truePositive++;
            } else if (!nested) {
                counts[p.at(0)].falsePositive++;
                if (qEnvironmentVariableIsSet("FC_EVAL_VERBOSE"))
                    qInfo("FP %s %s", qPrintable(f),
                          qPrintable(a.text.mid(p.at(1).toInt(), p.at(2).toInt() - p.at(1).toInt())));
            }
        }
        for (const QString &g : std::as_const(gold)) {
            if (!found.contains(g)) {
                counts[g.split(u':').at(0)].falseNegative++;
                const QStringList q = g.split(u':');
                if (qEnvironmentVariableIsSet("FC_EVAL_VERBOSE"))
                    qInfo("FN %s %s", qPrintable(g),
                          qPrintable(a.text.mid(q.at(1).toInt(), q.at(2).toInt() - q.at(1).toInt())));
            }
        }
    }
    return counts;
}

void TestEntitiesEval::scores()
{
    QFETCH(QString, language);
    QFETCH(QString, type);
    QFETCH(double, floor);
    static QMap<QString, QMap<QString, Counts>> cache;
    if (!cache.contains(language)) {
        int sentences = 0;
        cache.insert(language, evaluate(language, &sentences));
        qInfo("%s: %d sentences", qPrintable(language), sentences);
    }
    const Counts c = cache.value(language).value(type);
    qInfo("%s %s  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", qPrintable(language), qPrintable(type), c.precision(),
          c.recall(), c.f1(), c.truePositive, c.falsePositive, c.falseNegative);
    QVERIFY2(c.f1() >= floor, qPrintable(QStringLiteral("F1 %1 below %2").arg(c.f1()).arg(floor)));
}

QTEST_GUILESS_MAIN(TestEntitiesEval)
#include "tst_entities_eval.moc"
