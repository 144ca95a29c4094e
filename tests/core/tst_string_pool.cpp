// StringPool (core/text/StringPool.h): equal strings and lists become one shared buffer, a list
// kept first is trimmed, and no value ever changes.
#include "text/StringPool.h"

#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// A string equal to `s` in a buffer of its own, as a step that builds it again would have it.
QString freshCopy(const QString &s)
{
    return QString(s.constData(), s.size());
}

} // namespace

class TestStringPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsShareTheFirstBuffer_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::newRow("one word thrice") << QStringList{u"persen"_s, u"persen"_s, u"persen"_s};
        QTest::newRow("two words interleaved") << QStringList{u"Rp"_s, u"USD"_s, u"Rp"_s, u"USD"_s};
        QTest::newRow("case differs") << QStringList{u"Persen"_s, u"persen"_s};
        QTest::newRow("one character") << QStringList{u"%"_s, u"%"_s};
    }
    void stringsShareTheFirstBuffer()
    {
        QFETCH(QStringList, values);
        StringPool pool;
        QList<QString> kept;
        for (const QString &v : std::as_const(values)) {
            QString s = freshCopy(v);
            pool.share(s);
            QCOMPARE(s, v);
            kept.append(s);
        }
        for (qsizetype i = 0; i < kept.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                // Equal values share the first one's buffer; different ones never do.
                QCOMPARE(kept.at(i).constData() == kept.at(j).constData(), kept.at(i) == kept.at(j));
            }
        }
    }

    void emptyAndNullStayAsTheyAre()
    {
        StringPool pool;
        QString null;
        pool.share(null);
        QVERIFY(null.isNull());
        QString empty = u""_s;
        pool.share(empty);
        QVERIFY(empty.isEmpty() && !empty.isNull());
        QStringList none;
        pool.share(none);
        QVERIFY(none.isEmpty());
    }

    void listsAreTrimmedAndShared()
    {
        StringPool pool;
        QStringList first;
        first.reserve(16);
        first << u"inflasi"_s << u"tahunan"_s;
        QVERIFY(first.capacity() > first.size());
        pool.share(first);
        QCOMPARE(first, (QStringList{u"inflasi"_s, u"tahunan"_s}));
        QCOMPARE(first.capacity(), first.size()); // the copy every equal list will share
        QStringList second{freshCopy(u"inflasi"_s), freshCopy(u"tahunan"_s)};
        pool.share(second);
        QVERIFY(second.isSharedWith(first));
        QStringList other{u"inflasi"_s, u"bulanan"_s};
        pool.share(other);
        QVERIFY(!other.isSharedWith(first));
        QCOMPARE(other.at(0).constData(), first.at(0).constData()); // its words are shared still

        QList<int> mentions;
        mentions.reserve(8);
        mentions << 3 << 5;
        pool.share(mentions);
        QCOMPARE(mentions.capacity(), mentions.size());
        QList<int> again{3, 5};
        pool.share(again);
        QVERIFY(again.isSharedWith(mentions));
    }

    void aSharedListIsNotCopiedToTrimIt()
    {
        StringPool pool;
        QList<int> list;
        list.reserve(8);
        list << 1 << 2;
        const QList<int> holder = list; // shared with another owner: trimming would copy it
        pool.share(list);
        QVERIFY(list.isSharedWith(holder));
        QCOMPARE(list, (QList<int>{1, 2}));
    }

    void variantsShareOnlyStrings()
    {
        StringPool pool;
        QString iso = u"2024-03-03"_s;
        pool.share(iso);
        QVariant date(freshCopy(u"2024-03-03"_s));
        pool.share(date);
        QCOMPARE(date.toString().constData(), iso.constData());
        QVariant number(12.5);
        pool.share(number);
        QCOMPARE(number.metaType().id(), QMetaType::Double);
        QCOMPARE(number.toDouble(), 12.5);
        QVariant invalid;
        pool.share(invalid);
        QVERIFY(!invalid.isValid());
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_string_pool.moc"
