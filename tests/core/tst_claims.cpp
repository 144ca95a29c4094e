#include "MarkedArticle.h"

#include <QTest>

using namespace fc;

Q_DECLARE_METATYPE(fc::Modality)

// Claim extraction on sentences written for the test, with the mentions, dates and figures
// marked inline (see MarkedArticle.h).
class TestClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extract_data();
    void extract();
    void nonBodyParagraphsAreMarked();
};

void TestClaims::extract_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("predicates"); // every claim, in order
    QTest::addColumn<QString>("predicate");  // the claim the other columns describe
    QTest::addColumn<QString>("modality");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("flags"); // "confirmed", "revision"

    const QString id = QStringLiteral("id"), en = QStringLiteral("en");
    QTest::newRow("attributed deployment")
        << id
        << "{PER|Zelensky} mengatakan Korea Utara telah mengirim {QTY|11.000|11000|exact|tentara} tentara ke "
           "{LOC|Rusia}."
        << "deploy" << "deploy" << "attributed" << "Zelensky" << "11.000" << "" << "";
    QTest::newRow("not confirmed") << id << "{LOC|Rusia} belum mengonfirmasi kehadiran pasukan {LOC|Korea Utara}."
                                   << "present" << "present" << "unconfirmed" << "Rusia" << "" << "" << "";
    QTest::newRow("not openly acknowledged")
        << id << "Meski {LOC|Rusia} belum secara terbuka mengakui kehadiran mereka, pasukan itu ikut bertempur."
        << "present" << "present" << "unconfirmed" << "" << "" << "" << "";
    QTest::newRow("alleged") << id << "Pasukan itu diduga ikut menyerang desa di {LOC|Kursk}."
                             << "attack" << "attack" << "alleged" << "" << "" << "" << "";
    QTest::newRow("dated flood") << id
                                 << "Banjir melanda {LOC|Garut} pada {DATE|Senin (3/3/2025)|2025-03-03|wd=1} malam."
                                 << "flood" << "flood" << "stated" << "" << "" << "Senin (3/3/2025)" << "";
    QTest::newRow("report date is not event date")
        << id
        << "{ORG|KCNA} melaporkan pada {DATE|Selasa|2024-11-12|rel} bahwa pakta itu diratifikasi pada "
           "{DATE|Senin|2024-11-11|rel}."
        << "ratify" << "ratify" << "attributed" << "KCNA" << "" << "Senin" << "";
    QTest::newRow("two events, two figures: first")
        << id
        << "Menurut {ORG|BPBD}, sekitar {QTY|1.200|1200|about|rumah} rumah terendam dan {QTY|3.400|3400|exact|warga} "
           "warga mengungsi."
        << "flood,evacuate" << "flood" << "attributed" << "BPBD" << "1.200" << "" << "";
    QTest::newRow("two events, two figures: second")
        << id
        << "Menurut {ORG|BPBD}, sekitar {QTY|1.200|1200|about|rumah} rumah terendam dan {QTY|3.400|3400|exact|warga} "
           "warga mengungsi."
        << "flood,evacuate" << "evacuate" << "attributed" << "BPBD" << "3.400" << "" << "";
    QTest::newRow("dead and missing")
        << id << "Sedikitnya {QTY|12 orang|12|at_least|orang} meninggal dan {QTY|4 orang|4|exact|orang} masih hilang."
        << "die,missing" << "missing" << "stated" << "" << "4 orang" << "" << "";
    QTest::newRow("english attributed")
        << en << "{ORG|BNPB} said more than {QTY|2,000|2000|more_than|houses} houses were flooded."
        << "flood" << "flood" << "attributed" << "BNPB" << "2,000" << "" << "";
    QTest::newRow("english according to")
        << en << "According to {ORG|BNPB}, about {QTY|3,400|3400|about|residents} residents were evacuated."
        << "evacuate" << "evacuate" << "attributed" << "BNPB" << "3,400" << "" << "";
    QTest::newRow("english revision") << en << "The toll was revised to {QTY|15|15|exact|people} people killed."
                                      << "kill" << "kill" << "stated" << "" << "15" << "" << "revision";
    QTest::newRow("indonesian revision") << id << "Jumlah korban tewas bertambah menjadi {QTY|15 orang|15|exact|orang}."
                                         << "die" << "die" << "stated" << "" << "15 orang" << "" << "revision";
    QTest::newRow("expected") << id << "Pasukan {LOC|Korea Utara} akan segera dikerahkan ke garis depan."
                              << "deploy" << "deploy" << "expected" << "" << "" << "" << "";
    QTest::newRow("confirmed by a named source")
        << id << "{PER|Blinken} membenarkan bahwa pasukan {LOC|Korea Utara} telah dikerahkan."
        << "deploy" << "deploy" << "attributed" << "Blinken" << "" << "" << "confirmed";
    QTest::newRow("english not confirmed") << en << "The ministry has not confirmed that troops were deployed."
                                           << "deploy" << "deploy" << "unconfirmed" << "" << "" << "" << "";
    QTest::newRow("english allegedly") << en << "Soldiers allegedly attacked the village."
                                       << "attack" << "attack" << "alleged" << "" << "" << "" << "";
    QTest::newRow("pronoun source")
        << id << "{PER|Rahmat} mengatakan warga mengungsi. Menurut dia, air naik hingga {QTY|3 meter|3|exact|meter}."
        << "evacuate,rise" << "rise" << "attributed" << "Rahmat" << "3 meter" << "" << "";
    QTest::newRow("passive signing with date")
        << id << "Perjanjian itu ditandatangani oleh {PER|Putin} dan {PER|Kim} pada {DATE|Juni 2024|2024-06}."
        << "sign" << "sign" << "stated" << "" << "" << "Juni 2024" << "";
    QTest::newRow("event word inside a name is not an event")
        << id << "{ORG|Badan Nasional Penanggulangan Bencana} membuka posko."
        << "" << "" << "" << "" << "" << "" << "";
    QTest::newRow("english signing") << en << "{PER|Putin} signed the law on {DATE|9 November 2024|2024-11-09}."
                                     << "sign" << "sign" << "stated" << "" << "" << "9 November 2024" << "";
    QTest::newRow("date in a relative clause is its event's")
        << id
        << "{LOC|Rusia}, yang melancarkan invasi ke {LOC|Ukraina} pada {DATE|Februari 2022|2022-02}, telah "
           "meratifikasi pakta itu."
        << "invade,ratify" << "invade" << "stated" << "" << "" << "Februari 2022" << "";
    QTest::newRow("main clause keeps no date across a comma")
        << id
        << "{LOC|Rusia}, yang melancarkan invasi ke {LOC|Ukraina} pada {DATE|Februari 2022|2022-02}, telah "
           "meratifikasi pakta itu."
        << "invade,ratify" << "ratify" << "stated" << "" << "" << "" << "";
    QTest::newRow("date before a subordinate clause")
        << id
        << "Pakta itu ditandatangani oleh {PER|Putin} dan Presiden {LOC|Korea Utara}, {PER|Kim Jong Un}, pada "
           "{DATE|Juni 2024|2024-06} lalu setelah pertemuan di {LOC|Pyongyang}."
        << "sign,meet" << "sign" << "stated" << "" << "" << "Juni 2024" << "";
    QTest::newRow("date before a clause with selama")
        << id << "{PER|Putin} menandatangani pakta pada {DATE|Juni 2024|2024-06} selama kunjungan ke {LOC|Pyongyang}."
        << "sign,visit" << "sign" << "stated" << "" << "" << "Juni 2024" << "";
    QTest::newRow("allegation: the event before it is stated")
        << id
        << "Ratifikasi itu dilakukan di tengah tuduhan bahwa {LOC|Pyongyang} mengirim pasukan untuk mendukung invasi "
           "{LOC|Moskow}."
        << "ratify,deploy,invade" << "ratify" << "stated" << "" << "" << "" << "";
    QTest::newRow("allegation: the next event is alleged")
        << id
        << "Ratifikasi itu dilakukan di tengah tuduhan bahwa {LOC|Pyongyang} mengirim pasukan untuk mendukung invasi "
           "{LOC|Moskow}."
        << "ratify,deploy,invade" << "deploy" << "alleged" << "" << "" << "" << "";
    QTest::newRow("allegation: a later event is not")
        << id
        << "Ratifikasi itu dilakukan di tengah tuduhan bahwa {LOC|Pyongyang} mengirim pasukan untuk mendukung invasi "
           "{LOC|Moskow}."
        << "ratify,deploy,invade" << "invade" << "stated" << "" << "" << "" << "";
    QTest::newRow("denial after its event") << id << "Pengiriman pasukan itu dibantah oleh {LOC|Moskow}."
                                            << "deploy" << "deploy" << "denied" << "" << "" << "" << "";
    QTest::newRow("possibility is not a fact")
        << id << "Pakta itu memungkinkan {LOC|Korea Utara} untuk mengirimkan pasukan."
        << "deploy" << "deploy" << "expected" << "" << "" << "" << "";
    QTest::newRow("english possibility") << en << "The pact could send {LOC|North Korean} troops to the front."
                                         << "deploy" << "deploy" << "expected" << "" << "" << "" << "";
    QTest::newRow("the counted figure beats the duration")
        << id << "Dalam {QTY|satu jam|1|exact|jam} ketinggiannya mencapai {QTY|2,5 meter|2.5|exact|meter}."
        << "rise" << "rise" << "stated" << "" << "2,5 meter" << "" << "";
    QTest::newRow("bare number of a death toll")
        << en << "The death toll from the flood has been revised to {QTY|15|15|exact|}, up from {QTY|12|12|exact|}."
        << "die,flood" << "die" << "stated" << "" << "15" << "" << "revision";
    QTest::newRow("bare number is not a flood figure")
        << en << "The death toll from the flood has been revised to {QTY|15|15|exact|}, up from {QTY|12|12|exact|}."
        << "die,flood" << "flood" << "stated" << "" << "" << "" << "revision";
    QTest::newRow("fire and its victims") << id
                                          << "Kebakaran di {LOC|Tambora} menewaskan {QTY|tiga orang|3|exact|orang} dan "
                                             "menghanguskan {QTY|40 rumah|40|exact|rumah}."
                                          << "burn,die" << "burn" << "stated" << "" << "40 rumah" << "" << "";
    QTest::newRow("english wave height") << en
                                         << "The ferry was struck by waves up to {QTY|3 metres|3|at_most|metres} high."
                                         << "attack,rise" << "rise" << "stated" << "" << "3 metres" << "" << "";
    QTest::newRow("passed away is a death")
        << en << "The former governor passed away on {DATE|Monday|2025-03-03|rel} in {LOC|Makassar}."
        << "die" << "die" << "stated" << "" << "" << "Monday" << "";
    QTest::newRow("a law passed")
        << en << "Parliament passed the bill with {QTY|seven|7|exact|factions} of its nine factions in favour."
        << "enact" << "enact" << "stated" << "" << "seven" << "" << "";
    QTest::newRow("disagreeing is no approval")
        << id
        << "Satu fraksi tidak setuju, tetapi RUU itu tetap disahkan pada {DATE|Kamis (12/2/2026)|2026-02-12|wd=4}."
        << "enact" << "enact" << "stated" << "" << "" << "Kamis (12/2/2026)" << "";
    QTest::newRow("passed through is no event") << en << "The convoy passed through {LOC|Mamuju} before the quake."
                                                << "quake" << "quake" << "stated" << "" << "" << "" << "";
}

void TestClaims::extract()
{
    QFETCH(QString, language);
    QFETCH(QString, marked);
    QFETCH(QString, predicates);
    QFETCH(QString, predicate);
    QFETCH(QString, modality);
    QFETCH(QString, source);
    QFETCH(QString, quantity);
    QFETCH(QString, time);
    QFETCH(QString, flags);

    const Article a = test::markedArticle(marked, language);
    QStringList keys;
    for (const Claim &c : a.claims)
        keys.append(c.predicate);
    QCOMPARE(keys.join(QLatin1Char(',')), predicates);
    if (predicate.isEmpty())
        return;
    const Claim *claim = nullptr;
    for (const Claim &c : a.claims)
        if (c.predicate == predicate)
            claim = &c;
    QVERIFY(claim);
    QCOMPARE(modalityCode(claim->modality), modality);
    QCOMPARE(claim->sourceText, source);
    QCOMPARE(claim->quantity >= 0 ? a.quantities.at(claim->quantity).text : QString(), quantity);
    QCOMPARE(claim->time >= 0 ? a.times.at(claim->time).text : QString(), time);
    QCOMPARE(claim->confirmed, flags.contains(u"confirmed"));
    QCOMPARE(claim->revision, flags.contains(u"revision"));
    QVERIFY(a.textOf(claim->triggerSpan) == claim->trigger);
    QVERIFY(claim->span.contains(claim->triggerSpan));
    QVERIFY(!claim->family.isEmpty());
    // Mentions given as participants are never the source.
    QVERIFY(!claim->agentMentions.contains(claim->sourceMention) || claim->sourceMention < 0);
}

void TestClaims::nonBodyParagraphsAreMarked()
{
    Article a = test::markedArticle(QStringLiteral("Banjir melanda desa.\nFoto: banjir di desa."));
    a.sentences = {Sentence{Span{0, 20}, 0}, Sentence{Span{21, a.text.size()}, 1}};
    a.paragraphs = {Paragraph{Span{0, 20}, QStringLiteral("id"), 1, true},
                    Paragraph{Span{21, a.text.size()}, QStringLiteral("id"), 1, false}};
    extractClaims(a);
    QCOMPARE(a.claims.size(), 2);
    QVERIFY(a.claims.at(0).body);
    QVERIFY(!a.claims.at(1).body);
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
