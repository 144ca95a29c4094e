#include "ReportFixture.h"

#include "models/ArticleListModel.h"
#include "models/EntityTreeModel.h"
#include "models/FindingsFilterModel.h"
#include "models/FindingsModel.h"
#include "models/ReviewState.h"
#include "widgets/ArticlePane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

using namespace fc;
using namespace fc::ui;

// The workbench's models over a hand-made report: what each row and role says.
class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articleListCountsFindings_data();
    void articleListCountsFindings();
    void findingsModelRoles();
    void findingsSortBySeverity();
    void findingsFilter_data();
    void findingsFilter();
    void reviewStateByKey();
    void reviewSurvivesReanalysis();
    void reviewEditThroughModel();
    void entityTreeStructure();
    void entityTreeFilterKeepsParents();
    void viewsKeepTheReportTheyShow();
    void untrustedTextIsShownAsWritten_data();
    void untrustedTextIsShownAsWritten();

private:
    Report m_report = test::fixtureReport();
    std::shared_ptr<const Report> m_shared = std::make_shared<const Report>(m_report);
};

void TestModels::articleListCountsFindings_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("findings");
    QTest::addColumn<int>("high");
    QTest::addColumn<QString>("language");
    // Corroboration (info) is agreement, not a finding against the article.
    QTest::newRow("d1") << 0 << "d1 \u00b7 Harian Contoh" << 3 << 1 << "id";
    QTest::newRow("d2") << 1 << "d2 \u00b7 Valley Post" << 3 << 1 << "en";
    QTest::newRow("d3") << 2 << "d3 \u00b7 Kabar Contoh" << 1 << 0 << "id";
}

void TestModels::articleListCountsFindings()
{
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(int, findings);
    QFETCH(int, high);
    QFETCH(QString, language);
    ArticleListModel model;
    QAbstractItemModelTester tester(&model);
    model.setReport(m_shared);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, ArticleListModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(row, 0).data(ArticleListModel::FindingCountRole).toInt(), findings);
    QCOMPARE(model.index(row, 0).data(ArticleListModel::HighFindingCountRole).toInt(), high);
    QCOMPARE(model.index(row, ArticleListModel::LanguageColumn).data().toString(), language);
    QVERIFY(model.index(row, ArticleListModel::FindingsColumn).data().toString().startsWith(QString::number(findings)));
    QCOMPARE(model.index(row, ArticleListModel::FindingsColumn).data().toString().endsWith(u'!'), high > 0);
}

void TestModels::findingsModelRoles()
{
    ReviewState reviews;
    FindingsModel model(&reviews);
    QAbstractItemModelTester tester(&model);
    model.setReport(m_shared);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(FindingsModel::KindRole).toString(), QStringLiteral("date_conflict"));
    QCOMPARE(first.data(FindingsModel::SeverityRankRole).toInt(), int(Severity::High));
    QCOMPARE(first.data(FindingsModel::FindingKeyRole).toString(), QStringLiteral("date_conflict|flood"));
    // Short ids, as the article list, the panes and the timeline show them; the tooltip names them.
    QCOMPARE(model.index(0, FindingsModel::ArticlesColumn).data().toString(), QStringLiteral("d1, d2"));
    QCOMPARE(model.index(0, FindingsModel::ArticlesColumn).data(FindingsModel::PlainToolTipRole).toString(),
             QStringLiteral("d1 \u00b7 Harian Contoh\nd2 \u00b7 Valley Post"));
    QCOMPARE(model.index(0, FindingsModel::SummaryColumn).data().toString(), m_report.findings.first().summary);
    QVERIFY(model.flags(model.index(0, FindingsModel::StatusColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, FindingsModel::NoteColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, FindingsModel::SummaryColumn)) & Qt::ItemIsEditable));
}

void TestModels::findingsSortBySeverity()
{
    ReviewState reviews;
    FindingsModel model(&reviews);
    model.setReport(m_shared);
    FindingsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QList<int> ranks;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ranks << proxy.index(r, 0).data(FindingsModel::SeverityRankRole).toInt();
    // Severity sorts by rank (High first), not alphabetically by its label.
    QCOMPARE(ranks, (QList<int>{0, 1, 1, 2, 3}));
    proxy.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(FindingsModel::KindRole).toString(), QStringLiteral("corroboration"));
    // Review status sorts by status after a decision.
    reviews.setStatus(QStringLiteral("corroboration|place"), ReviewStatus::Dismissed);
    proxy.sort(FindingsModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(FindingsModel::KindRole).toString(), QStringLiteral("corroboration"));
}

void TestModels::findingsFilter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("severity"); // -1: any
    QTest::addColumn<int>("status");   // -1: any
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("all") << "" << -1 << -1 << ""
                         << QStringList{u"date_conflict|flood"_s, u"quantity_conflict|deaths"_s, u"name_variant|e2"_s,
                                        u"weekday_mismatch|d3"_s, u"corroboration|place"_s};
    QTest::newRow("kind") << "name_variant" << -1 << -1 << "" << QStringList{u"name_variant|e2"_s};
    QTest::newRow("severity medium") << "" << int(Severity::Medium) << -1 << ""
                                     << QStringList{u"quantity_conflict|deaths"_s, u"weekday_mismatch|d3"_s};
    QTest::newRow("status confirmed") << "" << -1 << int(ReviewStatus::Confirmed) << ""
                                      << QStringList{u"quantity_conflict|deaths"_s};
    QTest::newRow("status unreviewed + high")
        << "" << int(Severity::High) << int(ReviewStatus::Unreviewed) << "" << QStringList{u"date_conflict|flood"_s};
    QTest::newRow("text in summary") << "" << -1 << -1 << "monday" << QStringList{u"weekday_mismatch|d3"_s};
    QTest::newRow("text in articles") << "" << -1 << -1 << "valley"
                                      << QStringList{u"date_conflict|flood"_s, u"quantity_conflict|deaths"_s,
                                                     u"name_variant|e2"_s};
    QTest::newRow("text in note") << "" << -1 << -1 << "ask the desk" << QStringList{u"quantity_conflict|deaths"_s};
    QTest::newRow("nothing") << "date_conflict" << int(Severity::Low) << -1 << "" << QStringList{};
}

void TestModels::findingsFilter()
{
    QFETCH(QString, kind);
    QFETCH(int, severity);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    ReviewState reviews;
    reviews.setReview(QStringLiteral("quantity_conflict|deaths"),
                      {ReviewStatus::Confirmed, QStringLiteral("Ask the desk")});
    FindingsModel model(&reviews);
    model.setReport(m_shared);
    FindingsFilterModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setKind(kind);
    proxy.setSeverity(severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity)));
    proxy.setStatus(status < 0 ? std::nullopt : std::optional<ReviewStatus>(ReviewStatus(status)));
    proxy.setText(text);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.index(r, 0).data(FindingsModel::FindingKeyRole).toString();
    QCOMPARE(got, keys);
}

void TestModels::reviewStateByKey()
{
    ReviewState reviews;
    QSignalSpy changed(&reviews, &ReviewState::reviewChanged);
    QCOMPARE(reviews.status(QStringLiteral("k")), ReviewStatus::Unreviewed);
    reviews.setStatus(QStringLiteral("k"), ReviewStatus::NeedsCheck);
    reviews.setNote(QStringLiteral("k"), QStringLiteral("call the agency"));
    QCOMPARE(reviews.status(QStringLiteral("k")), ReviewStatus::NeedsCheck);
    QCOMPARE(reviews.note(QStringLiteral("k")), QStringLiteral("call the agency"));
    QCOMPARE(changed.count(), 2);
    reviews.setStatus(QStringLiteral("k"), ReviewStatus::NeedsCheck); // no change, no signal
    QCOMPARE(changed.count(), 2);
    reviews.setStatus(QStringLiteral("b"), ReviewStatus::Dismissed);
    QCOMPARE(reviews.keys(), (QStringList{QStringLiteral("b"), QStringLiteral("k")}));
    // Clearing both fields forgets the key.
    reviews.setReview(QStringLiteral("b"), {});
    QCOMPARE(reviews.count(), 1);
    for (ReviewStatus s : allReviewStatuses()) {
        ReviewStatus back = ReviewStatus::Dismissed;
        QVERIFY(reviewStatusFromCode(reviewStatusCode(s), &back));
        QCOMPARE(back, s);
        QVERIFY(!ReviewState::statusLabel(s).isEmpty());
    }
}

void TestModels::reviewSurvivesReanalysis()
{
    ReviewState reviews;
    FindingsModel model(&reviews);
    model.setReport(m_shared);
    QVERIFY(model.setData(model.index(1, FindingsModel::StatusColumn), int(ReviewStatus::Confirmed)));
    // A new analysis lists the findings in another order; the decision follows the key.
    Report reordered = m_report;
    std::reverse(reordered.findings.begin(), reordered.findings.end());
    model.setReport(std::make_shared<const Report>(reordered));
    QCOMPARE(model.index(3, 0).data(FindingsModel::FindingKeyRole).toString(),
             QStringLiteral("quantity_conflict|deaths"));
    QCOMPARE(model.index(3, FindingsModel::StatusColumn).data(FindingsModel::StatusRole).toInt(),
             int(ReviewStatus::Confirmed));
    QCOMPARE(model.index(1, FindingsModel::StatusColumn).data(FindingsModel::StatusRole).toInt(),
             int(ReviewStatus::Unreviewed));
}

void TestModels::reviewEditThroughModel()
{
    ReviewState reviews;
    FindingsModel model(&reviews);
    model.setReport(m_shared);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, FindingsModel::StatusColumn), int(ReviewStatus::Dismissed)));
    QVERIFY(model.setData(model.index(0, FindingsModel::NoteColumn), QStringLiteral("same day, time zones")));
    QVERIFY(!model.setData(model.index(0, FindingsModel::SummaryColumn), QStringLiteral("x")));
    QVERIFY(!model.setData(model.index(0, FindingsModel::StatusColumn), 99));
    QCOMPARE(reviews.status(QStringLiteral("date_conflict|flood")), ReviewStatus::Dismissed);
    QCOMPARE(reviews.note(QStringLiteral("date_conflict|flood")), QStringLiteral("same day, time zones"));
    QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(),
             ReviewState::statusLabel(ReviewStatus::Dismissed));
    QCOMPARE(dataChanged.count(), 2);
}

void TestModels::entityTreeStructure()
{
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model);
    model.setReport(m_shared);
    QCOMPARE(model.columnCount(), EntityTreeModel::FirstArticleColumn + 3);
    // One group per type present, in type order: PER, ORG, LOC, TITLE.
    QCOMPARE(model.rowCount(), 4);
    QList<int> types;
    for (int r = 0; r < model.rowCount(); ++r)
        types << model.index(r, 0).data(EntityTreeModel::MentionTypeRole).toInt();
    QCOMPARE(types,
             (QList<int>{int(MentionType::Person), int(MentionType::Organisation), int(MentionType::Location),
                         int(MentionType::Title)}));

    const QModelIndex person = model.indexForEntity(QStringLiteral("e2"));
    QVERIFY(person.isValid());
    QCOMPARE(person.data().toString(), QStringLiteral("Sari Wulandari"));
    QCOMPARE(model.parent(person), model.index(0, 0));
    QCOMPARE(person.siblingAtColumn(EntityTreeModel::TotalColumn).data(EntityTreeModel::CountRole).toInt(), 3);
    QCOMPARE(person.siblingAtColumn(EntityTreeModel::FirstArticleColumn + 1).data(EntityTreeModel::CountRole).toInt(),
             1);
    QCOMPARE(model.rowCount(person), 1);
    const QModelIndex variant = model.index(0, 0, person);
    QCOMPARE(variant.data().toString(), QStringLiteral("Sari Wulandary"));
    QCOMPARE(variant.data(EntityTreeModel::NodeKindRole).toInt(), int(EntityTreeModel::VariantNode));
    QCOMPARE(variant.data(EntityTreeModel::EntityIdRole).toString(), QStringLiteral("e2"));
    // The variant is counted where it is written: only in d2.
    QCOMPARE(variant.siblingAtColumn(EntityTreeModel::FirstArticleColumn).data(EntityTreeModel::CountRole).toInt(), 0);
    QCOMPARE(variant.siblingAtColumn(EntityTreeModel::FirstArticleColumn + 1).data(EntityTreeModel::CountRole).toInt(),
             1);

    const QModelIndex org = model.indexForEntity(QStringLiteral("e3"));
    QVERIFY(org.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Q12345")));
    QCOMPARE(model.index(0, EntityTreeModel::TotalColumn).data(EntityTreeModel::CountRole).toInt(), 3);
}

void TestModels::entityTreeFilterKeepsParents()
{
    EntityTreeModel model;
    model.setReport(m_shared);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("wulandary"));
    // Only the variant matches; its entity and type group stay so it has a place in the tree.
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex group = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(group), 1);
    const QModelIndex entity = proxy.index(0, 0, group);
    QCOMPARE(entity.data(EntityTreeModel::EntityIdRole).toString(), QStringLiteral("e2"));
    QCOMPARE(proxy.index(0, 0, entity).data().toString(), QStringLiteral("Sari Wulandary"));
}

void TestModels::viewsKeepTheReportTheyShow()
{
    // The window hands every view the same shared report and replaces it when a run ends: a
    // view keeps what it shows alive until it gets the next one, whoever dropped it first.
    auto report = std::make_shared<const Report>(m_report);
    ReviewState reviews;
    ArticleListModel articles;
    EntityTreeModel entities;
    FindingsModel findings(&reviews);
    ArticlePane pane;
    articles.setReport(report);
    entities.setReport(report);
    findings.setReport(report);
    pane.setReport(report, report->articles.first().id, MentionTheme::light());
    QCOMPARE(report.use_count(), 6); // this test, the three models, the pane and its view
    const std::weak_ptr<const Report> watch = report;
    report.reset();
    QVERIFY(!watch.expired());
    QCOMPARE(articles.rowCount(), int(m_report.articles.size()));
    QCOMPARE(findings.index(0, FindingsModel::SummaryColumn).data().toString(), m_report.findings.first().summary);
    QVERIFY(entities.indexForEntity(m_report.entities.first().id).isValid());
    articles.setReport(nullptr);
    entities.setReport(nullptr);
    findings.setReport(nullptr);
    pane.setReport(nullptr, {}, MentionTheme::light());
    QVERIFY(watch.expired());
}

namespace {

// What a tooltip shows: Qt renders it as rich text when Qt::mightBeRichText says so.
QString shownText(const QString &toolTip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(toolTip))
        doc.setHtml(toolTip);
    else
        doc.setPlainText(toolTip);
    return doc.toPlainText();
}

const QString hostileTitle = QStringLiteral("<img src=x> & <b>bold</b>");
const QString hostileName = QStringLiteral("<a href=\"http://x\">Sari</a>");

} // namespace

void TestModels::untrustedTextIsShownAsWritten_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("written");
    QTest::newRow("article list") << "articles" << hostileTitle;
    QTest::newRow("entity") << "entity" << hostileName;
    QTest::newRow("entity column") << "entityColumn" << hostileTitle;
    QTest::newRow("finding articles") << "findingArticles" << hostileTitle;
    QTest::newRow("finding evidence") << "findingEvidence" << hostileName;
    QTest::newRow("article pane") << "pane" << hostileTitle;
}

void TestModels::untrustedTextIsShownAsWritten()
{
    // Titles, names and evidence come from articles and the web: a tooltip shows them as
    // written, never as markup (an image fetched, a link, text hidden).
    QFETCH(QString, where);
    QFETCH(QString, written);
    Report report = m_report;
    for (Article &a : report.articles) {
        a.meta.title = hostileTitle;
        a.meta.outlet = hostileTitle; // names an article before its title does
    }
    report.entities.first().name = hostileName;
    for (Finding &f : report.findings)
        for (Evidence &ev : f.evidence)
            ev.text = hostileName;
    QString tip;
    ArticleListModel articles;
    EntityTreeModel entities;
    ReviewState reviews;
    FindingsModel findings(&reviews);
    ArticlePane pane;
    if (where == u"articles") {
        articles.setReport(std::make_shared<const Report>(report));
        tip = articles.index(0, 0).data(Qt::ToolTipRole).toString();
    } else if (where == u"entity") {
        entities.setReport(std::make_shared<const Report>(report));
        tip = entities.indexForEntity(report.entities.first().id).data(Qt::ToolTipRole).toString();
    } else if (where == u"entityColumn") {
        entities.setReport(std::make_shared<const Report>(report));
        tip = entities.headerData(EntityTreeModel::FirstArticleColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
    } else if (where == u"findingArticles") {
        findings.setReport(std::make_shared<const Report>(report));
        tip = findings.index(0, FindingsModel::ArticlesColumn).data(Qt::ToolTipRole).toString();
    } else if (where == u"findingEvidence") {
        findings.setReport(std::make_shared<const Report>(report));
        tip = findings.index(0, FindingsModel::SummaryColumn).data(Qt::ToolTipRole).toString();
    } else {
        pane.setReport(std::make_shared<const Report>(report), report.articles.first().id, MentionTheme::light());
        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->toolTip().contains(u"img"))
                tip = label->toolTip();
    }
    QVERIFY2(!tip.isEmpty(), qPrintable(where));
    QVERIFY2(shownText(tip).contains(written), qPrintable(shownText(tip)));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
