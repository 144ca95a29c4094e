#include "MarkedArticle.h"
#include "checks/Checks.h"
#include "timeline/TimelineBuilder.h"

#include <QTest>

using namespace fc;

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_data();
    void events();
    void conflictsAreLinked();
    void furnitureIsLeftOut();
    void labelInArticleLanguage_data();
    void labelInArticleLanguage();
};

void TestTimeline::events_data()
{
    QTest::addColumn<QStringList>("docs");
    QTest::addColumn<QString>("expected"); // "date granularity doc label" per event, "; "-joined

    QTest::newRow("claim label and sentence head")
        << QStringList{QStringLiteral("id||{PER|Putin} menandatangani pakta pada {DATE|19 Juni 2024|2024-06-19}. "
                                      "Sidang parlemen digelar pada {DATE|Oktober 2024|2024-10}.")}
        << "2024-06-19 day d1 penandatanganan: Putin; 2024-10 month d1 Sidang parlemen digelar pada Oktober 2024.";
    QTest::newRow("sorted by date, then document")
        << QStringList{QStringLiteral("id||{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|Februari 2024|2024-02}."),
                       QStringLiteral("en||{LOC|Russia} invaded {LOC|Ukraine} in {DATE|February 2022|2022-02}.")}
        << "2022-02 month d2 invasion: Russia; 2024-02 month d1 invasi: Rusia";
    QTest::newRow("month before a day in it")
        << QStringList{QStringLiteral("id||Pada {DATE|1 Juni 2024|2024-06-01} rapat dimulai."),
                       QStringLiteral("id||Pada {DATE|Juni 2024|2024-06} rapat dimulai.")}
        << "2024-06 month d2 Pada Juni 2024 rapat dimulai.; 2024-06-01 day d1 Pada 1 Juni 2024 rapat dimulai.";
    QTest::newRow("label names the nearest participant as the report does") << QStringList{
        QStringLiteral(
            "id||{LOC|JAKARTA=jakarta} \u2013 Banjir melanda {LOC|GARUT=garut} pada {DATE|3 Maret 2025|2025-03-03}."),
        QStringLiteral(
            "id||Warga {LOC|Garut=garut} di {LOC|Garut=garut} bersiaga.")} << "2025-03-03 day d1 banjir: Garut";
    QTest::newRow("unresolved and durations left out")
        << QStringList{QStringLiteral("id||Status berlaku pada {DATE|Senin|2024-11-11|rel|unanchored} ini.")} << "";
}

void TestTimeline::events()
{
    QFETCH(QStringList, docs);
    QFETCH(QString, expected);
    Report report = test::markedReport(docs);
    // An unanchored date has no value to place.
    for (Article &a : report.articles)
        for (TimeExpression &t : a.times)
            if (!t.value.anchored)
                t.value.begin = t.value.end = QDate();
    report.findings = runChecks(report);
    QStringList got;
    for (const TimelineEvent &e : buildTimeline(report)) {
        QVERIFY(!e.span.isEmpty());
        got.append(e.date.iso() + QLatin1Char(' ') + granularityCode(e.date.granularity) + QLatin1Char(' ') + e.doc
                   + QLatin1Char(' ') + e.label);
    }
    QCOMPARE(got.join(QLatin1String("; ")), expected);
}

void TestTimeline::conflictsAreLinked()
{
    Report report = test::markedReport(
        {QStringLiteral("id||{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|Februari 2022|2022-02}. "
                        "Mereka bertemu pada {DATE|Selasa (3/3/2025)|2025-03-03|wd=2}."),
         QStringLiteral("id||{LOC|Rusia} menginvasi {LOC|Ukraina} pada {DATE|Februari 2024|2024-02}.")});
    report.findings = runChecks(report);
    const QList<TimelineEvent> events = buildTimeline(report);
    QCOMPARE(events.size(), 3);
    QString dateConflict, weekday;
    for (const Finding &f : report.findings) {
        if (f.kind == u"date_conflict")
            dateConflict = f.id;
        if (f.kind == u"weekday_mismatch")
            weekday = f.id;
    }
    QVERIFY(!dateConflict.isEmpty());
    QVERIFY(!weekday.isEmpty());
    QCOMPARE(events[0].findings, QStringList{dateConflict});
    QCOMPARE(events[1].findings, QStringList{dateConflict});
    QCOMPARE(events[2].findings, QStringList{weekday});
}

void TestTimeline::furnitureIsLeftOut()
{
    Report report = test::markedReport(
        {QStringLiteral("id||Rapat digelar pada {DATE|Juni 2024|2024-06}.\nFoto diambil {DATE|Juli 2024|2024-07}.")});
    Article &a = report.articles.first();
    const qsizetype cut = a.text.indexOf(QLatin1Char('\n'));
    a.sentences = {Sentence{Span{0, cut}, 0}, Sentence{Span{cut + 1, a.text.size()}, 1}};
    a.paragraphs = {Paragraph{Span{0, cut}, QStringLiteral("id"), 1, true},
                    Paragraph{Span{cut + 1, a.text.size()}, QStringLiteral("id"), 1, false}};
    const QList<TimelineEvent> events = buildTimeline(report);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().date.iso(), QStringLiteral("2024-06"));
}

QTEST_GUILESS_MAIN(TestTimeline)
// One entity, one canonical name, but each article's label names it in the article's
// language when the knowledge base gives that name; an entity it does not know keeps its one
// name everywhere.
void TestTimeline::labelInArticleLanguage_data()
{
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<QString>("nameId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kb names") << "Garut Regency" << "Kabupaten Garut"
                              << "2025-03-03 day d1 banjir: Kabupaten Garut; 2025-03-03 day d2 flood: Garut Regency";
    QTest::newRow("no kb names") << "" << "" << "2025-03-03 day d1 banjir: Garut; 2025-03-03 day d2 flood: Garut";
}

void TestTimeline::labelInArticleLanguage()
{
    QFETCH(QString, nameEn);
    QFETCH(QString, nameId);
    QFETCH(QString, expected);
    Report report =
        test::markedReport({QStringLiteral("id||Banjir melanda {LOC|Garut=garut} pada {DATE|3 Maret 2025|2025-03-03}."),
                            QStringLiteral("en||Floods hit {LOC|Garut=garut} on {DATE|3 March 2025|2025-03-03}.")});
    QCOMPARE(report.entities.size(), 1);
    report.entities.first().nameEn = nameEn;
    report.entities.first().nameId = nameId;
    QStringList got;
    for (const TimelineEvent &e : buildTimeline(report))
        got.append(e.date.iso() + QLatin1Char(' ') + granularityCode(e.date.granularity) + QLatin1Char(' ') + e.doc
                   + QLatin1Char(' ') + e.label);
    QCOMPARE(got.join(QLatin1String("; ")), expected);
    QCOMPARE(report.entities.first().name, QStringLiteral("Garut")); // the canonical name is one
}

#include "tst_timeline.moc"
