// The date and time rules of both languages, driven by core/lang/{id,en}/examples/dates.tsv:
// adding a case is adding a line there.
#include "ExampleTables.h"
#include "TestPaths.h"

#include "lang/Language.h"
#include "time/TimeRecogniser.h"

#include <QFile>
#include <QTest>

using namespace fc;

class TestTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void calendarNamesComeFromLocale();
    void reanchor();
    void inferredPublication_data();
    void inferredPublication();
    void articleMentions();
    void skipsFurniture();
    void nonBreakingSpaces();
};

void TestTime::examples_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("granularity");
    QTest::addColumn<QString>("flags");
    QString error;
    const QList<test::ExampleRow> rows = test::exampleRows(QStringLiteral("dates.tsv"), 6, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const test::ExampleRow &r : rows) {
        const QStringList &f = r.cells;
        QTest::addRow("%s %s", qPrintable(r.name()), qPrintable(f[1]))
            << r.language << f[0] << f[1] << f[2] << f[3] << f[4] << f[5];
    }
    QVERIFY(rows.size() >= 150);
}

void TestTime::examples()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, expression);
    QFETCH(QString, published);
    QFETCH(QString, value);
    QFETCH(QString, granularity);
    QFETCH(QString, flags);
    const QDate anchor = published == u"-" ? QDate() : QDate::fromString(published, Qt::ISODate);
    QVERIFY(published == u"-" || anchor.isValid());
    const QList<TimeExpression> found = findTimes(context, language, anchor);
    if (expression == u"-") {
        QStringList texts;
        for (const auto &e : found)
            texts.append(e.text);
        QVERIFY2(found.isEmpty(), qPrintable(texts.join(u" | ")));
        return;
    }
    const auto it =
        std::find_if(found.begin(), found.end(), [&](const TimeExpression &e) { return e.text == expression; });
    if (it == found.end()) {
        QStringList texts;
        for (const auto &e : found)
            texts.append(e.text);
        QFAIL(qPrintable(QStringLiteral("not found; found: [%1]").arg(texts.join(u" | "))));
    }
    const QStringList flagList = flags == u"-" ? QStringList() : flags.split(u',');
    QCOMPARE(it->isoValue(), value == u"-" ? QString() : value);
    QCOMPARE(granularityCode(it->value.granularity), granularity);
    QCOMPARE(it->value.anchored, !flagList.contains(u"unanchored"));
    QCOMPARE(it->weekdayMismatch, flagList.contains(u"mismatch"));
    QCOMPARE(it->isDuration, flagList.contains(u"duration"));
    QCOMPARE(it->value.vague, flagList.contains(u"vague"));
    for (const auto &f : flagList) {
        if (f.startsWith(u"zone="))
            QCOMPARE(it->value.zone, f.mid(5));
    }
    if (it->weekdayMismatch)
        QVERIFY(it->statedWeekday.has_value());
    QCOMPARE(context.mid(it->span.start, it->span.length()), it->text);
}

// Month and weekday names come from CLDR through QLocale: every one of them is read.
void TestTime::calendarNamesComeFromLocale()
{
    for (const auto language : {QLocale::Indonesian, QLocale::English}) {
        const QLocale locale(language);
        const QString code = language == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
        for (int m = 1; m <= 12; ++m) {
            const QString text = QStringLiteral("5 %1 2023").arg(locale.monthName(m, QLocale::LongFormat));
            const auto found = findTimes(text, code, {});
            QVERIFY2(found.size() == 1, qPrintable(text + u' ' + (found.isEmpty() ? QString() : found.last().text)));
            QCOMPARE(found[0].value.begin, QDate(2023, m, 5));
        }
        for (int d = 1; d <= 7; ++d) {
            // 2 January 2023 was a Monday.
            const QString text =
                QStringLiteral("%1, 2023-01-0%2").arg(locale.dayName(d, QLocale::LongFormat)).arg(1 + d);
            const auto found = findTimes(text, code, {});
            QVERIFY2(found.size() == 1, qPrintable(text + u' ' + (found.isEmpty() ? QString() : found.last().text)));
            QCOMPARE(found[0].statedWeekday.value_or(0), d);
            QVERIFY(!found[0].weekdayMismatch);
        }
    }
}

// Relative values stay unanchored until a publication date arrives, then resolve in place.
void TestTime::reanchor()
{
    Article a;
    a.text =
        QStringLiteral("Pakta itu diratifikasi pada hari Senin dan diumumkan Selasa. Perang dimulai Februari 2022.");
    a.originalText = a.text;
    a.meta.language = QStringLiteral("id");
    recogniseTimes(a);
    QCOMPARE(a.times.size(), 3);
    QVERIFY(!a.times[0].value.anchored);
    QVERIFY(!a.times[1].value.anchored);
    QVERIFY(a.times[2].value.anchored);
    const auto dateMentions = [&a] {
        QStringList values;
        for (const auto &m : a.mentions)
            values.append(m.value.isValid() ? m.value.toString() : QStringLiteral("null"));
        return values.join(u' ');
    };
    QCOMPARE(dateMentions(), QStringLiteral("null null 2022-02"));
    a.meta.published = QDate(2024, 11, 12);
    reanchorTimes(a);
    QCOMPARE(a.times.size(), 3);
    QVERIFY(a.times[0].value.anchored);
    QCOMPARE(a.times[0].value.begin, QDate(2024, 11, 11));
    QCOMPARE(a.times[1].value.begin, QDate(2024, 11, 12));
    QCOMPARE(dateMentions(), QStringLiteral("2024-11-11 2024-11-12 2022-02"));
    // Running the recogniser twice does not duplicate anything.
    recogniseTimes(a);
    QCOMPARE(a.times.size(), 3);
    QCOMPARE(a.mentions.size(), 3);
}

// Without a stated publication date, the first full date of the body anchors relative ones.
void TestTime::inferredPublication_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");  // expected ISO date, "-" = none inferred
    QTest::addColumn<QString>("expression"); // a relative expression of the text
    QTest::addColumn<QString>("value");      // its ISO value once anchored, "-" = unanchored

    QTest::newRow("id weekday (d/m) after a full date")
        << "id" << "Gempa terjadi Selasa (14/10/2025) dini hari. Sekolah libur pada Rabu (15/10)."
        << "2025-10-14" << "Rabu (15/10)" << "2025-10-15";
    QTest::newRow("id weekday part of day")
        << "id" << "Gempa terjadi Selasa (14/10/2025) dini hari. Gubernur meninjau lokasi pada Selasa siang."
        << "2025-10-14" << "pada Selasa siang" << "2025-10-14";
    QTest::newRow("en yesterday") << "en" << "The ferry sank on 12 July 2024. Rescuers found two more bodies yesterday."
                                  << "2024-07-12" << "yesterday" << "2024-07-11";
    QTest::newRow("month only is no anchor")
        << "id" << "Perang dimulai Februari 2022. Pakta diumumkan Selasa." << "-" << "Selasa" << "-";
    QTest::newRow("year only is no anchor")
        << "en" << "In 2021, a quake struck the town. Schools closed on Tuesday." << "-" << "on Tuesday" << "-";
    QTest::newRow("first full date wins")
        << "en" << "Talks began on 2 May 2024 and ended on 9 May 2024. Delegates left on Friday."
        << "2024-05-02" << "on Friday" << "2024-04-26"; // a weekday is on or before the anchor
}

void TestTime::inferredPublication()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, published);
    QFETCH(QString, expression);
    QFETCH(QString, value);
    Article a;
    a.text = text;
    a.originalText = text;
    a.meta.language = language;
    recogniseTimes(a);
    QCOMPARE(a.meta.published.isValid() ? a.meta.published.toString(Qt::ISODate) : QStringLiteral("-"), published);
    QCOMPARE(a.meta.publishedSource, published == u"-" ? MetaSource::None : MetaSource::Inferred);
    const auto it =
        std::find_if(a.times.cbegin(), a.times.cend(), [&](const TimeExpression &t) { return t.text == expression; });
    QVERIFY2(it != a.times.cend(), qPrintable(expression));
    QCOMPARE(it->value.anchored ? it->isoValue() : QStringLiteral("-"), value);
    // A stated date is never replaced.
    Article stated = a;
    stated.meta.published = QDate(2030, 1, 1);
    stated.meta.publishedSource = MetaSource::Header;
    recogniseTimes(stated);
    QCOMPARE(stated.meta.published, QDate(2030, 1, 1));
    QCOMPARE(stated.meta.publishedSource, MetaSource::Header);
}

void TestTime::articleMentions()
{
    Article a;
    a.text = QStringLiteral("Selasa, 4 Maret 2025 | 08:15 WIB\n\nBanjir melanda pada Senin (3/3/2025) malam.");
    a.meta.language = QStringLiteral("id");
    recogniseTimes(a);
    QCOMPARE(a.mentions.size(), 3);
    QCOMPARE(a.mentions[0].type, MentionType::Date);
    QCOMPARE(a.mentions[0].value.toString(), QStringLiteral("2025-03-04"));
    QCOMPARE(a.mentions[1].type, MentionType::Time);
    QCOMPARE(a.mentions[1].value.toString(), QStringLiteral("2025-03-04T08:15"));
    QCOMPARE(a.mentions[2].text, QStringLiteral("Senin (3/3/2025) malam"));
    // The language, when not stated, is guessed: the same text read as English misses "Senin malam".
    Article b = a;
    b.meta.language.clear();
    recogniseTimes(b);
    QCOMPARE(b.mentions.size(), 3);
}

void TestTime::skipsFurniture()
{
    Article a;
    a.text = QStringLiteral("Baca juga: banjir 2 Maret 2025\nBanjir melanda pada 3 Maret 2025.");
    a.meta.language = QStringLiteral("id");
    a.paragraphs = {Paragraph{{0, 30}, {}, 0, false}, Paragraph{{31, a.text.size()}, {}, 0, true}};
    recogniseTimes(a);
    QCOMPARE(a.times.size(), 1);
    QCOMPARE(a.times[0].value.begin, QDate(2025, 3, 3));
}

// News pages put non-breaking spaces inside dates; line breaks end an expression.
void TestTime::nonBreakingSpaces()
{
    const QString nbsp(QChar(0x00A0));
    const QString text = QStringLiteral("Rabu,_ 19_Juni_2024_|_10:40_WIB").replace(u'_', nbsp);
    const auto found = findTimes(text, QStringLiteral("id"), {});
    QVERIFY2(found.size() == 2, qPrintable(found.value(0).text + u'=' + found.value(0).isoValue()));
    QCOMPARE(found[0].isoValue(), QStringLiteral("2024-06-19"));
    QCOMPARE(found[1].isoValue(), QStringLiteral("2024-06-19T10:40"));
    const auto split = findTimes(QStringLiteral("terjadi pada 19\nJuni 2024"), QStringLiteral("id"), {});
    QCOMPARE(split.size(), 1);
    QCOMPARE(split[0].text, QStringLiteral("Juni 2024"));
}

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
