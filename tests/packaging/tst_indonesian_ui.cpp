#include "TestPaths.h"

#include "i18n/QtStandardTexts.h"
#include "i18n/Translations.h"
#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "widgets/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

// The workbench in Indonesian: every piece of interface text the main window shows (title,
// menus, actions, buttons, labels, column headers, tabs, status bar, tooltips) is Indonesian,
// and a screenshot of it is kept as a test artifact (test-artifacts/mainwindow-id.png).
// Article text and titles are content, not interface, and are not looked at.
class TestIndonesianUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void interfaceTextIsIndonesian_data();
    void interfaceTextIsIndonesian();
    void qtStandardTextIsIndonesian_data();
    void qtStandardTextIsIndonesian();
    void standardButtonsAreIndonesian();
    void cleanupTestCase();

private:
    fc::ui::MainWindow *m_window = nullptr;
};

namespace {

using namespace Qt::StringLiterals;

// English words an untranslated interface string would show and an Indonesian one would not
// (words the two languages share, such as "status" or "filter", are left out).
const QStringList EnglishWords = {
    u"file"_s,      u"edit"_s,     u"view"_s,     u"help"_s,     u"open"_s,    u"save"_s,     u"export"_s,
    u"settings"_s,  u"language"_s, u"article"_s,  u"articles"_s, u"finding"_s, u"findings"_s, u"entities"_s,
    u"entity"_s,    u"timeline"_s, u"severity"_s, u"kind"_s,     u"summary"_s, u"loaded"_s,   u"analysed"_s,
    u"analyzed"_s,  u"theme"_s,    u"light"_s,    u"dark"_s,     u"quit"_s,    u"close"_s,    u"confirmed"_s,
    u"dismissed"_s, u"needs"_s,    u"check"_s,    u"note"_s,     u"add"_s,     u"remove"_s,   u"search"_s,
    u"report"_s,    u"project"_s,  u"review"_s,   u"source"_s,   u"sources"_s, u"date"_s,     u"published"_s,
    u"workbench"_s, u"no"_s,       u"the"_s,      u"and"_s,      u"of"_s,      u"with"_s};

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

void collect(QList<std::pair<QString, QString>> &out, const QString &where, const QString &text)
{
    // An article's tooltip names its file: the checkout's path is data, not interface text
    // (a checkout in ".../wt-project/" must not read as the English word "project").
    QString t = plain(text);
    t.remove(fc::test::sourceDir());
    if (!t.trimmed().isEmpty())
        out.append({where, t});
}

} // namespace

void TestIndonesianUi::initTestCase()
{
    QCOMPARE(fc::ui::Translations::install(QStringLiteral("id")), QStringLiteral("id"));

    const fc::ArticleLoader loader;
    QList<fc::Article> articles;
    const QDir dir(fc::test::examplesDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto loaded = loader.loadFile(dir.filePath(name));
        QVERIFY2(loaded.ok(), qPrintable(name));
        articles.append(*loaded.article);
    }
    QVERIFY(articles.size() >= 3);
    m_window = new fc::ui::MainWindow;
    m_window->setReport(fc::Analyzer().analyze(articles));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString path = fc::test::artifactPath(QStringLiteral("mainwindow-id.png"));
    QVERIFY(shot.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestIndonesianUi::interfaceTextIsIndonesian_data()
{
    QTest::addColumn<QString>("text");
    QList<std::pair<QString, QString>> texts;
    collect(texts, QStringLiteral("window title"), m_window->windowTitle());
    collect(texts, QStringLiteral("status bar"), m_window->statusBar()->currentMessage());
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        collect(texts, QStringLiteral("action"), action->text());
        collect(texts, QStringLiteral("action tooltip"), action->toolTip());
    }
    for (const QMenu *menu : m_window->findChildren<QMenu *>())
        collect(texts, QStringLiteral("menu"), menu->title());
    for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
        collect(texts, QStringLiteral("button"), button->text());
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        collect(texts, QStringLiteral("label"), label->text());
    for (const QGroupBox *box : m_window->findChildren<QGroupBox *>())
        collect(texts, QStringLiteral("group"), box->title());
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        collect(texts, QStringLiteral("dock"), dock->windowTitle());
    for (const QLineEdit *edit : m_window->findChildren<QLineEdit *>())
        collect(texts, QStringLiteral("placeholder"), edit->placeholderText());
    for (const QTabWidget *tabs : m_window->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            collect(texts, QStringLiteral("tab"), tabs->tabText(i));
    for (const QWidget *widget : m_window->findChildren<QWidget *>())
        collect(texts, QStringLiteral("tooltip"), widget->toolTip());
    for (const QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int c = 0; c < model->columnCount(); ++c)
            collect(texts, QStringLiteral("column header"), model->headerData(c, Qt::Horizontal).toString());
    }
    QVERIFY2(texts.size() >= 5, "the main window shows almost no interface text: is it built?");
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    for (const auto &[where, text] : texts)
        QTest::addRow("%s: %s", qPrintable(where), qPrintable(text.left(60))) << text;
}

void TestIndonesianUi::interfaceTextIsIndonesian()
{
    QFETCH(QString, text);
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    for (const auto &match : word.globalMatch(text)) {
        const QString w = match.captured(0).toLower();
        QVERIFY2(!EnglishWords.contains(w), qPrintable(QStringLiteral("English word \"%1\" in \"%2\"").arg(w, text)));
    }
}

// Qt ships no Indonesian catalogue for its own standard buttons: the project's catalogue
// carries every one of them (ui/i18n/QtStandardTexts.cpp).
void TestIndonesianUi::qtStandardTextIsIndonesian_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    for (const fc::ui::QtText &t : fc::ui::qtStandardTexts())
        QTest::addRow("%s: %s", t.context, t.source) << QString::fromLatin1(t.context) << QString::fromLatin1(t.source);
}

void TestIndonesianUi::qtStandardTextIsIndonesian()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    const QString translated = QCoreApplication::translate(qPrintable(context), qPrintable(source));
    QVERIFY2(translated != source || plain(source) == u"OK", qPrintable(source)); // "OK" is Indonesian too
    QVERIFY(!translated.isEmpty());
}

// What an editor sees: the buttons of a dialog, as this platform's theme names them.
void TestIndonesianUi::standardButtonsAreIndonesian()
{
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Cancel
                         | QDialogButtonBox::Close);
    const QStringList english = EnglishWords + QStringList{u"save"_s, u"discard"_s, u"cancel"_s, u"close"_s};
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    for (const auto button :
         {QDialogButtonBox::Save, QDialogButtonBox::Discard, QDialogButtonBox::Cancel, QDialogButtonBox::Close}) {
        const QString text = plain(box.button(button)->text());
        QVERIFY(!text.isEmpty());
        for (const auto &match : word.globalMatch(text))
            QVERIFY2(!english.contains(match.captured(0).toLower()), qPrintable(text));
    }
}

void TestIndonesianUi::cleanupTestCase()
{
    delete m_window;
}

QTEST_MAIN(TestIndonesianUi)
#include "tst_indonesian_ui.moc"
