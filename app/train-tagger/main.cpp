// factcheck-train-tagger: trains the name tagger of resources/models from the training splits of
// the public Indonesian NER corpora (never their dev, valid or test splits), deterministically.
//
//   factcheck-train-tagger --data <ner-id folder> --out <model.bin> [--epochs N] [--seed S]
//                          [--min-count C] [--sources idner2k,nergrit,nerp] [--evaluate <set>:<file>]
//                          [--hold-out N [--score-held-out] [--explain]] [--balance] [--repeat source=n,...]
#include "entities/KnowledgeBase.h"
#include "entities/NameRules.h"
#include "entities/tagger/AnnotatedCorpus.h"
#include "entities/tagger/NameTagger.h"
#include "entities/tagger/RecognisedSpans.h"
#include "entities/tagger/TaggerDecoder.h"
#include "entities/tagger/TaggerTrainer.h"
#include "model/Mention.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace fc;

namespace {

// The language of the corpora under ner-id: the model is written for it and the recogniser
// that scores it reads the sentences as articles in it.
QString corpusLanguage()
{
    return QStringLiteral("id");
}

// Each corpus: its training file and how its entity types map to PER/ORG/LOC.
struct Source
{
    QString name;
    QString trainFile;
    QHash<QString, QString> types;
};

const QList<Source> &sources()
{
    static const QList<Source> all = {
        {QStringLiteral("idner2k"),
         QStringLiteral("idner2k/train.txt"),
         {{QStringLiteral("PER"), QStringLiteral("PER")},
          {QStringLiteral("ORG"), QStringLiteral("ORG")},
          {QStringLiteral("LOC"), QStringLiteral("LOC")}}},
        {QStringLiteral("nergrit"),
         QStringLiteral("nergrit/train_preprocess.txt"),
         {{QStringLiteral("PERSON"), QStringLiteral("PER")},
          {QStringLiteral("ORGANISATION"), QStringLiteral("ORG")},
          {QStringLiteral("PLACE"), QStringLiteral("LOC")}}},
        // NERP: lower-cased news; its events (EVT) and foods (FNB) are no PER/ORG/LOC.
        {QStringLiteral("nerp"),
         QStringLiteral("nerp/train_preprocess.txt"),
         {{QStringLiteral("PPL"), QStringLiteral("PER")},
          {QStringLiteral("IND"), QStringLiteral("ORG")},
          {QStringLiteral("PLC"), QStringLiteral("LOC")}}},
    };
    return all;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

using Counts = QMap<QString, std::array<int, 3>>; // per type: tp, fp, fn

void printCounts(const Counts &counts, QTextStream &out)
{
    std::array<int, 3> micro{};
    auto line = [&](const QString &type, const std::array<int, 3> &c) {
        const double p = c[0] ? double(c[0]) / (c[0] + c[1]) : 0, r = c[0] ? double(c[0]) / (c[0] + c[2]) : 0;
        out << type
            << QStringLiteral("  P %1  R %2  F1 %3\n")
                   .arg(p, 0, 'f', 3)
                   .arg(r, 0, 'f', 3)
                   .arg(p + r > 0 ? 2 * p * r / (p + r) : 0, 0, 'f', 3);
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        line(it.key(), it.value());
        for (int k = 0; k < 3; ++k)
            micro[k] += it.value()[k];
    }
    line(QStringLiteral("micro"), micro);
}

// The same scores for the whole recogniser (rules, knowledge base and the language's tagger,
// merged as in the application), on the sentences' tokens joined by spaces: which of rules and
// tagger wins per type is decided on these, from held-out training sentences.
void scoreRecogniser(const QList<AnnotatedSentence> &corpus, const QString &language, QTextStream &out)
{
    // FC_EVAL_VERBOSE lists every wrong and missed name, as tests/core/tst_ner_public_eval does.
    const bool verbose = qEnvironmentVariableIsSet("FC_EVAL_VERBOSE");
    Counts counts;
    for (const AnnotatedSentence &sentence : corpus) {
        const RecognisedSentence r = recogniseAnnotated(sentence, language, KnowledgeBase::bundled());
        for (const AnnotatedSpan &s : r.right)
            counts[s.type][0]++;
        for (const AnnotatedSpan &s : r.wrong) {
            counts[s.type][1]++;
            if (verbose)
                out << "FP " << s.type << ' ' << r.text.mid(s.start, s.end - s.start) << "  | " << r.text << "\n";
        }
        for (const AnnotatedSpan &s : r.missed) {
            counts[s.type][2]++;
            if (verbose)
                out << "FN " << s.type << ' ' << r.text.mid(s.start, s.end - s.start) << "  | " << r.text << "\n";
        }
    }
    printCounts(counts, out);
}

// The tagger's names of one sentence alone (no rules), as spans of the joined text.
QList<AnnotatedSpan> taggerSpans(const AnnotatedSentence &sentence, const TaggerModel &model)
{
    const TaggerContext context{&KnowledgeBase::bundled(), &nameRules(corpusLanguage())};
    const TrainingSentence s = trainingSentence(sentence);
    SentenceFeatures f;
    extractFeatures(s.tokens, context, &f);
    QList<AnnotatedSpan> spans;
    for (const TaggedName &n : NameTagger::names(decodeSentence(model, f)))
        spans.append({s.tokens.at(n.first).start, s.tokens.at(n.last - 1).end, mentionTypeCode(n.type)});
    return spans;
}

// --explain: every gold name one of the tagger alone and the whole recogniser reads right and
// the other not, with what the other read over it, so the merge can be judged name by name.
void explain(const QList<AnnotatedSentence> &corpus, const TaggerModel &model, QTextStream &out)
{
    auto over = [](const AnnotatedSpan &g, const QList<AnnotatedSpan> &spans, const QString &text) {
        QStringList read;
        for (const AnnotatedSpan &s : spans) {
            if (s.start < g.end && g.start < s.end)
                read.append(s.type + u' ' + text.mid(s.start, s.end - s.start));
        }
        return read.isEmpty() ? QStringLiteral("nothing") : read.join(QStringLiteral(", "));
    };
    for (const AnnotatedSentence &sentence : corpus) {
        const RecognisedSentence r = recogniseAnnotated(sentence, corpusLanguage(), KnowledgeBase::bundled());
        const QList<AnnotatedSpan> tagged = taggerSpans(sentence, model);
        for (const AnnotatedSpan &g : std::as_const(r.gold)) {
            const bool byMerge = r.found.contains(g), byTagger = tagged.contains(g);
            if (byMerge == byTagger)
                continue;
            out << (byTagger ? "LOST " : "WON ") << g.type << ' ' << r.text.mid(g.start, g.end - g.start) << "  ["
                << (byTagger ? over(g, r.found, r.text) : over(g, tagged, r.text)) << "]  | " << r.text << "\n";
        }
        for (const AnnotatedSpan &f : std::as_const(r.wrong)) {
            if (!tagged.contains(f))
                out << "EXTRA " << f.type << ' ' << r.text.mid(f.start, f.end - f.start) << "  | " << r.text << "\n";
        }
    }
}

// Exact-span precision, recall and F1 per type of the tagger alone (no rules) on `corpus`.
void score(const QList<AnnotatedSentence> &corpus, const TaggerModel &model, QTextStream &out)
{
    const TaggerContext context{&KnowledgeBase::bundled(), &nameRules(corpusLanguage())};
    Counts counts;
    for (const AnnotatedSentence &a : corpus) {
        const TrainingSentence s = trainingSentence(a);
        SentenceFeatures f;
        extractFeatures(s.tokens, context, &f);
        const QList<TaggedName> got = NameTagger::names(decodeSentence(model, f));
        const QList<TaggedName> gold = NameTagger::names(s.gold);
        auto same = [](const TaggedName &x, const TaggedName &y) {
            return x.first == y.first && x.last == y.last && x.type == y.type;
        };
        for (const TaggedName &g : gold) {
            const bool hit = std::any_of(got.begin(), got.end(), [&](const TaggedName &x) { return same(x, g); });
            counts[mentionTypeCode(g.type)][hit ? 0 : 2]++;
        }
        for (const TaggedName &x : got) {
            if (!std::any_of(gold.begin(), gold.end(), [&](const TaggedName &g) { return same(x, g); }))
                counts[mentionTypeCode(x.type)][1]++;
        }
    }
    printCounts(counts, out);
}

// Scores the model in `modelPath` on one corpus file of a source, for choosing what the
// recogniser takes from it.
int evaluate(const QDir &data, const QString &what, const QString &modelPath)
{
    QTextStream out(stdout);
    const QString sourceName = what.section(u':', 0, 0);
    const QString file = what.section(u':', 1);
    const Source *source = nullptr;
    for (const Source &s : sources())
        source = s.name == sourceName ? &s : source;
    TaggerModel model;
    QString error;
    QList<AnnotatedSentence> corpus;
    if (!source || !model.loadFile(modelPath, &error)
        || !readAnnotatedCorpus(data.filePath(file), source->types, &corpus, &error)) {
        QTextStream(stderr) << "factcheck-train-tagger: "
                            << (source ? error : QStringLiteral("unknown source ") + sourceName) << "\n";
        return 1;
    }
    score(corpus, model, out);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains the name tagger from annotated corpora."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("data"), QStringLiteral("The ner-id folder of the public data."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The model file to write."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("epochs"), QStringLiteral("Passes over the data."), QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the visiting order."), QStringLiteral("n"),
                      QStringLiteral("20261206")});
    parser.addOption({QStringLiteral("min-count"), QStringLiteral("Drop features seen fewer times."),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("sources"), QStringLiteral("Corpora to train on."), QStringLiteral("list"),
                      QStringLiteral("idner2k,nergrit,nerp")});
    parser.addOption({QStringLiteral("evaluate"),
                      QStringLiteral("Instead of training, score the model given by --out on a corpus file of "
                                     "one of the sources (source:relative path), tagger alone."),
                      QStringLiteral("source:file")});
    parser.addOption({QStringLiteral("hold-out"),
                      QStringLiteral("Leave every n-th sentence of each training file out of training and score "
                                     "the model on them afterwards, alone and, when --out is named id-ner.bin, "
                                     "inside the recogniser: for choosing features, settings and the merge "
                                     "without looking at the dev, valid or test splits."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("score-held-out"),
                      QStringLiteral("With --hold-out: do not train, score the model already at --out on the "
                                     "held-out sentences (after a change of the rules or the merge).")});
    parser.addOption({QStringLiteral("explain"),
                      QStringLiteral("With --hold-out: list the held-out names the recogniser and the tagger "
                                     "alone disagree on (LOST: only the tagger right, WON: only the recogniser, "
                                     "EXTRA: a wrong name only the recogniser read).")});
    parser.addOption({QStringLiteral("balance"),
                      QStringLiteral("Repeat the smaller corpora so that each weighs about as much as the "
                                     "largest in training.")});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("How often to visit a source's sentences per epoch, overriding --balance "
                                     "for it (e.g. nergrit=6; a comma-separated list)."),
                      QStringLiteral("source=n,...")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("out"))) {
        err << "factcheck-train-tagger: --data and --out are required\n";
        return 2;
    }
    const QDir data(parser.value(QStringLiteral("data")));
    const QStringList wanted = parser.value(QStringLiteral("sources")).split(u',', Qt::SkipEmptyParts);
    TrainerOptions options;
    options.epochs = parser.value(QStringLiteral("epochs")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.minCount = parser.value(QStringLiteral("min-count")).toInt();

    if (parser.isSet(QStringLiteral("evaluate")))
        return evaluate(data, parser.value(QStringLiteral("evaluate")), parser.value(QStringLiteral("out")));

    const int holdOut = parser.value(QStringLiteral("hold-out")).toInt();
    QList<TrainingSentence> sentences;
    QList<QList<TrainingSentence>> perSource;
    QStringList sourceNames; // of perSource, in its order
    QList<std::pair<QString, QList<AnnotatedSentence>>> heldOut;
    for (const Source &s : sources()) {
        if (!wanted.contains(s.name))
            continue;
        const QString path = data.filePath(s.trainFile);
        QList<AnnotatedSentence> corpus;
        QString error;
        if (!readAnnotatedCorpus(path, s.types, &corpus, &error)) {
            err << "factcheck-train-tagger: " << error << "\n";
            return 1;
        }
        QList<AnnotatedSentence> held;
        QList<TrainingSentence> own;
        for (qsizetype k = 0; k < corpus.size(); ++k) {
            if (holdOut > 1 && k % holdOut == holdOut - 1)
                held.append(corpus.at(k));
            else
                own.append(trainingSentence(corpus.at(k)));
        }
        perSource.append(own);
        sourceNames.append(s.name);
        if (!held.isEmpty())
            heldOut.append({s.name, held});
        out << s.trainFile << "  " << corpus.size() << " sentences  sha256 " << sha256(path) << "\n";
    }
    // --balance: each corpus is visited about as often as the largest (a smaller one repeated
    // a whole number of times), so the lower-cased NERP does not outvote the others' conventions.
    QHash<QString, qsizetype> repeats; // --repeat: source name -> times
    for (const QString &r : parser.value(QStringLiteral("repeat")).split(u',', Qt::SkipEmptyParts))
        repeats.insert(r.section(u'=', 0, 0), std::max(1, r.section(u'=', 1).toInt()));
    qsizetype largest = 0;
    for (const QList<TrainingSentence> &own : std::as_const(perSource))
        largest = std::max(largest, own.size());
    for (qsizetype k = 0; k < perSource.size(); ++k) {
        const QList<TrainingSentence> &own = perSource.at(k);
        const qsizetype times = repeats.contains(sourceNames.at(k)) ? repeats.value(sourceNames.at(k))
            : parser.isSet(QStringLiteral("balance")) && !own.isEmpty()
            ? std::max<qsizetype>(1, (largest + own.size() / 2) / own.size())
            : 1;
        for (qsizetype t = 0; t < times; ++t)
            sentences.append(own);
    }
    QElapsedTimer timer;
    timer.start();
    const TaggerContext context{&KnowledgeBase::bundled(), &nameRules(corpusLanguage())};
    const bool trainIt = !(holdOut > 1 && parser.isSet(QStringLiteral("score-held-out")));
    TaggerModel model;
    QString error;
    if (trainIt)
        model = trainTagger(sentences, context, options);
    if (!(trainIt ? model.saveFile(parser.value(QStringLiteral("out")), &error)
                  : model.loadFile(parser.value(QStringLiteral("out")), &error))) {
        err << "factcheck-train-tagger: " << error << "\n";
        return 1;
    }
    if (trainIt)
        out << "trained on " << sentences.size() << " sentences, " << options.epochs << " epochs, seed " << options.seed
            << ", min count " << options.minCount << ": " << model.featureCount() << " features in " << timer.elapsed()
            << " ms\n"
            << parser.value(QStringLiteral("out")) << "  sha256 " << sha256(parser.value(QStringLiteral("out")))
            << "\n";
    // The recogniser reads the model from the folder FACTCHECK_NER_MODELS names: it can score
    // the model just written when that is named as the language's model is.
    const QFileInfo written(parser.value(QStringLiteral("out")));
    const bool recogniserToo = written.fileName() == u"id-ner.bin";
    if (recogniserToo)
        qputenv("FACTCHECK_NER_MODELS", written.absolutePath().toLocal8Bit());
    for (const auto &[name, held] : std::as_const(heldOut)) {
        out << name << ", " << held.size() << " held-out training sentences, tagger alone:\n";
        score(held, model, out);
        if (recogniserToo) {
            out << name << ", the same sentences, the recogniser (rules, knowledge base and this model):\n";
            scoreRecogniser(held, corpusLanguage(), out);
            if (parser.isSet(QStringLiteral("explain")))
                explain(held, model, out);
        }
    }
    return 0;
}
