// CheckContext::fingerprint hashes the text's UTF-8 a piece at a time: it must equal the hash of
// the whole text's UTF-8 (review decisions hang on it), whatever falls on a piece's edge.
#include "checks/CheckContext.h"

#include <QCryptographicHash>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

class TestFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWholeText_data()
    {
        QTest::addColumn<QString>("text");
        constexpr qsizetype piece = 64 * 1024;
        const QString emoji = QString::fromUtf8("\xF0\x9F\x93\xB0"); // a surrogate pair
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << u"Gempa magnitudo 5,6 mengguncang Cianjur."_s;
        QTest::newRow("one piece exactly") << QString(piece, u'a');
        QTest::newRow("pair across the first edge") << QString(piece - 1, u'a') + emoji + u"b"_s;
        QTest::newRow("pair at the first edge") << QString(piece - 2, u'a') + emoji + u"b"_s;
        QTest::newRow("pair across the second edge") << QString(2 * piece - 1, u'e') + emoji;
        QTest::newRow("lone high surrogate at the edge")
            << QString(piece - 1, u'a') + QChar(0xD83D) + u"x"_s + QString(10, u'z');
        QString mixed;
        for (int i = 0; i < 50000; ++i)
            mixed += (i % 7 == 0 ? emoji : i % 3 == 0 ? u"é"_s : u"Jakarta "_s);
        QTest::newRow("many pairs, several pieces") << mixed;
    }
    void sameAsWholeText()
    {
        QFETCH(QString, text);
        Article article;
        article.text = text;
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
        QCOMPARE(CheckContext::fingerprint(article), expected);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
