// The workbench's look (offscreen): the platform's style and palette for the window, the
// colour scheme (Light, Dark, System) for the article panes and the timeline only, following
// the system while System is chosen, and kept in the settings.
#include "ReportFixture.h"
#include "TestPaths.h"

#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MainWindow.h"
#include "widgets/MentionMarks.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTest>

using namespace fc;
using namespace fc::ui;

class TestLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void schemeThemesOnlyTheArticlePanes_data();
    void schemeThemesOnlyTheArticlePanes();
    void systemSchemeIsFollowed();
    void chosenSchemePersists();
    void typeLinesTellTypesApart();
    void typeLinesSwitchAndPersist();

private:
    static QAction *schemeAction(const MainWindow &window, const QString &text);
    static QColor mentionBackground(const ArticleView *view);
    Report m_report = test::fixtureReport();
};

void TestLook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_look"));
}

void TestLook::init()
{
    QSettings().clear();
}

QAction *TestLook::schemeAction(const MainWindow &window, const QString &text)
{
    const auto *menu = window.findChild<QMenu *>(QStringLiteral("colourSchemeMenu"));
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    return nullptr;
}

QColor TestLook::mentionBackground(const ArticleView *view)
{
    const auto mentions = view->selectionsOfKind(ArticleView::MentionSelection);
    return mentions.isEmpty() ? QColor() : mentions.first().format.background().color();
}

void TestLook::schemeThemesOnlyTheArticlePanes_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << "light" << false;
    QTest::newRow("dark") << "dark" << true;
}

void TestLook::schemeThemesOnlyTheArticlePanes()
{
    QFETCH(QString, scheme);
    QFETCH(bool, dark);
    MainWindow window;
    window.setReport(m_report);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = schemeAction(window, scheme == u"dark" ? QStringLiteral("Dark") : QStringLiteral("Light"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(action->isChecked());
    QCOMPARE(window.theme().isDark(), dark);

    const ArticleView *view = window.panes().at(0)->view();
    const QColor paper = view->palette().color(QPalette::Base);
    QCOMPARE(paper, window.theme().paper());
    QCOMPARE(paper.lightness() < 100, dark);
    QCOMPARE(view->palette().color(QPalette::Highlight), window.theme().selection());
    // Mention washes are readable: the ink stands well apart from every type's wash.
    for (const auto &sel : view->selectionsOfKind(ArticleView::MentionSelection)) {
        const int contrast = qAbs(sel.format.background().color().lightness() - window.theme().ink().lightness());
        QVERIFY2(contrast >= 90,
                 qPrintable(QStringLiteral("mention wash %1 against ink %2")
                                .arg(sel.format.background().color().name(), window.theme().ink().name())));
    }
    QCOMPARE(window.timeline()->chart()->backgroundBrush().color(), window.theme().paper());
    // The chrome is the platform's: neither the window nor the application took the theme.
    QCOMPARE(window.palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
    QVERIFY(QApplication::palette().color(QPalette::Base) != window.theme().paper() || !dark);

    QTest::qWait(50);
    QVERIFY(window.grab().save(test::artifactPath(QStringLiteral("look-scheme-%1.png").arg(scheme))));
}

void TestLook::systemSchemeIsFollowed()
{
    MainWindow window;
    window.setReport(m_report);
    QAction *system = schemeAction(window, QStringLiteral("System"));
    QVERIFY(system);
    system->trigger();
    QVERIFY(system->isChecked());
    QCOMPARE(window.themeName(), QStringLiteral("system"));
    const ArticleView *view = window.panes().at(0)->view();

    // The platform says the system turned dark, then light again: the panes follow.
    Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Dark);
    QVERIFY(window.theme().isDark());
    QVERIFY(view->palette().color(QPalette::Base).lightness() < 100);
    const QColor darkWash = mentionBackground(view);
    Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Light);
    QVERIFY(!window.theme().isDark());
    QVERIFY(view->palette().color(QPalette::Base).lightness() > 150);
    QVERIFY(mentionBackground(view) != darkWash);

    // Chosen by hand, a scheme stays whatever the system does.
    schemeAction(window, QStringLiteral("Dark"))->trigger();
    Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Light);
    QVERIFY(window.theme().isDark());
}

void TestLook::chosenSchemePersists()
{
    {
        MainWindow window;
        QCOMPARE(window.themeName(), QStringLiteral("system")); // the default
        schemeAction(window, QStringLiteral("Dark"))->trigger();
    }
    QCOMPARE(QSettings().value(QStringLiteral("view/colourScheme")).toString(), QStringLiteral("dark"));
    {
        MainWindow again;
        QCOMPARE(again.themeName(), QStringLiteral("dark"));
        QVERIFY(again.theme().isDark());
        QVERIFY(schemeAction(again, QStringLiteral("Dark"))->isChecked());
        schemeAction(again, QStringLiteral("System"))->trigger();
    }
    MainWindow third;
    QCOMPARE(third.themeName(), QStringLiteral("system"));
    QVERIFY(schemeAction(third, QStringLiteral("System"))->isChecked());
}

// Every type's mentions carry a line of their own, so no two types look alike without colour;
// the wave is left to evidence.
void TestLook::typeLinesTellTypesApart()
{
    MainWindow window;
    window.setReport(m_report);
    QVERIFY(window.typeLines()); // on by default
    window.setThemeName(QStringLiteral("light"));
    QSet<QString> seen;
    QSet<int> typesShown;
    for (const ArticlePane *pane : window.panes()) {
        const ArticleView *view = pane->view();
        const auto sels = view->selectionsOfKind(ArticleView::MentionSelection);
        QCOMPARE(sels.size(), view->article()->mentions.size());
        for (qsizetype i = 0; i < sels.size(); ++i) {
            const MentionType type = view->article()->mentions.at(i).type;
            const QTextCharFormat &f = sels.at(i).format;
            QVERIFY(f.underlineStyle() != QTextCharFormat::NoUnderline);
            QVERIFY(f.underlineStyle() != QTextCharFormat::WaveUnderline);
            QCOMPARE(f.underlineStyle(), typeLine(type).underline);
            QCOMPARE(f.fontOverline(), typeLine(type).overline);
            typesShown.insert(int(type));
        }
    }
    QVERIFY2(typesShown.size() >= 5, "the fixture shows mentions of most types");
    for (int t = int(MentionType::Person); t <= int(MentionType::Source); ++t) {
        const TypeLine line = typeLine(MentionType(t));
        const QString key = QStringLiteral("%1/%2").arg(int(line.underline)).arg(line.overline);
        QVERIFY2(!seen.contains(key), qPrintable(mentionTypeCode(MentionType(t)) + QStringLiteral(" shares a line")));
        seen.insert(key);
        QVERIFY(!typeLineName(MentionType(t)).isEmpty());
    }
    // The legend says the same in words, for screen readers.
    QVERIFY(window.legend()->accessibleDescription().contains(typeLineName(MentionType::Organisation)));
    QVERIFY(!window.legend()->pixmap().isNull());
}

void TestLook::typeLinesSwitchAndPersist()
{
    {
        MainWindow window;
        window.setReport(m_report);
        window.setThemeName(QStringLiteral("dark"));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QVERIFY(window.grab().save(test::artifactPath(QStringLiteral("look-type-lines-dark.png"))));
        auto *action = window.findChild<QAction *>(QStringLiteral("typeLinesAction"));
        QVERIFY(action);
        QVERIFY(action->isChecked());
        const QString withLines = window.legend()->accessibleDescription();
        action->trigger();
        QVERIFY(!window.typeLines());
        const ArticleView *view = window.panes().at(0)->view();
        for (const auto &sel : view->selectionsOfKind(ArticleView::MentionSelection)) {
            QCOMPARE(sel.format.underlineStyle(), QTextCharFormat::NoUnderline);
            QVERIFY(!sel.format.fontOverline());
        }
        QVERIFY(window.legend()->accessibleDescription() != withLines);
        // A pane added later takes the choice too.
        window.setPaneCount(3);
        QVERIFY(!window.panes().at(2)->view()->typeLines());
    }
    MainWindow again;
    QVERIFY(!again.typeLines());
    QVERIFY(!again.findChild<QAction *>(QStringLiteral("typeLinesAction"))->isChecked());
    again.setReport(m_report);
    for (const auto &sel : again.panes().at(0)->view()->selectionsOfKind(ArticleView::MentionSelection))
        QCOMPARE(sel.format.underlineStyle(), QTextCharFormat::NoUnderline);
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
