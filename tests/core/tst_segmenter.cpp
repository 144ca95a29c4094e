// Sentences, paragraphs and tokens, driven by the example tables beside each language's rules
// (core/lang/*/examples/sentences.tsv and tokens.tsv): adding a case is adding a line there.
#include "ExampleTables.h"
#include "model/Article.h"
#include "text/Normaliser.h"
#include "text/Segmenter.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

Article segmented(const QString &text)
{
    Article a;
    a.originalText = text;
    normalise(a);
    segment(a);
    return a;
}

QString kindName(TokenKind k)
{
    switch (k) {
    case TokenKind::Word: return u"word"_s;
    case TokenKind::Number: return u"number"_s;
    case TokenKind::Date: return u"date"_s;
    case TokenKind::Abbreviation: return u"abbreviation"_s;
    case TokenKind::Punctuation: return u"punctuation"_s;
    case TokenKind::Symbol: return u"symbol"_s;
    }
    return {};
}

} // namespace

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QString error;
        const QList<test::ExampleRow> rows = test::exampleRows(u"sentences.tsv"_s, 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const test::ExampleRow &row : rows)
            QTest::newRow(qPrintable(row.name() + u": "_s + row.cells.at(0).left(40)))
                << row.cells.at(0) << row.cells.at(1).split(u" || "_s);
        QVERIFY(rows.size() >= 20);
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article a = segmented(text);
        QStringList got;
        for (const Sentence &s : a.sentences)
            got << a.textOf(s.span).toString();
        QCOMPARE(got, expected);
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("kind");
        QString error;
        const QList<test::ExampleRow> rows = test::exampleRows(u"tokens.tsv"_s, 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const test::ExampleRow &row : rows)
            QTest::newRow(qPrintable(row.name() + u": "_s + row.cells.at(0)))
                << row.cells.at(0) << row.cells.at(1) << row.cells.at(2);
        QVERIFY(!rows.isEmpty());
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        QFETCH(QString, kind);
        const Article a = segmented(text);
        QStringList seen;
        for (const Token &t : a.tokens) {
            seen << a.textOf(t.span).toString() + u'/' + kindName(t.kind);
            if (a.textOf(t.span) == token) {
                QCOMPARE(kindName(t.kind), kind);
                return;
            }
        }
        QFAIL(qPrintable(u"no token \"%1\" in: %2"_s.arg(token, seen.join(u' '))));
    }

    void paragraphsAreLinesAndSentencesStayInside()
    {
        const Article a = segmented(u"Judul berita\n\nKalimat satu. Kalimat dua.\nParagraf kedua tanpa titik"_s);
        QCOMPARE(a.paragraphs.size(), 3);
        QCOMPARE(a.textOf(a.paragraphs.at(1).span), u"Kalimat satu. Kalimat dua."_s);
        QCOMPARE(a.sentences.size(), 4);
        for (const Sentence &s : a.sentences)
            QVERIFY(a.paragraphs.at(s.paragraph).span.contains(s.span));
        QCOMPARE(a.sentences.at(2).paragraph, 1);
        // Tokens are in order and do not overlap.
        for (qsizetype i = 1; i < a.tokens.size(); ++i)
            QVERIFY(a.tokens.at(i - 1).span.end <= a.tokens.at(i).span.start);
        QCOMPARE(a.sentenceAt(a.text.indexOf(u"dua."_s)), 2);
    }

    void emptyAndPunctuationOnly()
    {
        QVERIFY(segmented(QString()).sentences.isEmpty());
        const Article a = segmented(u"..."_s);
        QCOMPARE(a.sentences.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
