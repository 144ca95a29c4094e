// The language registry and the one language guesser, over every registered language, from the
// project's function-word lists.
#include "ingest/ArticleLoader.h"
#include "lang/Language.h"
#include "lang/LanguageIdentifier.h"
#include "text/WordList.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// A language's function words that no other registered language lists: the guesser's evidence
// for it alone.
QStringList exclusiveStopwords(const QString &code)
{
    QStringList own;
    QSet<QString> others;
    for (const LanguageRules *l : allLanguages()) {
        for (const QString &w : loadWordList(l->stopwordsResource)) {
            if (!std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }))
                continue; // "don't": the guesser reads it as two words
            if (l->code == code)
                own.append(w);
            else
                others.insert(w);
        }
    }
    QStringList out;
    for (const QString &w : std::as_const(own))
        if (!others.contains(w) && !out.contains(w))
            out.append(w);
    return out;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("minConfidence");
        QTest::newRow("indonesian") << u"Warga yang tinggal di bantaran sungai itu mengatakan bahwa air naik dengan "
                                       "cepat pada malam hari dan mereka tidak sempat menyelamatkan barang."_s
                                    << u"id"_s << 0.9;
        QTest::newRow("english") << u"Residents who live on the river bank said that the water rose quickly "
                                    "during the night and they were not able to save their belongings."_s
                                 << u"en"_s << 0.9;
        QTest::newRow("short indonesian is unsure") << u"Banjir di kota"_s << u"id"_s << 0.0;
        QTest::newRow("names only") << u"Vladimir Putin Kim Jong Un"_s << QString() << 0.0;
        QTest::newRow("indonesian quoting english")
            << u"Ia mengatakan bahwa \"the situation is under control\" dan warga tidak perlu panik karena bantuan "
               "sudah tiba di lokasi."_s
            << u"id"_s << 0.5;
    }

    void identifies()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(double, minConfidence);
        const LanguageGuess g = identifyLanguage(text);
        QCOMPARE(g.language, language);
        QVERIFY2(g.confidence >= minConfidence, qPrintable(QString::number(g.confidence)));
        QVERIFY(g.confidence <= 1.0);
        if (language.isEmpty())
            QCOMPARE(g.confidence, 0.0);
    }

    // Every registered language's record is complete and consistent with its rule tables.
    void registry_data()
    {
        QTest::addColumn<QString>("code");
        for (const LanguageRules *l : allLanguages())
            QTest::newRow(qPrintable(l->code)) << l->code;
    }

    void registry()
    {
        QFETCH(QString, code);
        const LanguageRules *l = languageRules(code);
        QVERIFY(l);
        QCOMPARE(&languageRulesOrDefault(code), l);
        QVERIFY(l->timeRules && l->numberRules && l->nameRules && l->titleRole && l->predicateKey && l->countedNounClass
                && l->claimCues && l->measureRules);
        QCOMPARE(l->timeRules().language, code); // the table the record points at is its own
        QVERIFY(!l->timeRules().rules.isEmpty());
        QVERIFY(!l->claimCues().sourcePrecedes.isEmpty());
        QVERIFY2(!exclusiveStopwords(code).isEmpty(), "no function word of its own: the guesser cannot pick it");
        const QList<const LanguageRules *> preferring = languagesPreferring(code);
        QCOMPARE(preferring.constFirst(), l);
        QCOMPARE(preferring.size(), allLanguages().size());
        for (const LanguageRules *other : allLanguages())
            QVERIFY(preferring.contains(other));
        int same = 0;
        for (const LanguageRules *other : allLanguages())
            same += other->code == code;
        QCOMPARE(same, 1);
    }

    void unknownCodeGetsTheDefault()
    {
        QCOMPARE(languageRules(u"xx"_s), nullptr);
        QCOMPARE(&languageRulesOrDefault(u"xx"_s), allLanguages().constFirst());
        QCOMPARE(languagesPreferring(QString()).constFirst(), allLanguages().constFirst());
    }

    // The one guesser: each language's own function words name it, and a tie names none,
    // whichever two languages tie and in whichever order their words come.
    void guesser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("no words") << QString() << QString();
        QTest::newRow("no function words") << u"12345 -- 678"_s << QString();
        for (const LanguageRules *l : allLanguages()) {
            const QStringList own = exclusiveStopwords(l->code);
            if (own.size() < 3)
                continue; // registry() reports it
            QTest::addRow("%s: own words", qPrintable(l->code)) << own.mid(0, 3).join(u' ') << l->code;
            QTest::addRow("%s: own words capitalised", qPrintable(l->code))
                << own.mid(0, 3).join(u". "_s).toUpper() << l->code;
            for (const LanguageRules *other : allLanguages()) {
                if (other == l)
                    continue;
                const QStringList theirs = exclusiveStopwords(other->code);
                if (theirs.size() < 2)
                    continue;
                QTest::addRow("%s-%s tie", qPrintable(l->code), qPrintable(other->code))
                    << QString(own.at(0) + u' ' + theirs.at(0)) << QString();
                QTest::addRow("%s-%s two to one", qPrintable(l->code), qPrintable(other->code))
                    << QString(theirs.at(0) + u' ' + own.at(0) + u' ' + own.at(1)) << l->code;
            }
        }
    }

    void guesser()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const LanguageGuess g = identifyLanguage(text);
        QCOMPARE(g.language, language);
        QCOMPARE(g.words.size(), allLanguages().size());
        if (language.isEmpty())
            QCOMPARE(g.confidence, 0.0);
        // An article's rules follow the same guess when it states no language, or one nobody
        // registered; a stated registered language wins over the text.
        Article a;
        a.text = text;
        QCOMPARE(articleLanguage(a), language);
        a.meta.language = u"xx"_s;
        QCOMPARE(articleLanguage(a), language);
        for (const LanguageRules *l : allLanguages()) {
            a.meta.language = l->code;
            QCOMPARE(articleLanguage(a), l->code);
        }
    }

    void shortTextHasLowConfidence() { QVERIFY(identifyLanguage(u"Banjir di kota"_s).confidence < 0.5); }

    void perParagraphAndDocument()
    {
        const LoadResult r = ArticleLoader().loadText(
            u"Pemerintah daerah menyatakan bahwa bantuan untuk para korban banjir akan segera dikirim ke lokasi "
            "pada hari ini juga.\nThe regional government said that aid for the flood victims would be sent to "
            "the site later in the day.\nMenurut petugas, jumlah pengungsi terus bertambah sejak pagi dan mereka "
            "masih membutuhkan selimut serta makanan."_s,
            u"mixed"_s);
        QVERIFY(r.ok());
        const Article &a = *r.article;
        QCOMPARE(a.paragraphs.size(), 3);
        QCOMPARE(a.paragraphs.at(0).language, u"id"_s);
        QCOMPARE(a.paragraphs.at(1).language, u"en"_s);
        QCOMPARE(a.paragraphs.at(2).language, u"id"_s);
        QVERIFY(a.paragraphs.at(1).languageConfidence > 0.8);
        QCOMPARE(a.meta.language, u"id"_s);
        QVERIFY(a.meta.languageConfidence > 0.5 && a.meta.languageConfidence < 0.9);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
