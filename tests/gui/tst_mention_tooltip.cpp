// The workbench tells an editor which rule or model marked a mention: the name docs/rule-names.md
// lists, at the foot of the mention's tooltip (offscreen).
#include "ingest/ArticleLoader.h"
#include "model/Report.h"
#include "pipeline/Analyzer.h"
#include "widgets/ArticleView.h"
#include "widgets/MentionTheme.h"

#include <QApplication>
#include <QTest>

#include <memory>

using namespace fc;
using namespace fc::ui;

class TestMentionTooltip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooltipNamesTheRule_data();
    void tooltipNamesTheRule();
    void noRuleNoLine();
};

void TestMentionTooltip::tooltipNamesTheRule_data()
{
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("rule");
    QTest::newRow("date") << QStringLiteral("19 Juni 2024") << QStringLiteral("id.time.named-date");
    QTest::newRow("figure") << QStringLiteral("sekitar 11.000 tentara") << QStringLiteral("id.quantity.counted-noun");
    QTest::newRow("place") << QStringLiteral("Jakarta") << QStringLiteral("name.kb");
}

void TestMentionTooltip::tooltipNamesTheRule()
{
    QFETCH(QString, mention);
    QFETCH(QString, rule);
    auto loaded = ArticleLoader().loadText(
        QStringLiteral("Perjanjian ditandatangani pada 19 Juni 2024 di Jakarta. Ada sekitar 11.000 tentara di sana."),
        QStringLiteral("case"));
    QVERIFY(loaded.ok());
    const auto report = std::make_shared<const Report>(Analyzer().analyze({*loaded.article}));
    const Article &article = report->articles.first();
    ArticleView view;
    view.setArticle(&article, MentionTheme::light(), report);
    const qsizetype at = article.text.indexOf(mention);
    QVERIFY(at >= 0);
    const Mention *m = view.mentionAt(at + 1);
    QVERIFY(m);
    QCOMPARE(m->text, mention);
    QCOMPARE(m->rule, rule);
    QVERIFY2(view.toolTipFor(*m).contains(QStringLiteral("Found by: ") + rule), qPrintable(view.toolTipFor(*m)));
}

// A mention no rule names (one read from an older cache) gets no empty line.
void TestMentionTooltip::noRuleNoLine()
{
    Article article;
    article.text = QStringLiteral("Jakarta");
    Mention m;
    m.span = {0, 7};
    m.type = MentionType::Location;
    m.text = article.text;
    article.mentions.append(m);
    ArticleView view;
    view.setArticle(&article, MentionTheme::light(), nullptr);
    QVERIFY(!view.toolTipFor(m).contains(QStringLiteral("Found by")));
}

QTEST_MAIN(TestMentionTooltip)
#include "tst_mention_tooltip.moc"
