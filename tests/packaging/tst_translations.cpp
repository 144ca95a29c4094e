#include "TestPaths.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

// The .ts catalogues are complete and sound, and the compiled-in catalogues are what the
// interface loads. One row per message, so a failure names the string a translator missed.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void messageIsTranslated_data();
    void messageIsTranslated();
    void catalogueCoversTheSources_data();
    void catalogueCoversTheSources();
    void compiledCatalogueIsLoaded_data();
    void compiledCatalogueIsLoaded();
    void languageIsResolved_data();
    void languageIsResolved();
};

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus") == u"yes";
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(u"type").toString();
                    if (!m.numerus)
                        m.forms << xml.readElementText();
                } else if (xml.name() == u"numerusform") {
                    m.forms << xml.readElementText();
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The arguments a string takes: %1..%99 and %n, each once however often it appears.
std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    std::set<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured(0));
    return found;
}

// The project's catalogues, or (translations/check-current.sh) a fresh lupdate of them over
// today's sources, so that a string added without a translation fails even before anyone
// runs translations/update.sh.
QString tsPath(const QString &language)
{
    const QString dir = qEnvironmentVariable("FC_TS_DIR", fc::test::sourcePath(QStringLiteral("translations")));
    return dir + QStringLiteral("/factcheck_%1.ts").arg(language);
}

} // namespace

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("factcheck-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::messageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("forms");
    // Indonesian has one plural form (no grammatical number); English two.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("id")}) {
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!messages.isEmpty(), qPrintable(tsPath(language) + QStringLiteral(" has no messages")));
        for (const Message &m : messages)
            QTest::addRow("%s %s: %s", qPrintable(language), qPrintable(m.context), qPrintable(m.source.left(50)))
                << language << m.context << m.source << m.numerus << m.type << m.forms;
    }
}

void TestTranslations::messageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(QString, type);
    QFETCH(QStringList, forms);

    QVERIFY2(type.isEmpty(),
             qPrintable(QStringLiteral("translation is %1; run translations/update.sh and translate it").arg(type)));
    const qsizetype expectedForms = !numerus ? 1 : language == u"en" ? 2 : 1;
    QCOMPARE(forms.size(), expectedForms);
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QString &form = forms.at(i);
        QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
        // A translation that drops or invents an argument shows the wrong value, or "%2".
        auto expected = placeholders(source);
        auto actual = placeholders(form);
        if (numerus && language == u"en" && i == 0) { // "one article" may spell the number out
            expected.erase(QStringLiteral("%n"));
            actual.erase(QStringLiteral("%n"));
        }
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("placeholders differ: \"%1\"").arg(form)));
        QCOMPARE(form.endsWith(QLatin1Char('\n')), source.endsWith(QLatin1Char('\n')));
    }
}

// The English file holds only plural messages; every plural message of the Indonesian file
// (which holds them all) has its English forms, and nothing is in one file but not the other.
void TestTranslations::catalogueCoversTheSources_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("inEnglish");
    QString error;
    const auto id = readTs(tsPath(QStringLiteral("id")), &error);
    const auto en = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::set<QString> english;
    for (const auto &m : en)
        english.insert(m.context + QLatin1Char('|') + m.source);
    for (const auto &m : id)
        if (m.numerus) {
            const QString key = m.context + QLatin1Char('|') + m.source;
            QTest::addRow("%s", qPrintable(key)) << key << english.contains(key);
        }
}

void TestTranslations::catalogueCoversTheSources()
{
    QFETCH(bool, inEnglish);
    QVERIFY2(inEnglish, "plural message missing from factcheck_en.ts: run translations/update.sh");
}

void TestTranslations::compiledCatalogueIsLoaded_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id title") << "id" << "fc::ui::MainWindow" << "Fact-checking Workbench" << -1
                              << "Meja Kerja Cek Fakta";
    QTest::newRow("id plural") << "id" << "fc::ui::MainWindow" << "%n finding(s)" << 3 << "3 temuan";
    QTest::newRow("en singular") << "en" << "fc::ui::MainWindow" << "%n finding(s)" << 1 << "1 finding";
    QTest::newRow("en plural") << "en" << "fc::ui::MainWindow" << "%n finding(s)" << 2 << "2 findings";
    QTest::newRow("en plain") << "en" << "fc::ui::MainWindow" << "Fact-checking Workbench" << -1
                              << "Fact-checking Workbench";
}

void TestTranslations::compiledCatalogueIsLoaded()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(fc::ui::Translations::install(language), language);
    QCOMPARE(fc::ui::Translations::current(), language);
    const QString text = QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n);
    QCOMPARE(text, expected);
}

void TestTranslations::languageIsResolved_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("explicit Indonesian") << "" << "id" << "id";
    QTest::newRow("region is ignored") << "" << "id_ID" << "id";
    QTest::newRow("BCP 47 form") << "en" << "id-ID" << "id";
    QTest::newRow("explicit English over settings") << "id" << "en_GB" << "en";
    QTest::newRow("settings when nothing requested") << "id" << "" << "id";
    QTest::newRow("settings when request unavailable") << "id" << "fr" << "id";
    QTest::newRow("unavailable setting is not saved") << "fr" << "en" << "en";
}

void TestTranslations::languageIsResolved()
{
    QFETCH(QString, configured);
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    fc::ui::Translations::setConfiguredLanguage(configured);
    QCOMPARE(fc::ui::Translations::resolve(requested), expected);
    const QString saved = QSettings().value(QLatin1StringView(fc::ui::Translations::SettingsKey)).toString();
    QCOMPARE(saved, fc::ui::Translations::availableLanguages().contains(configured) ? configured : QString());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
