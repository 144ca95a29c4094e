// Language words live in the language records (core/lang/<code>/), beside their examples:
// - the position words that keep two place names apart (NameRules::positionWords), checked
//   against core/lang/<code>/examples/variants.tsv for every registered language;
// - the summary nouns (SummaryNouns), one for every predicate key and noun class;
// - and the language-neutral code holds no such words: every string literal in core/ outside
//   core/lang/ is read, and one made only of words of a language record (stopwords, name
//   cues, number and claim cues, summary nouns) fails the test, naming file and line. The few
//   known exceptions are listed below with their reason; an exception that no longer occurs
//   fails too, so the list only shrinks.
#include "ExampleTables.h"
#include "TestPaths.h"

#include "claims/PredicateCatalog.h"
#include "entities/NameSimilarity.h"
#include "lang/Language.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace fc;

namespace {

void addWords(QSet<QString> *vocabulary, const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        vocabulary->insert(it.next().captured(0).toLower());
}

template<typename Words> void addAll(QSet<QString> *vocabulary, const Words &words)
{
    for (const auto &w : words)
        addWords(vocabulary, QString(w));
}

void addAll(QSet<QString> *vocabulary, const QList<const char *> &words)
{
    for (const char *w : words)
        addWords(vocabulary, QString::fromUtf8(w));
}

// The function and cue words of every registered language's record: what a word list in an
// algorithm is made of. Content words (summary nouns, reporting verbs, honorifics) are left
// out: the report contract's codes ("flood", "stated", "col") are English words by design.
QSet<QString> languageVocabulary()
{
    QSet<QString> v;
    for (const LanguageRules *l : allLanguages()) {
        QFile stopwords(l->stopwordsResource);
        if (stopwords.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : stopwords.readAll().split('\n'))
                if (!line.startsWith('#'))
                    addWords(&v, QString::fromUtf8(line));
        }
        const NameRules &n = l->nameRules();
        for (const QSet<QString> *set :
             {&n.compassWords, &n.positionWords, &n.centreWords, &n.listWords, &n.andWords, &n.ofWords,
              &n.sourceLeadIns, &n.sourceAgentWords, &n.placePrepositions, &n.documentHeads})
            addAll(&v, *set);
        const NumberRuleSet &r = l->numberRules();
        for (const QList<const char *> *list :
             {&r.durationLeads, &r.reachedFigureWords, &r.termCuesBefore, &r.termCuesAfter, &r.rangeOpeners,
              &r.rangeJoiners, &r.openedRangeJoiners})
            addAll(&v, *list);
        const ClaimCues &c = l->claimCues();
        for (const QStringList *list : {&c.subordinators, &c.negators})
            addAll(&v, *list);
    }
    return v;
}

struct Exception
{
    const char *file;    // under core/
    const char *literal; // as written between the quotes
    const char *why;
};

// Known words outside core/lang, each with its reason. Remove a line when its word moves.
const Exception exceptions[] = {
    // Codes that happen to be words.
    {"checks/RevisionChecker.cpp", "|to|", "a separator inside a finding key"},
    {"claims/PredicateCatalog.cpp", "sentence", "a predicate key and family"},
    {"claims/PredicateCatalog.cpp", "year", "a duration unit code"},
    {"claims/PredicateCatalog.cpp", "day", "a duration unit code"},
    {"quantity/QuantityRecogniser.cpp", "year", "a duration unit code"},
    {"time/TimeRecogniser.cpp", "year", "a rule kind's name in rule names (TimeRuleKind::Year)"},
    {"quantity/QuantityRecogniser.cpp", "day", "a duration unit code"},
};

// Files not read: the fixed-language summary templates (the contract's English summary and
// summary_id, Language.h FixedTextSlot) and the report contract's codes, English words by
// design ("about", "alleged", "dismissed").
const char *const skippedFiles[] = {"checks/FindingText.cpp", "model/ModelCodes.cpp", "model/ReviewStatus.cpp"};

} // namespace

class TestLanguageWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positionWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("variant");
        QString error;
        const QList<test::ExampleRow> rows = test::exampleRows(QStringLiteral("variants.tsv"), 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const test::ExampleRow &r : rows) {
            const QString verdict = r.cells.at(2).trimmed();
            QVERIFY2(verdict == u"variant" || verdict == u"distinct",
                     qPrintable(r.name() + QStringLiteral(": expected name, name, variant|distinct")));
            QTest::addRow("%s", qPrintable(r.name()))
                << r.language << r.cells.at(0).trimmed() << r.cells.at(1).trimmed() << (verdict == u"variant");
        }
        QVERIFY(!rows.isEmpty());
    }
    void positionWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, variant);
        const QStringList x = a.toLower().split(u' ');
        const QStringList y = b.toLower().split(u' ');
        QCOMPARE(isSpellingVariant(x, y), variant);
        QCOMPARE(isSpellingVariant(y, x), variant);
        // A pair kept apart by a position word names a word of this language's own record.
        if (!variant && x.size() == y.size() && x != y) {
            const QSet<QString> &own = languageRules(language)->nameRules().positionWords;
            bool named = false;
            for (qsizetype i = 0; i < x.size(); ++i)
                named = named || (x.at(i) != y.at(i) && (own.contains(x.at(i)) || own.contains(y.at(i))));
            QVERIFY2(named, "no position word of the row's language tells the names apart");
        }
    }

    // Every language that writes a fixed summary names each event and counted thing in it.
    void summaryNouns_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("event");
        for (const char *key : {"sign", "die", "quake", "protest", "launch", "resign"})
            QTest::newRow(key) << QString::fromLatin1(key) << true;
        for (const char *cls : {"person", "troops", "term_years", "magnitude", "hectare"})
            QTest::newRow(cls) << QString::fromLatin1(cls) << false;
    }
    void summaryNouns()
    {
        QFETCH(QString, key);
        QFETCH(bool, event);
        for (const LanguageRules *l : allLanguages()) {
            if (l->fixedTextSlot == FixedTextSlot::None)
                continue;
            QVERIFY2(l->summaryNouns, qPrintable(l->code));
            const SummaryNouns &nouns = l->summaryNouns();
            const QString noun = (event ? nouns.events : nouns.counted).value(key);
            QVERIFY2(!noun.isEmpty(), qPrintable(l->code + u' ' + key));
            const bool local = l->fixedTextSlot == FixedTextSlot::Local;
            QCOMPARE(event ? predicateNoun(key, local) : nounClassName(key, local), noun);
        }
        QCOMPARE(predicateNoun(QStringLiteral("no-such-key"), false), QStringLiteral("no-such-key"));
    }

    void languageNeutralCodeHoldsNoWords()
    {
        const QSet<QString> vocabulary = languageVocabulary();
        QVERIFY(vocabulary.size() > 200);
        QVERIFY(vocabulary.contains(QStringLiteral("selama")) && vocabulary.contains(QStringLiteral("utara")));
        const QString root = test::sourcePath(QStringLiteral("core"));
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
        QStringList found;
        QSet<QString> seenExceptions;
        int files = 0;
        QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(root.size() + 1);
            if (rel.startsWith(QLatin1String("lang/")))
                continue;
            if (std::any_of(std::begin(skippedFiles), std::end(skippedFiles),
                            [&](const char *f) { return rel == QLatin1String(f); }))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            int number = 0;
            bool inBlockComment = false;
            for (const QByteArray &bytes : file.readAll().split('\n')) {
                ++number;
                QString line = QString::fromUtf8(bytes);
                if (inBlockComment) {
                    const qsizetype end = line.indexOf(QLatin1String("*/"));
                    if (end < 0)
                        continue;
                    line = line.mid(end + 2);
                    inBlockComment = false;
                }
                if (line.trimmed().startsWith(u'#'))
                    continue; // includes and macros' names
                const qsizetype comment = line.indexOf(QLatin1String("//"));
                if (comment >= 0 && line.left(comment).count(u'"') % 2 == 0)
                    line.truncate(comment);
                const qsizetype block = line.indexOf(QLatin1String("/*"));
                if (block >= 0 && line.left(block).count(u'"') % 2 == 0) {
                    inBlockComment = !line.mid(block).contains(QLatin1String("*/"));
                    line.truncate(block);
                }
                for (auto m = literal.globalMatch(line); m.hasNext();) {
                    const QString text = m.next().captured(1);
                    // Codes ("at_least", "name.place-of") and message templates are no word lists.
                    if (text.contains(u'_') || text.contains(u'%'))
                        continue;
                    QStringList words;
                    for (auto w = word.globalMatch(text); w.hasNext();)
                        words << w.next().captured(0).toLower();
                    if (words.isEmpty() || words.size() > 4)
                        continue;
                    if (!std::all_of(words.cbegin(), words.cend(),
                                     [&](const QString &w) { return vocabulary.contains(w); }))
                        continue;
                    const auto known =
                        std::find_if(std::begin(exceptions), std::end(exceptions), [&](const Exception &e) {
                        return rel == QLatin1String(e.file) && text == QString::fromUtf8(e.literal);
                    });
                    if (known != std::end(exceptions)) {
                        seenExceptions.insert(rel + u'|' + text);
                        continue;
                    }
                    found << QStringLiteral("core/%1:%2: \"%3\"").arg(rel).arg(number).arg(text);
                }
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("language words outside core/lang (move them into the "
                                           "language record):\n")
                            + found.join(u'\n')));
        for (const Exception &e : exceptions)
            QVERIFY2(seenExceptions.contains(QLatin1String(e.file) + u'|' + QString::fromUtf8(e.literal)),
                     qPrintable(QStringLiteral("core/%1: \"%2\" no longer occurs: remove its exception")
                                    .arg(QLatin1String(e.file), QString::fromUtf8(e.literal))));
    }
};

QTEST_GUILESS_MAIN(TestLanguageWords)
#include "tst_language_words.moc"
