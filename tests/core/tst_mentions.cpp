// The name rules of each language, one example table per language beside its rules:
// core/lang/<lang>/examples/names.tsv. Adding a case is adding a line there.
#include "ExampleTables.h"
#include "TestPaths.h"

#include "entities/KnowledgeBase.h"
#include "entities/MentionRecogniser.h"
#include "model/Article.h"

#include <QFile>
#include <QTest>

using namespace fc;

class TestMentions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void readsPageFurniture();
    void spansPointIntoText();
    void emptyAndOddInput();
    void outletIsAnOrganisation();
};

static QStringList recognised(const QString &text, const QString &language, QList<Mention> *out = nullptr)
{
    Article a;
    a.text = text;
    a.originalText = text;
    a.meta.language = language;
    recogniseNames(a, KnowledgeBase::bundled());
    QStringList found;
    for (const Mention &m : std::as_const(a.mentions))
        found.append(mentionTypeCode(m.type) + u':' + m.text);
    if (out)
        *out = a.mentions;
    return found;
}

void TestMentions::examples_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");
    QString error;
    const QList<test::ExampleRow> rows = test::exampleRows(QStringLiteral("names.tsv"), 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const test::ExampleRow &r : rows) {
        QStringList expected;
        for (const QString &e : r.cells.at(1).split(u';', Qt::SkipEmptyParts))
            expected.append(e.trimmed());
        QTest::addRow("%s", qPrintable(r.name())) << r.language << r.cells.at(0).trimmed() << expected;
    }
    QVERIFY(!rows.isEmpty());
}

void TestMentions::examples()
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    const QStringList found = recognised(sentence, language);
    for (const QString &e : std::as_const(expected)) {
        if (e.startsWith(u'!'))
            QVERIFY2(!found.contains(e.mid(1)), qPrintable(e.mid(1) + u" wrongly found in: " + found.join(u" | ")));
        else
            QVERIFY2(found.contains(e), qPrintable(e + u" not found; found: " + found.join(u" | ")));
    }
}

// Captions and related-story lines are on the page the editor reads: their names are
// highlighted and resolved like the body's (a caption's misspelt name is a finding), while
// the furniture marker itself is no name.
void TestMentions::readsPageFurniture()
{
    Article a;
    a.text = QStringLiteral("Baca Juga: Presiden Rusia Vladimir Putin\nMenteri Luar Negeri Sergey Lavrov tiba.");
    a.meta.language = QStringLiteral("id");
    a.paragraphs = {Paragraph{{0, 40}, {}, 0, false}, Paragraph{{41, a.text.size()}, {}, 0, true}};
    a.sentences = {Sentence{{0, 40}, 0}, Sentence{{41, a.text.size()}, 1}};
    recogniseNames(a, KnowledgeBase::bundled());
    QStringList furniture, body;
    for (const Mention &m : std::as_const(a.mentions))
        (m.span.start < 41 ? furniture : body).append(m.text);
    QVERIFY2(furniture.contains(QStringLiteral("Vladimir Putin")), qPrintable(furniture.join(u'|')));
    QVERIFY2(!furniture.contains(QStringLiteral("Baca Juga")), qPrintable(furniture.join(u'|')));
    QVERIFY2(body.contains(QStringLiteral("Sergey Lavrov")), qPrintable(body.join(u'|')));
}

void TestMentions::spansPointIntoText()
{
    QList<Mention> mentions;
    const QString text = QStringLiteral("Kepala BNPB Suharyanto tiba di Palu, kata juru bicara BNPB.");
    recognised(text, QStringLiteral("id"), &mentions);
    QVERIFY(!mentions.isEmpty());
    for (const Mention &m : std::as_const(mentions)) {
        QCOMPARE(text.mid(m.span.start, m.span.length()), m.text);
        QVERIFY(m.entityId.isEmpty());
        QVERIFY(!m.value.isValid());
    }
}

void TestMentions::emptyAndOddInput()
{
    QVERIFY(recognised(QString(), QStringLiteral("id")).isEmpty());
    QVERIFY(recognised(QStringLiteral("((( ))) ,,, -- \u201C\u201D"), QString()).isEmpty());
    QVERIFY(recognised(QStringLiteral("tidak ada nama di sini sama sekali."), QStringLiteral("id")).isEmpty());
    recognised(QStringLiteral("A (B (C) D) E ( F"), QStringLiteral("en")); // must not crash
}

// The outlet the loader found on the page is an organisation, whatever its words look like
// ("Java Daily" is no place, "Meja Fakta" no person); an outlet the knowledge base knows as a
// place is not trusted.
void TestMentions::outletIsAnOrganisation()
{
    Article a;
    a.text = QStringLiteral("Banjir di Garut\n\nJava Daily\n\nThe flood hit Garut on Monday, Java Daily reported.");
    a.originalText = a.text;
    a.meta.language = QStringLiteral("en");
    a.meta.outlet = QStringLiteral("Java Daily");
    recogniseNames(a, KnowledgeBase::bundled());
    QStringList found;
    for (const Mention &m : std::as_const(a.mentions))
        if (m.type != MentionType::Source)
            found.append(mentionTypeCode(m.type) + u':' + m.text);
    QCOMPARE(found.count(QStringLiteral("ORG:Java Daily")), 2);
    QVERIFY2(!found.contains(QStringLiteral("LOC:Daily")), qPrintable(found.join(u", ")));

    Article b;
    b.text = QStringLiteral("Garut\n\nBanjir melanda Garut.");
    b.originalText = b.text;
    b.meta.language = QStringLiteral("id");
    b.meta.outlet = QStringLiteral("Jakarta");
    b.text += QStringLiteral(" Warga Jakarta membantu.");
    b.originalText = b.text;
    recogniseNames(b, KnowledgeBase::bundled());
    for (const Mention &m : std::as_const(b.mentions))
        QVERIFY(!(m.text == u"Jakarta" && m.type == MentionType::Organisation));
}

QTEST_GUILESS_MAIN(TestMentions)
#include "tst_mentions.moc"
