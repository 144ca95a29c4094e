#include "Predicates.h"

#include "Morphology.h"

#include <QHash>

namespace fc::lang::id {

namespace {

// Roots (and a few words that are their own root) with the event they name. Roots are
// matched after rootCandidates() strips affixes, so one line covers every derived form.
const QHash<QString, QString> &rootTable()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("tandatangan"), QStringLiteral("sign")},
        {QStringLiteral("teken"), QStringLiteral("sign")},
        {QStringLiteral("ratifikasi"), QStringLiteral("ratify")},
        {QStringLiteral("invasi"), QStringLiteral("invade")},
        {QStringLiteral("serbu"), QStringLiteral("invade")},
        {QStringLiteral("kirim"), QStringLiteral("deploy")},
        {QStringLiteral("kerah"), QStringLiteral("deploy")},
        {QStringLiteral("hadir"), QStringLiteral("present")},
        {QStringLiteral("tewas"), QStringLiteral("die")},
        {QStringLiteral("meninggal"), QStringLiteral("die")},
        {QStringLiteral("wafat"), QStringLiteral("die")},
        {QStringLiteral("bunuh"), QStringLiteral("kill")},
        {QStringLiteral("luka"), QStringLiteral("injure")},
        {QStringLiteral("rusak"), QStringLiteral("damage")},
        {QStringLiteral("serang"), QStringLiteral("attack")},
        {QStringLiteral("banjir"), QStringLiteral("flood")},
        {QStringLiteral("rendam"), QStringLiteral("flood")},
        {QStringLiteral("genang"), QStringLiteral("flood")},
        {QStringLiteral("luap"), QStringLiteral("flood")},
        {QStringLiteral("ungsi"), QStringLiteral("evacuate")},
        {QStringLiteral("evakuasi"), QStringLiteral("evacuate")},
        {QStringLiteral("hilang"), QStringLiteral("missing")},
        {QStringLiteral("tangkap"), QStringLiteral("arrest")},
        {QStringLiteral("tetapkan"), QStringLiteral("declare")},
        {QStringLiteral("umumkan"), QStringLiteral("declare")},
        {QStringLiteral("temu"), QStringLiteral("meet")},
        {QStringLiteral("tinggi"), QStringLiteral("rise")},
        {QStringLiteral("naik"), QStringLiteral("rise")},
        {QStringLiteral("gempa"), QStringLiteral("quake")},
        {QStringLiteral("guncang"), QStringLiteral("quake")},
        {QStringLiteral("cedera"), QStringLiteral("injure")},
        {QStringLiteral("bakar"), QStringLiteral("burn")},
        {QStringLiteral("ledak"), QStringLiteral("explode")},
        {QStringLiteral("longsor"), QStringLiteral("landslide")},
        {QStringLiteral("celaka"), QStringLiteral("crash")},
        {QStringLiteral("tabrak"), QStringLiteral("crash")},
        {QStringLiteral("tembak"), QStringLiteral("shoot")},
        {QStringLiteral("culik"), QStringLiteral("kidnap")},
        {QStringLiteral("tenggelam"), QStringLiteral("sink")},
        {QStringLiteral("runtuh"), QStringLiteral("collapse")},
        {QStringLiteral("ambruk"), QStringLiteral("collapse")},
        {QStringLiteral("roboh"), QStringLiteral("collapse")},
        {QStringLiteral("lantik"), QStringLiteral("inaugurate")},
        {QStringLiteral("pemilu"), QStringLiteral("elect")},
        {QStringLiteral("menang"), QStringLiteral("win")},
        {QStringLiteral("vonis"), QStringLiteral("sentence")},
        {QStringLiteral("tuntut"), QStringLiteral("demand")},
        {QStringLiteral("sidik"), QStringLiteral("investigate")},
        {QStringLiteral("setuju"), QStringLiteral("approve")},
        {QStringLiteral("selidik"), QStringLiteral("investigate")},
        {QStringLiteral("undur"), QStringLiteral("resign")},
        {QStringLiteral("mundur"), QStringLiteral("resign")},
        {QStringLiteral("letus"), QStringLiteral("erupt")},
        {QStringLiteral("erupsi"), QStringLiteral("erupt")},
        {QStringLiteral("kunjung"), QStringLiteral("visit")},
        {QStringLiteral("luncur"), QStringLiteral("launch")},
        {QStringLiteral("demonstrasi"), QStringLiteral("protest")},
        {QStringLiteral("demo"), QStringLiteral("protest")},
        {QStringLiteral("protes"), QStringLiteral("protest")},
    };
    return table;
}

// Roots that the stripping reaches from unrelated words: "pertemuan" is a meeting but
// "menemukan" (to find) also reduces to "temu"; the whole word decides.
const QHash<QString, QString> &wordOverrides()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("menemukan"), QString()},
        {QStringLiteral("ditemukan"), QString()},
        {QStringLiteral("penemuan"), QString()},
        {QStringLiteral("ketinggian"), QStringLiteral("rise")},
        {QStringLiteral("tinggi"), QString()},
        {QStringLiteral("tertinggi"), QString()},
        {QStringLiteral("meninggi"), QString()},
        {QStringLiteral("keluarga"), QString()},
        {QStringLiteral("pasukan"), QString()},
        {QStringLiteral("bantuan"), QString()},
        {QStringLiteral("serangan"), QStringLiteral("attack")},
        // "bahan bakar" is fuel; "pengunjung" a visitor; "pertahanan" defence, not detention.
        {QStringLiteral("bakar"), QString()},
        {QStringLiteral("pengunjung"), QString()},
        {QStringLiteral("ditahan"), QStringLiteral("arrest")},
        {QStringLiteral("penahanan"), QStringLiteral("arrest")},
        {QStringLiteral("pemilihan"), QStringLiteral("elect")},
        {QStringLiteral("terpilih"), QStringLiteral("elect")},
        {QStringLiteral("dihukum"), QStringLiteral("sentence")},
        // "sah" takes "menge-", which the stripping does not undo.
        {QStringLiteral("mengesahkan"), QStringLiteral("enact")},
        {QStringLiteral("disahkan"), QStringLiteral("enact")},
        {QStringLiteral("pengesahan"), QStringLiteral("enact")},
        {QStringLiteral("sahkan"), QStringLiteral("enact")},
    };
    return table;
}

} // namespace

QString predicateKey(const QString &word)
{
    const QString lower = word.toLower();
    const auto &overrides = wordOverrides();
    if (auto it = overrides.constFind(lower); it != overrides.cend())
        return *it;
    const auto &roots = rootTable();
    for (const QString &candidate : rootCandidates(lower))
        if (auto it = roots.constFind(candidate); it != roots.cend())
            return *it;
    return {};
}

QString countedNounClass(const QString &noun)
{
    static const QHash<QString, QString> table{
        {QStringLiteral("tentara"), QStringLiteral("troops")},
        {QStringLiteral("pasukan"), QStringLiteral("troops")},
        {QStringLiteral("prajurit"), QStringLiteral("troops")},
        {QStringLiteral("personel"), QStringLiteral("troops")},
        {QStringLiteral("serdadu"), QStringLiteral("troops")},
        {QStringLiteral("orang"), QStringLiteral("person")},
        {QStringLiteral("jiwa"), QStringLiteral("person")},
        {QStringLiteral("warga"), QStringLiteral("person")},
        {QStringLiteral("korban"), QStringLiteral("person")},
        {QStringLiteral("penduduk"), QStringLiteral("person")},
        {QStringLiteral("jenazah"), QStringLiteral("person")},
        {QStringLiteral("pengungsi"), QStringLiteral("person")},
        {QStringLiteral("rumah"), QStringLiteral("house")},
        {QStringLiteral("fraksi"), QStringLiteral("faction")},
        {QStringLiteral("anggota"), QStringLiteral("person")},
        {QStringLiteral("magnitude"), QStringLiteral("magnitude")},
        {QStringLiteral("unit rumah"), QStringLiteral("house")},
        {QStringLiteral("meter"), QStringLiteral("metre")},
        {QStringLiteral("m"), QStringLiteral("metre")},
        {QStringLiteral("sentimeter"), QStringLiteral("centimetre")},
        {QStringLiteral("cm"), QStringLiteral("centimetre")},
        {QStringLiteral("kilometer"), QStringLiteral("kilometre")},
        {QStringLiteral("km"), QStringLiteral("kilometre")},
        {QStringLiteral("hektare"), QStringLiteral("hectare")},
        {QStringLiteral("ha"), QStringLiteral("hectare")},
        {QStringLiteral("desa"), QStringLiteral("village")},
        {QStringLiteral("kecamatan"), QStringLiteral("district")},
        {QStringLiteral("anak"), QStringLiteral("person")},
        {QStringLiteral("penumpang"), QStringLiteral("person")},
        {QStringLiteral("siswa"), QStringLiteral("person")},
        {QStringLiteral("pekerja"), QStringLiteral("person")},
        {QStringLiteral("petugas"), QStringLiteral("person")},
        {QStringLiteral("demonstran"), QStringLiteral("person")},
        {QStringLiteral("pengunjuk rasa"), QStringLiteral("person")},
        {QStringLiteral("tersangka"), QStringLiteral("person")},
        {QStringLiteral("bangunan"), QStringLiteral("building")},
        {QStringLiteral("gedung"), QStringLiteral("building")},
        {QStringLiteral("kendaraan"), QStringLiteral("vehicle")},
        {QStringLiteral("mobil"), QStringLiteral("vehicle")},
        {QStringLiteral("rudal"), QStringLiteral("weapon")},
        {QStringLiteral("senjata"), QStringLiteral("weapon")},
        {QStringLiteral("roket"), QStringLiteral("weapon")},
        {QStringLiteral("hektar"), QStringLiteral("hectare")},
        {QStringLiteral("ton"), QStringLiteral("tonne")},
    };
    const QString lower = unreduplicated(noun.trimmed().toLower());
    if (auto it = table.constFind(lower); it != table.cend())
        return *it;
    // "tentara Korea Utara", "rumah warga": the head noun comes first in Indonesian.
    const QString head = lower.section(QLatin1Char(' '), 0, 0);
    if (auto it = table.constFind(head); it != table.cend())
        return *it;
    return {};
}

const ClaimCues &claimCues()
{
    static const ClaimCues cues{
        .sourceFollows = {QStringLiteral("kata"), QStringLiteral("ujar"), QStringLiteral("tutur"),
                          QStringLiteral("ucap"), QStringLiteral("jelas"), QStringLiteral("menurut"),
                          QStringLiteral("mengutip"), QStringLiteral("dikutip"), QStringLiteral("dikutip dari"),
                          QStringLiteral("dilansir"), QStringLiteral("dilansir dari"), QStringLiteral("dilanir dari"),
                          QStringLiteral("data")},
        .sourcePrecedes = {QStringLiteral("mengatakan"), QStringLiteral("menyatakan"), QStringLiteral("menyebutkan"),
                           QStringLiteral("menyebut"), QStringLiteral("melaporkan"), QStringLiteral("mengonfirmasi"),
                           QStringLiteral("mengkonfirmasi"), QStringLiteral("membenarkan"),
                           QStringLiteral("menegaskan"), QStringLiteral("mencatat"), QStringLiteral("menjelaskan"),
                           QStringLiteral("mengklaim"), QStringLiteral("memperkirakan")},
        .confirm = {QStringLiteral("mengonfirmasi"), QStringLiteral("mengkonfirmasi"), QStringLiteral("dikonfirmasi"),
                    QStringLiteral("terkonfirmasi"), QStringLiteral("membenarkan"), QStringLiteral("dibenarkan"),
                    QStringLiteral("mengakui"), QStringLiteral("diakui"), QStringLiteral("memastikan"),
                    QStringLiteral("dipastikan")},
        .negators = {QStringLiteral("belum"), QStringLiteral("tidak"), QStringLiteral("tak"), QStringLiteral("enggan")},
        .unconfirmed = {QStringLiteral("belum jelas"), QStringLiteral("belum dapat dipastikan"),
                        QStringLiteral("simpang siur")},
        .alleged = {QStringLiteral("diduga"), QStringLiteral("dituduh"), QStringLiteral("dicurigai"),
                    QStringLiteral("disinyalir"), QStringLiteral("dikabarkan"), QStringLiteral("konon"),
                    QStringLiteral("kabarnya"), QStringLiteral("tuduhan")},
        .denied = {QStringLiteral("membantah"), QStringLiteral("dibantah"), QStringLiteral("menyangkal"),
                   QStringLiteral("disangkal"), QStringLiteral("menepis"), QStringLiteral("membantahnya")},
        .expected = {QStringLiteral("akan"), QStringLiteral("segera"), QStringLiteral("diperkirakan"),
                     QStringLiteral("diprediksi"), QStringLiteral("berencana"), QStringLiteral("direncanakan"),
                     QStringLiteral("bakal"), QStringLiteral("mungkin"), QStringLiteral("kemungkinan"),
                     QStringLiteral("memungkinkan"), QStringLiteral("berpotensi")},
        .revision = {QStringLiteral("direvisi"), QStringLiteral("revisi"), QStringLiteral("dikoreksi"),
                     QStringLiteral("koreksi"), QStringLiteral("diperbarui"), QStringLiteral("bertambah menjadi"),
                     QStringLiteral("bertambah jadi"), QStringLiteral("naik menjadi"), QStringLiteral("turun menjadi"),
                     QStringLiteral("berkurang menjadi"), QStringLiteral("kini menjadi")},
        .pronouns = {QStringLiteral("dia"), QStringLiteral("ia"), QStringLiteral("beliau"), QStringLiteral("mereka"),
                     QStringLiteral("pihaknya")},
        // "tidak setuju": a refusal, not an approval.
        .eventPhrases = {{QStringLiteral("tidak setuju"), QString()}, {QStringLiteral("tak setuju"), QString()}},
        .subordinators = {QStringLiteral("setelah"), QStringLiteral("sesudah"), QStringLiteral("sebelum"),
                          QStringLiteral("usai"), QStringLiteral("seusai"), QStringLiteral("ketika"),
                          QStringLiteral("saat"), QStringLiteral("sewaktu"), QStringLiteral("sementara"),
                          QStringLiteral("karena"), QStringLiteral("sehingga"), QStringLiteral("meski"),
                          QStringLiteral("meskipun"), QStringLiteral("walaupun"), QStringLiteral("selama")},
    };
    return cues;
}

} // namespace fc::lang::id
