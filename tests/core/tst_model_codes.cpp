// The contract's codes for review statuses and finding kinds, defined once in core/model: the
// codes round-trip, every checker's kind has a reader's name, and unknown codes are refused.
#include "checks/Checkers.h"
#include "model/FindingKind.h"
#include "model/ReviewStatus.h"

#include <QTest>

using namespace fc;

class TestModelCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reviewStatusCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unreviewed") << int(ReviewStatus::Unreviewed) << QString();
        QTest::newRow("needs check") << int(ReviewStatus::NeedsCheck) << QStringLiteral("needs_check");
        QTest::newRow("confirmed") << int(ReviewStatus::Confirmed) << QStringLiteral("confirmed");
        QTest::newRow("dismissed") << int(ReviewStatus::Dismissed) << QStringLiteral("dismissed");
    }
    void reviewStatusCodes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QCOMPARE(reviewStatusCode(ReviewStatus(status)), code);
        ReviewStatus back = status == int(ReviewStatus::Dismissed) ? ReviewStatus::Confirmed : ReviewStatus::Dismissed;
        QVERIFY(reviewStatusFromCode(code, &back));
        QCOMPARE(int(back), status);
        QVERIFY(allReviewStatuses().contains(ReviewStatus(status)));
    }
    void unknownStatusIsRefused()
    {
        ReviewStatus s = ReviewStatus::Confirmed;
        QVERIFY(!reviewStatusFromCode(u"Confirmed", &s));
        QVERIFY(!reviewStatusFromCode(u"needs check", &s));
        QCOMPARE(s, ReviewStatus::Confirmed);
        QCOMPARE(allReviewStatuses().size(), 4);
    }

    void findingKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("date") << QStringLiteral("date_conflict") << QStringLiteral("date conflict");
        QTest::newRow("quantity") << QStringLiteral("quantity_conflict") << QStringLiteral("figure conflict");
        QTest::newRow("name") << QStringLiteral("name_variant") << QStringLiteral("name variant");
        QTest::newRow("title") << QStringLiteral("title_conflict") << QStringLiteral("title conflict");
        QTest::newRow("weekday") << QStringLiteral("weekday_mismatch") << QStringLiteral("weekday mismatch");
        QTest::newRow("revision") << QStringLiteral("revision") << QStringLiteral("revised figure");
        QTest::newRow("attribution") << QStringLiteral("attribution_conflict")
                                     << QStringLiteral("attribution conflict");
        QTest::newRow("status") << QStringLiteral("status_conflict") << QStringLiteral("status conflict");
        QTest::newRow("truncated") << QStringLiteral("truncated_text") << QStringLiteral("truncated text");
        QTest::newRow("corroboration") << QStringLiteral("corroboration") << QStringLiteral("corroboration");
        QTest::newRow("unknown") << QStringLiteral("measured_conflict") << QString();
    }
    void findingKinds()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        const char *english = findingKindName(kind);
        QCOMPARE(english ? QString::fromLatin1(english) : QString(), name);
        QCOMPARE(findingKindCodes().contains(kind), !name.isEmpty());
    }

    // A checker added without a reader's name would show its code in every report.
    void everyCheckerKindIsNamed()
    {
        for (const auto &checker : allCheckers()) {
            // The measured-claim checker writes date_conflict and quantity_conflict findings.
            if (checker->kind() == u"measured_conflict")
                continue;
            QVERIFY2(findingKindName(checker->kind()), qPrintable(checker->kind()));
        }
        QCOMPARE(findingKindCodes().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestModelCodes)
#include "tst_model_codes.moc"
