// Precision, recall and F1 of PER/ORG/LOC recognition on public annotated Indonesian news and
// encyclopaedia text nobody on the project wrote (../shared/data/ner-id, see its README.md):
// IDNer2k's test split and NERGrit's validation split, neither ever used for training. Each
// sentence's tokens are joined by spaces and run through the full recogniseNames (rules,
// knowledge base and, where the language has one, the trained tagger); a name counts when its
// span and type both match. Fails below the floors, and fails when the data is missing: an
// absent folder must not pass for a good score. FC_EVAL_VERBOSE=1 prints every miss.
#include "SpanScores.h"
#include "TestPaths.h"

#include "entities/KnowledgeBase.h"
#include "entities/tagger/RecognisedSpans.h"

#include <QDir>
#include <QMap>
#include <QTest>

#include <array>

using namespace fc;

class TestNerPublicEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scores_data();
    void scores();
};

using Counts = test::SpanCounts;

struct EvalSet
{
    QString file; // under ../shared/data/ner-id
    QHash<QString, QString> types;
};

static EvalSet evalSet(const QString &name)
{
    if (name == u"nerp-valid") // lower-cased news, annotated by others (PROSA); events and foods are no names
        return {QStringLiteral("nerp/valid_preprocess.txt"),
                {{QStringLiteral("PPL"), QStringLiteral("PER")},
                 {QStringLiteral("IND"), QStringLiteral("ORG")},
                 {QStringLiteral("PLC"), QStringLiteral("LOC")}}};
    if (name == u"idner2k-test")
        return {QStringLiteral("idner2k/test.txt"),
                {{QStringLiteral("PER"), QStringLiteral("PER")},
                 {QStringLiteral("ORG"), QStringLiteral("ORG")},
                 {QStringLiteral("LOC"), QStringLiteral("LOC")}}};
    return {QStringLiteral("nergrit/valid_preprocess.txt"),
            {{QStringLiteral("PERSON"), QStringLiteral("PER")},
             {QStringLiteral("ORGANISATION"), QStringLiteral("ORG")},
             {QStringLiteral("PLACE"), QStringLiteral("LOC")}}};
}

void TestNerPublicEval::scores_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("floor"); // F1 floor, set just under what was measured
    // Before the tagger (rules and knowledge base only, 2026-12-06): IDNer2k test PER 0.594,
    // ORG 0.550, LOC 0.370, micro 0.533; NERGrit valid PER 0.424, ORG 0.397, LOC 0.565, micro
    // 0.490. With the tagger, the merge and the new knowledge-base entries (same day): IDNer2k
    // PER 0.958, ORG 0.843, LOC 0.773, micro 0.891; NERGrit PER 0.749, ORG 0.566, LOC 0.781,
    // micro 0.729. After the capitalised-run features and word hashes computed once per
    // token (same day, model sha256 8a898a58...): IDNer2k PER 0.956, ORG 0.850, LOC 0.779,
    // micro 0.894; NERGrit PER 0.764, ORG 0.573, LOC 0.783, micro 0.737 (LOC 0.773, micro
    // 0.731 with main's knowledge base of the evening). Floors a little under those. NERP's
    // validation split (lower-cased news, other annotators; added the same evening, model
    // unchanged): PER 0.819, ORG 0.670, LOC 0.769, micro 0.768.
    // Retrained with --balance (each smaller corpus repeated to weigh as much as NERP; chosen on
    // held-out training sentences, where the whole recogniser gained on all three corpora),
    // model sha256 3306bb33...: IDNer2k PER 0.951, ORG 0.857, LOC 0.755, micro 0.891; NERGrit
    // PER 0.772, ORG 0.578, LOC 0.785, micro 0.741; NERP PER 0.817, ORG 0.656, LOC 0.778, micro
    // 0.767. IDNer2k LOC floor 0.76 -> 0.74: two of its 103 places (its provinces and
    // buildings, conventions the report does not share: resources/models/PROVENANCE.md).
    // The same model, TaggerMerge letting a known name that starts a longer tagged place or
    // organisation give way to it ("Asia" in "Asia Tenggara"; chosen on held-out training
    // sentences), 2026-12-07: IDNer2k PER 0.951, ORG 0.856, LOC 0.771, micro 0.892 (LOC floor
    // back to 0.76); NERGrit and NERP unchanged.
    // The same model, 2026-12-07 (chosen on held-out training sentences, PROVENANCE.md): a
    // tagged place or organisation with standing names wholly inside taken whole, and an
    // organisation's name no longer running on over a comma into an address or the next
    // clause: IDNer2k PER 0.952, ORG 0.860, LOC 0.764, micro 0.894; NERGrit PER 0.772, ORG
    // 0.584, LOC 0.799, micro 0.749 (499 right, 172 wrong, 163 missed); NERP unchanged.
    // The same model, 2026-12-07 later: a tagged person widened over the unseen given name the
    // tagger left outside its capitalised run (TaggerMerge.cpp): NERGrit PER 0.777, micro 0.7502
    // (500 right, 171 wrong, 162 missed; floors PER 0.76 -> 0.77, micro 0.74 -> 0.75); IDNer2k
    // and NERP unchanged. Then one unknown word read as a place in a list of persons read as a
    // person: NERGrit PER 0.780, micro 0.751 (501 right, 171 wrong, 161 missed); the rest unchanged.
    QTest::newRow("idner2k-test PER") << "idner2k-test" << "PER" << 0.94;
    QTest::newRow("idner2k-test ORG") << "idner2k-test" << "ORG" << 0.85;
    QTest::newRow("idner2k-test LOC") << "idner2k-test" << "LOC" << 0.76;
    QTest::newRow("idner2k-test micro") << "idner2k-test" << "micro" << 0.89;
    QTest::newRow("nergrit-valid PER") << "nergrit-valid" << "PER" << 0.77;
    QTest::newRow("nergrit-valid ORG") << "nergrit-valid" << "ORG" << 0.57;
    QTest::newRow("nergrit-valid LOC") << "nergrit-valid" << "LOC" << 0.79;
    QTest::newRow("nergrit-valid micro") << "nergrit-valid" << "micro" << 0.75;
    QTest::newRow("nerp-valid PER") << "nerp-valid" << "PER" << 0.80;
    QTest::newRow("nerp-valid ORG") << "nerp-valid" << "ORG" << 0.64;
    QTest::newRow("nerp-valid LOC") << "nerp-valid" << "LOC" << 0.75;
    QTest::newRow("nerp-valid micro") << "nerp-valid" << "micro" << 0.75;
}

static QString key(const AnnotatedSpan &s)
{
    return QStringLiteral("%1:%2:%3").arg(s.type).arg(s.start).arg(s.end);
}

// Why a gold name was missed: found with other bounds (same type), with its bounds but another
// type, with other bounds and another type, or not at all.
enum MissKind { Boundary, Type, BoundaryAndType, Missed, MissKinds };

static MissKind missKind(const AnnotatedSpan &g, const QList<AnnotatedSpan> &found)
{
    MissKind kind = Missed;
    for (const AnnotatedSpan &f : found) {
        if (f.start >= g.end || g.start >= f.end)
            continue;
        if (f.start == g.start && f.end == g.end)
            return Type;
        if (f.type == g.type)
            kind = Boundary;
        else if (kind == Missed)
            kind = BoundaryAndType;
    }
    return kind;
}

// Per set and type: the missed gold names by kind (printed beside the scores).
static QMap<QString, QMap<QString, std::array<int, MissKinds>>> misses;

static QMap<QString, Counts> evaluate(const QString &name, int *sentences)
{
    const EvalSet set = evalSet(name);
    const QString path = QDir(test::sharedDataDir()).filePath(QStringLiteral("ner-id/") + set.file);
    QList<AnnotatedSentence> corpus;
    QString error;
    if (!readAnnotatedCorpus(path, set.types, &corpus, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const bool verbose = qEnvironmentVariableIsSet("FC_EVAL_VERBOSE");
    QMap<QString, Counts> counts;
    QMap<QString, std::array<int, MissKinds>> &misses = ::misses[name];
    *sentences = int(corpus.size());
    for (const AnnotatedSentence &sentence : std::as_const(corpus)) {
        const RecognisedSentence r = recogniseAnnotated(sentence, QStringLiteral("id"), KnowledgeBase::bundled());
        for (const AnnotatedSpan &f : r.right)
            counts[f.type].truePositive++;
        for (const AnnotatedSpan &f : r.wrong) {
            counts[f.type].falsePositive++;
            if (verbose)
                qInfo("FP %s %s | %s", qPrintable(key(f)), qPrintable(r.text.mid(f.start, f.end - f.start)),
                      qPrintable(r.text));
        }
        for (const AnnotatedSpan &g : r.missed) {
            counts[g.type].falseNegative++;
            misses[g.type][missKind(g, r.found)]++;
            if (verbose)
                qInfo("FN %s %s | %s", qPrintable(key(g)), qPrintable(r.text.mid(g.start, g.end - g.start)),
                      qPrintable(r.text));
        }
    }
    Counts micro;
    for (const Counts &c : std::as_const(counts)) {
        micro.truePositive += c.truePositive;
        micro.falsePositive += c.falsePositive;
        micro.falseNegative += c.falseNegative;
    }
    counts.insert(QStringLiteral("micro"), micro);
    return counts;
}

void TestNerPublicEval::scores()
{
    QFETCH(QString, set);
    QFETCH(QString, type);
    QFETCH(double, floor);
    const QString data = test::sharedDataDir();
    QVERIFY2(QDir(data).exists(QStringLiteral("ner-id")),
             qPrintable(QStringLiteral("the public data is missing: %1/ner-id (see the project README); this "
                                       "evaluation cannot pass without it")
                            .arg(data)));
    static QMap<QString, QMap<QString, Counts>> cache;
    if (!cache.contains(set)) {
        int sentences = 0;
        cache.insert(set, evaluate(set, &sentences));
        qInfo("%s: %d sentences", qPrintable(set), sentences);
    }
    QVERIFY2(!cache.value(set).isEmpty(), qPrintable(QStringLiteral("%1: cannot read the corpus").arg(set)));
    const Counts c = cache.value(set).value(type);
    qInfo("%s %s  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", qPrintable(set), qPrintable(type), c.precision(),
          c.recall(), c.f1(), c.truePositive, c.falsePositive, c.falseNegative);
    if (type != u"micro") {
        const std::array<int, MissKinds> m = misses.value(set).value(type);
        qInfo("%s %s  missed: %d with other bounds, %d typed otherwise, %d both, %d not found", qPrintable(set),
              qPrintable(type), m[Boundary], m[Type], m[BoundaryAndType], m[Missed]);
    }
    QVERIFY2(c.f1() >= floor, qPrintable(QStringLiteral("F1 %1 below %2").arg(c.f1()).arg(floor)));
}

QTEST_GUILESS_MAIN(TestNerPublicEval)
#include "tst_ner_public_eval.moc"
