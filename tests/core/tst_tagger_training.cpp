// The name tagger's trainer and model file: retrains on a small sample written for this test
// (core/data/tagger-sample.conll: made-up people, bodies and places, one token a line with its
// BIO tag), and checks that the loader reads back exactly what the trainer wrote (same labels
// on every sentence), that training twice gives the same bytes, that the model learnt its
// sample, and that a damaged or truncated file is refused with a message naming it.
#include "TestPaths.h"

#include "entities/KnowledgeBase.h"
#include "entities/MentionRecogniser.h"
#include "entities/NameRules.h"
#include "entities/tagger/AnnotatedCorpus.h"
#include "entities/tagger/NameTagger.h"
#include "entities/tagger/RecognisedSpans.h"
#include "entities/tagger/TaggerDecoder.h"
#include "entities/tagger/TaggerTrainer.h"
#include "model/Article.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TestTaggerTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void deterministic();
    void learnsSample();
    void damaged_data();
    void damaged();
    void bundled_data();
    void bundled();
    void perLanguage();
    void goldComparison_data();
    void goldComparison();

private:
    TaggerModel train() const;
    QList<TrainingSentence> m_sample;
    TaggerContext m_context;
    QTemporaryDir m_dir;
};

void TestTaggerTraining::initTestCase()
{
    QList<AnnotatedSentence> corpus;
    QString error;
    const QHash<QString, QString> types = {{QStringLiteral("PER"), QStringLiteral("PER")},
                                           {QStringLiteral("ORG"), QStringLiteral("ORG")},
                                           {QStringLiteral("LOC"), QStringLiteral("LOC")}};
    QVERIFY2(readAnnotatedCorpus(test::sourcePath(QStringLiteral("tests/core/data/tagger-sample.conll")), types,
                                 &corpus, &error),
             qPrintable(error));
    QVERIFY(corpus.size() >= 20);
    for (const AnnotatedSentence &a : std::as_const(corpus))
        m_sample.append(trainingSentence(a));
    m_context = {&KnowledgeBase::bundled(), &nameRules(QStringLiteral("id"))};
    QVERIFY(m_dir.isValid());
}

TaggerModel TestTaggerTraining::train() const
{
    TrainerOptions options;
    options.epochs = 8;
    options.minCount = 1; // a small sample: keep every feature
    return trainTagger(m_sample, m_context, options);
}

static QList<TagLabel> labelsOf(const TaggerModel &model, const TrainingSentence &s, const TaggerContext &context)
{
    SentenceFeatures f;
    extractFeatures(s.tokens, context, &f);
    return decodeSentence(model, f);
}

void TestTaggerTraining::roundTrip()
{
    const TaggerModel trained = train();
    QVERIFY(!trained.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("sample-ner.bin"));
    QString error;
    QVERIFY2(trained.saveFile(path, &error), qPrintable(error));
    TaggerModel loaded;
    QVERIFY2(loaded.loadFile(path, &error), qPrintable(error));
    QCOMPARE(loaded.featureCount(), trained.featureCount());
    QCOMPARE(loaded.serialise(), trained.serialise());
    for (const TrainingSentence &s : std::as_const(m_sample))
        QCOMPARE(labelsOf(loaded, s, m_context), labelsOf(trained, s, m_context));
}

void TestTaggerTraining::deterministic()
{
    QCOMPARE(train().serialise(), train().serialise());
}

void TestTaggerTraining::learnsSample()
{
    const TaggerModel model = train();
    int right = 0, all = 0;
    for (const TrainingSentence &s : std::as_const(m_sample)) {
        const QList<TagLabel> got = labelsOf(model, s, m_context);
        for (qsizetype i = 0; i < got.size(); ++i) {
            right += got.at(i) == s.gold.at(i);
            ++all;
        }
    }
    QVERIFY2(right * 100 >= all * 95, qPrintable(QStringLiteral("%1 of %2 labels right").arg(right).arg(all)));
}

void TestTaggerTraining::damaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason"); // a word of the message
    QTest::newRow("empty file") << "empty" << "not a name tagger model";
    QTest::newRow("other magic") << "magic" << "not a name tagger model";
    QTest::newRow("header cut") << "header" << "truncated";
    QTest::newRow("payload cut") << "cut" << "truncated";
    QTest::newRow("byte flipped") << "flip" << "damaged";
    QTest::newRow("newer version") << "version" << "version";
}

void TestTaggerTraining::damaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    QByteArray bytes = train().serialise();
    if (damage == u"empty")
        bytes.clear();
    else if (damage == u"magic")
        bytes[0] = 'X';
    else if (damage == u"header")
        bytes.truncate(20);
    else if (damage == u"cut")
        bytes.truncate(bytes.size() / 2);
    else if (damage == u"flip")
        bytes[bytes.size() - 10] = char(bytes.at(bytes.size() - 10) ^ 0x40);
    else if (damage == u"version")
        bytes[8] = 9;
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.bin").arg(damage));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    TaggerModel model;
    QString error;
    QVERIFY(!model.loadFile(path, &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(model.isEmpty());
    // A model compiled into the program skips the SHA-256 (TaggerModel::Digest): zlib's own
    // checksum and the size checks still refuse every damage.
    TaggerModel trusted;
    QString trustedError;
    QVERIFY(!trusted.deserialise(bytes, path, &trustedError, TaggerModel::Digest::Trust));
    QVERIFY2(trustedError.contains(reason), qPrintable(trustedError));
    QVERIFY(trusted.isEmpty());
}

// The bundled Indonesian model inside recogniseNames, on sentences written for this test:
// names in lower-cased text, which the rules cannot read, and knowledge-base names the tagger
// found keeping their canonical form.
void TestTaggerTraining::bundled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mention");   // TYPE:text that must be found
    QTest::addColumn<QString>("canonical"); // its canonical form, empty: any
    QTest::newRow("lower-case person") << "kemarin presiden joko widodo meninjau pasar di kota solo."
                                       << "PER:joko widodo" << "Joko Widodo";
    QTest::newRow("initialism") << "Menurut SBY, partai itu harus bersatu kembali." << "PER:SBY"
                                << "Susilo Bambang Yudhoyono";
    QTest::newRow("party") << "Kader Partai Golkar berkumpul di Jakarta pada Senin." << "ORG:Partai Golkar"
                           << "Golkar Party";
}

void TestTaggerTraining::bundled()
{
    QFETCH(QString, text);
    QFETCH(QString, mention);
    QFETCH(QString, canonical);
    Article a;
    a.text = text;
    a.originalText = text;
    a.meta.language = QStringLiteral("id");
    recogniseNames(a, KnowledgeBase::bundled());
    QStringList found;
    for (const Mention &m : std::as_const(a.mentions)) {
        const QString key = mentionTypeCode(m.type) + u':' + m.text;
        found.append(key + u'=' + m.canonical);
        if (key == mention && (canonical.isEmpty() || m.canonical == canonical))
            return;
    }
    QFAIL(qPrintable(
        QStringLiteral("%1 (%2) not found in: %3").arg(mention, canonical, found.join(QStringLiteral(" | ")))));
}

// A model is data per language: Indonesian has one bundled, English keeps to the rules.
void TestTaggerTraining::perLanguage()
{
    const NameTagger *id = NameTagger::forLanguage(QStringLiteral("id"));
    QVERIFY(id);
    QVERIFY(!id->model().isEmpty());
    qInfo("%s: %lld features, loaded in %lld us", qPrintable(id->path()), qlonglong(id->model().featureCount()),
          qlonglong(id->loadMicroseconds()));
    QCOMPARE(NameTagger::forLanguage(QStringLiteral("id")), id); // loaded once
    QVERIFY(!NameTagger::forLanguage(QStringLiteral("en")));
}

// How a found name counts against the corpus's names (the trainer's held-out scores and
// tst_ner_public_eval both count so). Spans are written TYPE:start:end, separated by spaces.
static QList<AnnotatedSpan> spans(const QString &written)
{
    QList<AnnotatedSpan> out;
    for (const QString &s : written.split(u' ', Qt::SkipEmptyParts))
        out.append({s.section(u':', 1, 1).toLongLong(), s.section(u':', 2, 2).toLongLong(), s.section(u':', 0, 0)});
    return out;
}

void TestTaggerTraining::goldComparison_data()
{
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("gold");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("missed");
    QTest::newRow("same span and type") << "PER:0:5" << "PER:0:5" << "PER:0:5" << "" << "";
    QTest::newRow("other type") << "LOC:0:5" << "PER:0:5" << "" << "LOC:0:5" << "PER:0:5";
    QTest::newRow("other bounds") << "ORG:0:9" << "ORG:0:5" << "" << "ORG:0:9" << "ORG:0:5";
    // "Pemprov DKI Jakarta" right, "Jakarta" inside it: no error.
    QTest::newRow("nested in a right name") << "ORG:0:19 LOC:12:19" << "ORG:0:19" << "ORG:0:19" << "" << "";
    // Inside a wrong name it is an error like the outer one.
    QTest::newRow("nested in a wrong name") << "ORG:0:19 LOC:12:19" << "ORG:0:11" << "" << "ORG:0:19 LOC:12:19"
                                            << "ORG:0:11";
    QTest::newRow("nothing found") << "" << "PER:0:5 LOC:9:14" << "" << "" << "PER:0:5 LOC:9:14";
}

void TestTaggerTraining::goldComparison()
{
    QFETCH(QString, found);
    QFETCH(QString, gold);
    QFETCH(QString, right);
    QFETCH(QString, wrong);
    QFETCH(QString, missed);
    RecognisedSentence r;
    r.found = spans(found);
    r.gold = spans(gold);
    compareWithGold(&r);
    QCOMPARE(r.right, spans(right));
    QCOMPARE(r.wrong, spans(wrong));
    QCOMPARE(r.missed, spans(missed));
}

QTEST_GUILESS_MAIN(TestTaggerTraining)
#include "tst_tagger_training.moc"
