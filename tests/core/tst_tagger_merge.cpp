// How the rules' names and the tagger's are joined (core/entities/tagger/TaggerMerge.cpp), fed
// with tagged names written into each row instead of a model's, so a row fails when the merge
// changes and not when the model does. Every name here is made up.
#include "entities/KnowledgeBase.h"
#include "entities/NameRules.h"
#include "entities/NameTokens.h"
#include "entities/tagger/TaggerMerge.h"

#include <QTest>

#include <algorithm>

using namespace fc;

class TestTaggerMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widensPersons_data();
    void widensPersons();
    void listsPersons_data();
    void listsPersons();
    void cutsAtOpenQuotes_data();
    void cutsAtOpenQuotes();
};

// "PER:Lowell Hart; LOC:Cikole" -> the names over the tokens whose texts are those words (the
// first such run of tokens); an empty list for an empty string.
template<typename Name> static QList<Name> namesOver(const QString &spec, const QList<NameToken> &tokens)
{
    QList<Name> names;
    for (const QString &item : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString type = item.trimmed().section(u':', 0, 0);
        const QStringList words = item.trimmed().section(u':', 1).split(u' ', Qt::SkipEmptyParts);
        Name n;
        n.type = type == u"PER" ? MentionType::Person
            : type == u"ORG"    ? MentionType::Organisation
            : type == u"LOC"    ? MentionType::Location
                                : MentionType::Title;
        n.first = -1;
        for (qsizetype i = 0; n.first < 0 && i + words.size() <= tokens.size(); ++i) {
            bool same = true;
            for (qsizetype k = 0; k < words.size(); ++k)
                same = same && tokens.at(i + k).text == words.at(k);
            if (same) {
                n.first = i;
                n.last = i + words.size();
            }
        }
        if (n.first < 0)
            qFatal("row names words not in its text: %s", qPrintable(item));
        names.append(n);
    }
    return names;
}

void TestTaggerMerge::widensPersons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tagged"); // what the tagger read
    QTest::addColumn<QString>("rules");  // what the rules read (titles, organisations, places)
    QTest::addColumn<QString>("person"); // the person after the merge

    // An unseen given name the tagger left outside the run it read as a person.
    QTest::newRow("after a lower-case word")
        << "Tokoh itu diperankan oleh Kendra Lowell Hart dalam film kedua." << "PER:Lowell Hart" << ""
        << "Kendra Lowell Hart";
    QTest::newRow("after dan, a person before") << "Gedung itu dirancang Dina Marlow dan Kendra Lowell Hart tahun lalu."
                                                << "PER:Dina Marlow; PER:Lowell Hart" << "" << "Kendra Lowell Hart";
    // Not over what the rules or the knowledge base know, nor inside a title.
    QTest::newRow("honorific") << "Rapat itu dipimpin oleh Pak Arno Velt kemarin." << "PER:Arno Velt" << ""
                               << "Arno Velt";
    QTest::newRow("title word") << "Rapat itu dipimpin oleh Gubernur Arno Velt kemarin." << "PER:Arno Velt" << ""
                                << "Arno Velt";
    QTest::newRow("after dan, a title's field")
        << "Pernyataan itu disampaikan Menteri Pemuda dan Olahraga Arno Velt kemarin." << "PER:Arno Velt" << ""
        << "Arno Velt";
    QTest::newRow("known place") << "Menurut warga Jakarta Arno Velt, banjir surut." << "PER:Arno Velt" << ""
                                 << "Arno Velt";
    QTest::newRow("a place the rules read") << "Menurut warga Cikole Arno Velt, banjir surut." << "PER:Arno Velt"
                                            << "LOC:Cikole" << "Arno Velt";
    QTest::newRow("an acronym") << "Menurut pengurus KSPN Arno Velt, rapat ditunda." << "PER:Arno Velt" << ""
                                << "Arno Velt";
    // Where the capitals say nothing of where a name starts.
    QTest::newRow("sentence start") << "Kendra Lowell Hart tiba di kota itu kemarin." << "PER:Lowell Hart" << ""
                                    << "Lowell Hart";
    QTest::newRow("after another capital") << "Latihan dipimpin Direktur Kendra Lowell Hart sejak Maret."
                                           << "PER:Lowell Hart" << "" << "Lowell Hart";
    QTest::newRow("lower-case text") << "tokoh itu diperankan oleh kendra lowell hart dalam film kedua ."
                                     << "PER:lowell hart" << "" << "lowell hart";
}

void TestTaggerMerge::widensPersons()
{
    QFETCH(QString, text);
    QFETCH(QString, tagged);
    QFETCH(QString, rules);
    QFETCH(QString, person);
    const QList<NameToken> tokens = tokeniseNames(text, 0, text.size());
    QList<FoundName> found = namesOver<FoundName>(rules, tokens);
    mergeTaggedNames(&found, namesOver<TaggedName>(tagged, tokens), tokens, nameRules(QStringLiteral("id")),
                     KnowledgeBase::bundled());
    QStringList persons;
    for (const FoundName &f : std::as_const(found)) {
        if (f.type != MentionType::Person)
            continue;
        QStringList words;
        for (qsizetype i = f.first; i < f.last; ++i)
            words.append(tokens.at(i).text);
        persons.append(words.join(u' '));
    }
    QVERIFY2(persons.contains(person), qPrintable(persons.join(QStringLiteral(" | "))));
}

void TestTaggerMerge::listsPersons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tagged");
    QTest::addColumn<QString>("expected"); // the merged names of the tagged words, in order

    QTest::newRow("place in a list of persons") << "Grup itu beranggota Tara Quill , Yumi , Selin , Kasha dan Oona ."
                                                << "PER:Tara Quill; PER:Yumi; LOC:Selin; PER:Kasha; PER:Oona"
                                                << "PER:Tara Quill; PER:Yumi; PER:Selin; PER:Kasha; PER:Oona";
    QTest::newRow("two places in a row") << "Anggotanya Tara Quill , Selin , Ravona , dan lainnya ."
                                         << "PER:Tara Quill; LOC:Selin; LOC:Ravona"
                                         << "PER:Tara Quill; PER:Selin; PER:Ravona";
    QTest::newRow("last of the list") << "Anggotanya Tara Quill , Yumi dan Selin ."
                                      << "PER:Tara Quill; PER:Yumi; LOC:Selin"
                                      << "PER:Tara Quill; PER:Yumi; PER:Selin";
    // Not a place the knowledge base knows, not where the list does not go on, not two words.
    QTest::newRow("known place") << "Kata Tara Quill , Jakarta , kemarin ." << "PER:Tara Quill; LOC:Jakarta"
                                 << "PER:Tara Quill; LOC:Jakarta";
    QTest::newRow("no list after it") << "Kata Tara Quill , Selin yang indah ." << "PER:Tara Quill; LOC:Selin"
                                      << "PER:Tara Quill; LOC:Selin";
    QTest::newRow("two words") << "Kata Tara Quill , Selin Raya , kemarin ." << "PER:Tara Quill; LOC:Selin Raya"
                               << "PER:Tara Quill; LOC:Selin Raya";
    QTest::newRow("after a place") << "Dari Selin , Ravona , dan Kasha Dune ."
                                   << "LOC:Selin; LOC:Ravona; PER:Kasha Dune"
                                   << "LOC:Selin; LOC:Ravona; PER:Kasha Dune";
    QTest::newRow("lower-case text") << "anggotanya tara quill , selin , dan yumi ."
                                     << "PER:tara quill; LOC:selin; PER:yumi"
                                     << "PER:tara quill; LOC:selin; PER:yumi";
}

void TestTaggerMerge::listsPersons()
{
    QFETCH(QString, text);
    QFETCH(QString, tagged);
    QFETCH(QString, expected);
    const QList<NameToken> tokens = tokeniseNames(text, 0, text.size());
    QList<FoundName> found;
    mergeTaggedNames(&found, namesOver<TaggedName>(tagged, tokens), tokens, nameRules(QStringLiteral("id")),
                     KnowledgeBase::bundled());
    std::sort(found.begin(), found.end(), [](const FoundName &a, const FoundName &b) { return a.first < b.first; });
    QStringList got;
    for (const FoundName &f : std::as_const(found)) {
        QStringList words;
        for (qsizetype i = f.first; i < f.last; ++i)
            words.append(tokens.at(i).text);
        got.append(mentionTypeCode(f.type) + u':' + words.join(u' '));
    }
    QCOMPARE(got.join(QStringLiteral("; ")), expected);
}

void TestTaggerMerge::cutsAtOpenQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tagged");
    QTest::addColumn<QString>("expected");

    QTest::newRow("into a quoted title") << "Film karya Ravi Mendes \" Laut Sunyi \" tayang kemarin ."
                                         << "PER:Ravi Mendes \" Laut Sunyi" << "PER:Ravi Mendes";
    QTest::newRow("curly quotes") << "Film karya Ravi Mendes \u201C Laut Sunyi \u201D tayang kemarin ."
                                  << "PER:Ravi Mendes \u201C Laut Sunyi" << "PER:Ravi Mendes";
    QTest::newRow("a nickname in a pair") << "Lagu itu dinyanyikan Richard \" Ricky \" Lowe kemarin ."
                                          << "PER:Richard \" Ricky \" Lowe" << "PER:Richard \" Ricky \" Lowe";
    QTest::newRow("no quote") << "Film karya Ravi Mendes tayang kemarin ." << "PER:Ravi Mendes"
                              << "PER:Ravi Mendes";
}

void TestTaggerMerge::cutsAtOpenQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, tagged);
    QFETCH(QString, expected);
    const QList<NameToken> tokens = tokeniseNames(text, 0, text.size());
    QList<FoundName> found;
    mergeTaggedNames(&found, namesOver<TaggedName>(tagged, tokens), tokens, nameRules(QStringLiteral("id")),
                     KnowledgeBase::bundled());
    QStringList got;
    for (const FoundName &f : std::as_const(found)) {
        QStringList words;
        for (qsizetype i = f.first; i < f.last; ++i)
            words.append(tokens.at(i).text);
        got.append(mentionTypeCode(f.type) + u':' + words.join(u' '));
    }
    QCOMPARE(got.join(QStringLiteral("; ")), expected);
}

QTEST_GUILESS_MAIN(TestTaggerMerge)
#include "tst_tagger_merge.moc"
