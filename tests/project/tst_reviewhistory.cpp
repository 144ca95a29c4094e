#include "ProjectTestSupport.h"

#include "project/ProjectStore.h"
#include "project/ReviewJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace fc;

namespace {
// One editor's action: who, and the decision it leaves (Unreviewed with an empty note removes).
struct Step
{
    QString reviewer;
    ReviewStatus status;
    QString note;
};
} // namespace

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(ReviewChange)

// Every change of a finding's decision is a history row (who, when, old, new), written in the
// same transaction as the decision; a call that changes nothing writes no row. Each row of the
// table is one editor's sequence of actions on one finding and the history it must leave.
class TestReviewHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyOfActions_data();
    void historyOfActions();
    void importKeepsItsReviewersAndRecordsRows();
    void jsonCarriesReviewerAndHistory();
};

void TestReviewHistory::historyOfActions_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QList<ReviewChange>>("expected"); // without times
    using S = ReviewStatus;
    const auto change = [](const QString &who, S from, const QString &fromNote, S to, const QString &toNote) {
        return ReviewChange{who, {}, from, fromNote, to, toNote};
    };
    QTest::newRow("one decision") << QList<Step>{{u"Ani"_s, S::Confirmed, u""_s}}
                                  << QList<ReviewChange>{change(u"Ani"_s, S::Unreviewed, u""_s, S::Confirmed, u""_s)};
    QTest::newRow("two reviewers")
        << QList<Step>{{u"Ani"_s, S::NeedsCheck, u"tanya BPBD"_s}, {u"Budi"_s, S::Dismissed, u"tanya BPBD"_s}}
        << QList<ReviewChange>{change(u"Ani"_s, S::Unreviewed, u""_s, S::NeedsCheck, u"tanya BPBD"_s),
                               change(u"Budi"_s, S::NeedsCheck, u"tanya BPBD"_s, S::Dismissed, u"tanya BPBD"_s)};
    QTest::newRow("same decision again writes nothing")
        << QList<Step>{{u"Ani"_s, S::Confirmed, u"ok"_s}, {u"Budi"_s, S::Confirmed, u"ok"_s}}
        << QList<ReviewChange>{change(u"Ani"_s, S::Unreviewed, u""_s, S::Confirmed, u"ok"_s)};
    QTest::newRow("removed, then decided again")
        << QList<Step>{{u"Ani"_s, S::Confirmed, u""_s},
                       {u"Ani"_s, S::Unreviewed, u""_s},
                       {u"Citra"_s, S::Dismissed, u"dobel"_s}}
        << QList<ReviewChange>{change(u"Ani"_s, S::Unreviewed, u""_s, S::Confirmed, u""_s),
                               change(u"Ani"_s, S::Confirmed, u""_s, S::Unreviewed, u""_s),
                               change(u"Citra"_s, S::Unreviewed, u""_s, S::Dismissed, u"dobel"_s)};
    QTest::newRow("removing nothing writes nothing")
        << QList<Step>{{u"Ani"_s, S::Unreviewed, u""_s}} << QList<ReviewChange>{};
    QTest::newRow("note before any decision")
        << QList<Step>{{u"Ani"_s, S::Unreviewed, u"lihat foto"_s}, {u"Ani"_s, S::Unreviewed, u"lihat foto asli"_s}}
        << QList<ReviewChange>{change(u"Ani"_s, S::Unreviewed, u""_s, S::Unreviewed, u"lihat foto"_s),
                               change(u"Ani"_s, S::Unreviewed, u"lihat foto"_s, S::Unreviewed, u"lihat foto asli"_s)};
    QTest::newRow("anonymous") << QList<Step>{{u""_s, S::Dismissed, u""_s}}
                               << QList<ReviewChange>{change(u""_s, S::Unreviewed, u""_s, S::Dismissed, u""_s)};
}

void TestReviewHistory::historyOfActions()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QList<ReviewChange>, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.fcproj"));
    const QString key = QStringLiteral("date_conflict:banjir:lembah");
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        ProjectStore store;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        for (const Step &s : steps) {
            store.setReviewer(s.reviewer);
            QVERIFY2(s.status == ReviewStatus::Unreviewed && s.note.isEmpty()
                         ? store.removeDecision(key, &error)
                         : store.setDecision(key, s.status, s.note, &error),
                     qPrintable(error));
        }
        // Another finding's history stays apart.
        QVERIFY2(store.setDecision(QStringLiteral("other"), ReviewStatus::Confirmed, {}, &error), qPrintable(error));
    }
    ProjectStore store;
    QVERIFY2(store.open(path, ProjectStore::Mode::ReadOnly, &error), qPrintable(error));
    QList<ReviewChange> history = store.history(key, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (ReviewChange &c : history) {
        QVERIFY(c.at >= before && c.at <= QDateTime::currentDateTimeUtc());
        c.at = {};
    }
    QCOMPARE(history, expected);
    const ReviewMap decisions = store.decisions(&error);
    if (decisions.contains(key)) {
        QCOMPARE(decisions.value(key).history.size(), expected.size());
        QCOMPARE(decisions.value(key).reviewer, expected.last().reviewer);
    }
    QCOMPARE(decisions.value(QStringLiteral("other")).history.size(), 1);
}

void TestReviewHistory::importKeepsItsReviewersAndRecordsRows()
{
    QTemporaryDir dir;
    QString error;
    ProjectStore store;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("i.fcproj")), &error), qPrintable(error));
    store.setReviewer(QStringLiteral("Importer"));
    ReviewMap map;
    map.insert(QStringLiteral("a"),
               ReviewDecision{QStringLiteral("a"),
                              ReviewStatus::Confirmed,
                              QStringLiteral("x"),
                              QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC),
                              QStringLiteral("Dewi"),
                              {}});
    map.insert(QStringLiteral("b"), ReviewDecision{QStringLiteral("b"), ReviewStatus::Dismissed, {}, {}, {}, {}});
    QVERIFY2(store.setDecisions(map, &error), qPrintable(error));
    const ReviewMap after = store.decisions(&error);
    QCOMPARE(after.value(QStringLiteral("a")).reviewer, QStringLiteral("Dewi"));
    QCOMPARE(after.value(QStringLiteral("a")).history.size(), 1);
    QCOMPARE(after.value(QStringLiteral("a")).history.at(0).at,
             QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC));
    QCOMPARE(after.value(QStringLiteral("b")).reviewer, QStringLiteral("Importer"));
    QCOMPARE(after.value(QStringLiteral("b")).history.at(0).newStatus, ReviewStatus::Dismissed);
}

void TestReviewHistory::jsonCarriesReviewerAndHistory()
{
    QTemporaryDir dir;
    QString error;
    ProjectStore store;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("j.fcproj")), &error), qPrintable(error));
    store.setReviewer(QStringLiteral("Ani"));
    QVERIFY(store.setDecision(QStringLiteral("k"), ReviewStatus::NeedsCheck, QStringLiteral("n"), &error));
    store.setReviewer(QStringLiteral("Budi"));
    QVERIFY(store.setDecision(QStringLiteral("k"), ReviewStatus::Confirmed, QStringLiteral("n"), &error));
    const QByteArray json = writeReviewJson(Report{}, store.decisions(&error));
    const QJsonObject entry =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("reviews")).toArray().at(0).toObject();
    // The fields the contract had keep their meaning.
    QCOMPARE(entry.value(QStringLiteral("key")).toString(), QStringLiteral("k"));
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(entry.value(QStringLiteral("note")).toString(), QStringLiteral("n"));
    QVERIFY(entry.value(QStringLiteral("updated_at")).isString());
    QCOMPARE(entry.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Budi"));
    const QJsonArray history = entry.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject first = history.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Ani"));
    QVERIFY(first.value(QStringLiteral("old_status")).isNull());
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("needs_check"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("old_status")).toString(), QStringLiteral("needs_check"));
    QVERIFY(history.at(1).toObject().value(QStringLiteral("at")).isString());

    // Read back by an import: the reviewer comes along; a wrong type is named.
    const auto parsed = parseReviewJson(json, QStringLiteral("r.json"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->value(QStringLiteral("k")).reviewer, QStringLiteral("Budi"));
    QByteArray bad = json;
    bad.replace("\"reviewer\": \"Budi\"", "\"reviewer\": 7");
    QVERIFY(!parseReviewJson(bad, QStringLiteral("r.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("r.json: review 1: ")) && error.contains(QStringLiteral("reviewer")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReviewHistory)
#include "tst_reviewhistory.moc"
