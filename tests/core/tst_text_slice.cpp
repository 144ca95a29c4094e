// textSlice and shareWithText (core/text/TextSlice.h): a QString sharing a longer string's
// buffer reads, compares, copies, streams and changes like the copy QString::mid() makes, and
// the analysis keeps mention, time and quantity texts and the normalised text that way, and
// equal strings and lists of one article as one.
#include "entities/NameTokens.h"
#include "model/Article.h"
#include "pipeline/Analyzer.h"
#include "text/TextSlice.h"

#include <QDataStream>
#include <QHash>
#include <QJsonValue>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

bool sharesBuffer(const QString &part, const QString &whole)
{
    return part.constData() >= whole.constData() && part.constData() + part.size() <= whole.constData() + whole.size();
}

} // namespace

class TestTextSlice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLikeMid()
    {
        const QString whole = u"Presiden Prabowo Subianto tiba di Jakarta."_s;
        for (qsizetype from = 0; from <= whole.size(); ++from) {
            for (qsizetype n = 0; from + n <= whole.size(); ++n) {
                const QString slice = textSlice(whole, from, n);
                const QString copy = whole.mid(from, n);
                QCOMPARE(slice, copy);
                QCOMPARE(slice.size(), n);
                QCOMPARE(slice.isNull(), copy.isNull());
                QCOMPARE(slice.isEmpty(), copy.isEmpty());
                QCOMPARE(qHash(slice), qHash(copy));
                QCOMPARE(slice.toUtf8(), copy.toUtf8());
                QCOMPARE(slice.toLower(), copy.toLower());
                QCOMPARE(QJsonValue(slice), QJsonValue(copy));
            }
        }
        const QString part = textSlice(whole, 9, 7);
        QCOMPARE(part, u"Prabowo"_s);
        QVERIFY(sharesBuffer(part, whole));
        QCOMPARE(textSlice(whole, 0, whole.size()).constData(), whole.constData());
    }

    void changesDetach()
    {
        QString whole = u"Kapal tenggelam di Selat Bali."_s;
        QString slice = textSlice(whole, 6, 9);
        slice.append(u'!');
        QCOMPARE(slice, u"tenggelam!"_s);
        QCOMPARE(whole, u"Kapal tenggelam di Selat Bali."_s);
        QString other = textSlice(whole, 0, 5);
        whole[0] = u'k';
        QCOMPARE(other, u"Kapal"_s);
        QCOMPARE(whole, u"kapal tenggelam di Selat Bali."_s);
        other[0] = u'X';
        QCOMPARE(other, u"Xapal"_s);
        QCOMPARE(whole, u"kapal tenggelam di Selat Bali."_s);
    }

    void outlivesTheWhole()
    {
        QString slice;
        {
            const QString whole = QString::fromUtf8("Gempa magnitudo 5,6 mengguncang Cianjur.");
            slice = textSlice(whole, 6, 9);
        }
        QCOMPARE(slice, u"magnitudo"_s);
        // Alone with the buffer, it may grow into what follows it, which nothing else reads.
        slice.append(u" besar"_s);
        QCOMPARE(slice, u"magnitudo besar"_s);
        slice.squeeze();
        QCOMPARE(slice, u"magnitudo besar"_s);
    }

    void streams()
    {
        const QString whole = u"Inflasi tahunan 2,5 persen."_s;
        const QString slice = textSlice(whole, 8, 7);
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out << slice;
        }
        QDataStream in(bytes);
        QString read;
        in >> read;
        QCOMPARE(read, u"tahunan"_s);
    }

    void shareWithTextOnlyWhenEqual()
    {
        const QString whole = u"Menteri Keuangan Sri Mulyani"_s;
        QString same = whole.mid(17, 3);
        shareWithText(same, whole, 17, 3);
        QCOMPARE(same, u"Sri"_s);
        QVERIFY(sharesBuffer(same, whole));
        QString other = u"Sri"_s;
        shareWithText(other, whole, 8, 3); // "Keu"
        QCOMPARE(other, u"Sri"_s);
        QVERIFY(!sharesBuffer(other, whole));
        QString longer = u"Sri M"_s;
        shareWithText(longer, whole, 17, 3);
        QCOMPARE(longer, u"Sri M"_s);
        QString outside = u"Mulyani"_s;
        shareWithText(outside, whole, 25, 7);
        QCOMPARE(outside, u"Mulyani"_s);
        QString empty;
        shareWithText(empty, whole, 0, 0);
        QVERIFY(empty.isNull());
    }

    // The analysis keeps the texts as written sharing the article's text, and a plain text's
    // normalised text sharing its original: the same strings as before, without the copies.
    void analysisSharesTexts()
    {
        Article article;
        article.originalText =
            u"JAKARTA - Presiden Joko Widodo meresmikan 12 bendungan dan 40 jembatan di Semarang pada 3 Maret 2024.\n"_s;
        article.text = article.originalText.left(article.originalText.size() - 1);
        article.text.squeeze();
        article.paragraphs.append(Paragraph{Span{0, article.text.size()}, u"id"_s, 1.0, true});
        article.sentences.append(Sentence{Span{0, article.text.size()}, 0});
        const QString normalised = article.text;
        AnalysisOptions options;
        options.language = u"id"_s;
        const Report report = Analyzer(options).analyze({article});
        const Article &analysed = report.articles.at(0);
        QCOMPARE(analysed.text, normalised);
        QVERIFY(sharesBuffer(analysed.text, analysed.originalText));
        QVERIFY(!analysed.mentions.isEmpty());
        for (const Mention &m : analysed.mentions) {
            QCOMPARE(m.text, analysed.textOf(m.span).toString());
            QVERIFY2(sharesBuffer(m.text, analysed.text), qPrintable(m.text));
        }
        for (const TimeExpression &t : analysed.times)
            QVERIFY(sharesBuffer(t.text, analysed.text));
        for (const Quantity &q : analysed.quantities)
            QVERIFY(sharesBuffer(q.text, analysed.text));
        // Equal word and mention lists of the measured claims are one list (Analyzer's pool).
        QVERIFY2(analysed.measured.size() >= 2, qPrintable(QString::number(analysed.measured.size())));
        for (const MeasuredClaim &a : analysed.measured) {
            for (const MeasuredClaim &b : analysed.measured) {
                if (!a.context.isEmpty() && a.context == b.context)
                    QVERIFY(a.context.isSharedWith(b.context));
                if (!a.entityMentions.isEmpty() && a.entityMentions == b.entityMentions)
                    QVERIFY(a.entityMentions.isSharedWith(b.entityMentions));
            }
            // Kept without growth slack, and the value as written is the text's own characters.
            QCOMPARE(a.context.capacity(), a.context.size());
            QCOMPARE(a.measureLemmas.capacity(), a.measureLemmas.size());
            QCOMPARE(a.entityMentions.capacity(), a.entityMentions.size());
            if (a.valueText == analysed.textOf(a.valueSpan))
                QVERIFY2(sharesBuffer(a.valueText, analysed.text), qPrintable(a.valueText));
        }
    }

    // The name recogniser's tokens are slices of the text, made for every word twice (both of
    // its passes); a word already in lower case shares the text for its lower case too.
    void nameTokensShareTheText()
    {
        const QString text = u"Kepala BPBD Garut, Galih Suryadi, mengatakan banjir U.S. Putin's"_s;
        const QList<NameToken> tokens = tokeniseNames(text, 0, text.size());
        QVERIFY(tokens.size() >= 10);
        for (const NameToken &t : tokens) {
            QCOMPARE(t.text, text.mid(t.start, t.end - t.start));
            QCOMPARE(t.lower, t.text.toLower());
            QVERIFY2(sharesBuffer(t.text, text), qPrintable(t.text));
            if (t.lower == t.text)
                QVERIFY2(sharesBuffer(t.lower, text), qPrintable(t.lower));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextSlice)
#include "tst_text_slice.moc"
