// What a pattern's matches must contain (core/text/RequiredText.h): the literals or digit
// that let a rule be skipped on a text without them. A wrong answer drops real matches, so
// every construct the reader does not know must give "unknown" (written "?" here).
#include "text/RequiredText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fc;

class TestRequiredText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data();
    void patterns();
    void lineBreaks_data();
    void lineBreaks();
};

namespace {

// "lit|lit" sorted, then "#" for a digit; "?" when nothing is known.
QString written(const RequiredText &r)
{
    if (!r.known())
        return u"?"_s;
    QStringList parts = r.literals;
    parts.sort();
    if (r.digit)
        parts.append(u"#"_s);
    return parts.join(u'|');
}

} // namespace

void TestRequiredText::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("required");
    // Literal runs, case-folded; the longest mandatory part wins.
    QTest::newRow("word") << u"kemarin"_s << u"kemarin"_s;
    QTest::newRow("folded") << u"KeMarin"_s << u"kemarin"_s;
    QTest::newRow("longest part") << u"hari\\s+ini"_s << u"hari"_s;
    QTest::newRow("optional prefix") << u"(?:pada\\s+)?tahun\\s+(?<y>\\d{4})"_s << u"tahun"_s;
    QTest::newRow("optional last letter") << u"abc?"_s << u"ab"_s;
    QTest::newRow("repeated letter ends run") << u"ab+c"_s << u"ab"_s;
    QTest::newRow("counted letter") << u"xa{3}"_s << u"xa"_s;
    QTest::newRow("at least zero") << u"xa{0,2}yz"_s << u"yz"_s;
    QTest::newRow("escaped stop") << u"a\\.b"_s << u"a.b"_s;
    QTest::newRow("non-ascii") << u"Straße"_s << u"straße"_s;
    // Digits.
    QTest::newRow("digit beats a colon") << u"(?<h>\\d{1,2}):(?<min>\\d{2})"_s << u"#"_s;
    QTest::newRow("digit beats a stop") << u"\\.\\d"_s << u"#"_s;
    QTest::newRow("word beats digit") << u"\\d+(?:[.,]\\d+)?\\s*persen"_s << u"persen"_s;
    // Groups and branches: every branch must have a requirement.
    QTest::newRow("branches") << u"lusa|kemarin"_s << u"kemarin|lusa"_s;
    QTest::newRow("group branches") << u"(?:besok|esok)(?:\\s+hari)?"_s << u"besok|esok"_s;
    QTest::newRow("digit branch") << u"(?:\\d+|dua)\\s+x"_s << u"dua|#"_s;
    QTest::newRow("empty branch") << u"a|"_s << u"?"_s;
    QTest::newRow("optional group") << u"(?:abc)?"_s << u"?"_s;
    QTest::newRow("starred group") << u"(?:abc)*x"_s << u"x"_s;
    QTest::newRow("fewer alternatives win a tie") << u"se(?<unit>hari|minggu)\\s+lalu"_s << u"lalu"_s;
    QTest::newRow("named group") << u"(?<mon>Juni|Juli)"_s << u"juli|juni"_s;
    QTest::newRow("option group") << u"(?i:Senin|Selasa)"_s << u"selasa|senin"_s;
    QTest::newRow("option setting") << u"(?i)Senin"_s << u"senin"_s;
    QTest::newRow("atomic group") << u"(?>abc)"_s << u"abc"_s;
    // Zero-width parts add nothing.
    QTest::newRow("lookarounds") << u"(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?:kemarin)(?![\\p{L}\\p{N}])"_s
                                 << u"kemarin"_s;
    QTest::newRow("lookahead only") << u"(?=abc)d"_s << u"d"_s;
    QTest::newRow("word boundaries") << u"\\bkemarin\\b"_s << u"kemarin"_s;
    QTest::newRow("anchors") << u"^abc$"_s << u"abc"_s;
    // Classes: only one letter's cases make a literal.
    QTest::newRow("cases class") << u"[Pp]ada|[Ss]ejak"_s << u"pada|sejak"_s;
    QTest::newRow("two characters") << u"[.,]"_s << u"?"_s;
    QTest::newRow("negated") << u"[^a]bc"_s << u"bc"_s;
    QTest::newRow("range") << u"[a-c]x"_s << u"x"_s;
    QTest::newRow("bracket first") << u"[]a]b"_s << u"b"_s;
    QTest::newRow("escape in class") << u"[Kk\\x{212A}]"_s << u"?"_s;
    QTest::newRow("posix class") << u"[[:alpha:]]zz"_s << u"zz"_s;
    // Escapes that stand for other characters end a run.
    QTest::newRow("hex escape") << u"x\\x41yz"_s << u"yz"_s;
    QTest::newRow("hex escape braces") << u"caf\\x{e9}"_s << u"caf"_s;
    QTest::newRow("property") << u"\\p{Lu}bc"_s << u"bc"_s;
    QTest::newRow("any character") << u"a.b"_s << u"a"_s;
    // What the reader does not know: unknown, never a guess.
    QTest::newRow("back reference") << u"(\\w+)\\1"_s << u"?"_s;
    QTest::newRow("quoted") << u"\\Qabc\\E"_s << u"?"_s;
    QTest::newRow("comment") << u"(?#note)abc"_s << u"?"_s;
    QTest::newRow("extended") << u"(?x)a b"_s << u"?"_s;
    QTest::newRow("verb") << u"(*UTF)abc"_s << u"?"_s;
    QTest::newRow("unclosed group") << u"(abc"_s << u"?"_s;
    QTest::newRow("unopened group") << u"abc)"_s << u"?"_s;
    QTest::newRow("unclosed class") << u"[abc"_s << u"?"_s;
    QTest::newRow("bad count") << u"a{x}"_s << u"?"_s;
    QTest::newRow("empty") << QString() << u"?"_s;
}

void TestRequiredText::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, required);
    QCOMPARE(written(requiredText(pattern)), required);
}

void TestRequiredText::lineBreaks_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("may");
    // Never a line break, whatever the subject's ends.
    QTest::newRow("word") << u"kemarin"_s << false;
    QTest::newRow("time rule's frame") << u"(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?:x)(?![\\p{L}\\p{N}])"_s << false;
    QTest::newRow("spaces of one line") << u"a[ \\t\\x{00A0}\\x{2007}\\x{202F}]+b"_s << false;
    QTest::newRow("digits and separators") << u"(?<d>\\d{1,2})[/.-](?<y>\\d{4})"_s << false;
    QTest::newRow("case option") << u"(?i)senin|(?i:selasa)"_s << false;
    QTest::newRow("escaped dot") << u"a\\.b"_s << false;
    QTest::newRow("range of letters") << u"[a-zA-Z]"_s << false;
    QTest::newRow("bracket first") << u"[]a]"_s << false;
    QTest::newRow("safe sets") << u"\\w\\S\\h\\N\\V\\bx\\B"_s << false;
    QTest::newRow("letter property") << u"\\p{Lu}\\p{Nd}\\p{M}"_s << false;
    QTest::newRow("hex non-breaking space") << u"\\xA0\\x{202F}"_s << false;
    // May: a set or assertion that holds a line break or sees the subject's ends.
    QTest::newRow("any character") << u"a.b"_s << true;
    QTest::newRow("start") << u"^abc"_s << true;
    QTest::newRow("end") << u"abc$"_s << true;
    QTest::newRow("space") << u"a\\sb"_s << true;
    QTest::newRow("not a word character") << u"a\\Wb"_s << true;
    QTest::newRow("not a digit") << u"\\D"_s << true;
    QTest::newRow("negated class") << u"\\([^)]*\\)"_s << true;
    QTest::newRow("range over a line break") << u"[\\x00-\\x7F]"_s << true;
    QTest::newRow("line feed") << u"a\\nb"_s << true;
    QTest::newRow("hex line feed") << u"a\\x0Ab"_s << true;
    QTest::newRow("line separator") << u"[\\x{2028}]"_s << true;
    QTest::newRow("other property") << u"\\p{Zl}"_s << true;
    QTest::newRow("negated property") << u"\\P{L}"_s << true;
    QTest::newRow("dot-all option") << u"(?s)abc"_s << true;
    QTest::newRow("multi-line option") << u"(?im:abc)"_s << true;
    QTest::newRow("text start") << u"\\Aabc"_s << true;
    QTest::newRow("back reference") << u"(a)\\1"_s << true;
    QTest::newRow("quoted") << u"\\Qa.b\\E"_s << true;
    QTest::newRow("comment") << u"(?#note)abc"_s << true;
    QTest::newRow("verb") << u"(*ANY)abc"_s << true;
    QTest::newRow("posix class") << u"[[:space:]]"_s << true;
    QTest::newRow("unclosed class") << u"[abc"_s << true;
    QTest::newRow("trailing backslash") << u"abc\\"_s << true;
}

void TestRequiredText::lineBreaks()
{
    QFETCH(QString, pattern);
    QFETCH(bool, may);
    QCOMPARE(mayMatchLineBreak(pattern), may);
}

QTEST_APPLESS_MAIN(TestRequiredText)
#include "tst_required_text.moc"
