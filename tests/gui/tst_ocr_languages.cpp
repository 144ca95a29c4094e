// The workbench's setting for the languages screenshots are read in (Analysis › Text
// Recognition Languages): checked as the command line's --ocr-languages is (a code that is
// malformed or whose Tesseract data is not installed is named, and nothing changes), kept in
// the settings, and used by the registered reader. Offscreen, with Tesseract (factcheck_ocr).
#include "TestPaths.h"
#include "ingest/ImageTextHook.h"
#include "models/OcrLanguageSetting.h"
#include "ocr/ImageTextReader.h"
#include "widgets/OcrLanguagesDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace fc::ui;
using namespace Qt::StringLiterals;

class TestOcrLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chosen_data();
    void chosen();
    void withoutReader();

private:
    QTemporaryDir m_dir;
};

void TestOcrLanguages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerOcrSupport();
}

void TestOcrLanguages::chosen_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("named"); // in the message; empty when the languages are kept
    QTest::addColumn<QString>("kept");  // what the settings hold afterwards
    // The settings start at "eng" in every row.
    QTest::newRow("default") << QString() << QString() << QString();
    QTest::newRow("both installed") << u"ind+eng"_s << QString() << u"ind+eng"_s;
    QTest::newRow("spaces around") << u"  ind "_s << QString() << u"ind"_s;
    QTest::newRow("not installed") << u"zzz"_s << u"\"zzz\" is not installed"_s << u"eng"_s;
    QTest::newRow("second not installed") << u"ind+qqq"_s << u"\"qqq\" is not installed"_s << u"eng"_s;
    QTest::newRow("malformed") << u"ind;eng"_s << u"\"ind;eng\" is not a language code"_s << u"eng"_s;
    QTest::newRow("space inside") << u"ind eng"_s << u"\"ind eng\" is not a language code"_s << u"eng"_s;
}

void TestOcrLanguages::chosen()
{
    QFETCH(QString, typed);
    QFETCH(QString, named);
    QFETCH(QString, kept);
    QSettings settings(m_dir.filePath(u"%1.ini"_s.arg(QString::fromUtf8(QTest::currentDataTag()))),
                       QSettings::IniFormat);
    QCOMPARE(OcrLanguageSetting(&settings).choose(u"eng"_s), QString());

    // The dialog shows what is kept, checks on OK, and stays open naming the code.
    OcrLanguagesDialog dialog(&settings);
    QCOMPARE(dialog.editor()->text(), u"eng"_s);
    QCOMPARE(dialog.editor()->placeholderText(), defaultOcrLanguages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.editor()->setText(typed);
    dialog.okButton()->click();
    if (named.isEmpty()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.problem()->isHidden());
    } else {
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.problem()->isHidden());
        QVERIFY2(dialog.problem()->text().contains(named), qPrintable(dialog.problem()->text()));
        QVERIFY(dialog.grab().save(fc::test::artifactPath(
            u"ocr-languages-dialog-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')))));
        // The same message as the command line's check gives.
        QVERIFY(dialog.problem()->text().contains(ocrLanguagesError(typed.trimmed())));
        // Typing again takes the message away.
        QTest::keyClick(dialog.editor(), Qt::Key_Backspace);
        QVERIFY(dialog.problem()->isHidden());
    }
    QCOMPARE(OcrLanguageSetting(&settings).languages(), kept);
    // Kept on disk: a new settings object over the same file reads it back.
    settings.sync();
    QSettings again(settings.fileName(), QSettings::IniFormat);
    QCOMPARE(OcrLanguageSetting(&again).languages(), kept);
}

// A front end that registered no reader (a build without Tesseract) says so and keeps nothing.
void TestOcrLanguages::withoutReader()
{
    setImageTextReader({});
    setImageTextLanguageSwitch({});
    QSettings settings(m_dir.filePath(u"none.ini"_s), QSettings::IniFormat);
    const QString error = OcrLanguageSetting(&settings).choose(u"eng"_s);
    QVERIFY2(error.contains(u"reads no image"_s), qPrintable(error));
    QVERIFY(!settings.contains(u"ocr/languages"_s));
    registerOcrSupport();
}

QTEST_MAIN(TestOcrLanguages)
#include "tst_ocr_languages.moc"
