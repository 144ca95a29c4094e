// Indonesian cue words around names. Tested by core/lang/id/examples/names.tsv.
#include "entities/NameRules.h"

#include <QString>

#include <algorithm>

namespace fc {

using namespace Qt::StringLiterals;

namespace {

// Nouns made with a confix: pe(N)-/per-/ke- ... -an ("perampasan", "penanggulangan",
// "kesehatan"). Personal names ending in -an ("Setiawan", "Kurniawan") do not start so.
bool isConfixNoun(const QString &lower)
{
    if (lower.size() < 8 || !lower.endsWith(QLatin1String("an")))
        return false;
    return lower.startsWith(QLatin1String("pe")) || lower.startsWith(QLatin1String("ke"));
}

} // namespace

const NameRules &indonesianNameRules()
{
    static const NameRules rules = [] {
        NameRules r;
        r.orgHeads = {
            u"kementerian"_s, u"kemenko"_s,    u"badan"_s,      u"komisi"_s,       u"dewan"_s,       u"majelis"_s,
            u"mahkamah"_s,    u"pengadilan"_s, u"partai"_s,     u"universitas"_s,  u"institut"_s,    u"lembaga"_s,
            u"dinas"_s,       u"kantor"_s,     u"kepolisian"_s, u"polda"_s,        u"polres"_s,      u"polsek"_s,
            u"kodam"_s,       u"korem"_s,      u"tentara"_s,    u"angkatan"_s,     u"pt"_s,          u"perum"_s,
            u"bank"_s,        u"yayasan"_s,    u"organisasi"_s, u"perserikatan"_s, u"pakta"_s,       u"uni"_s,
            u"pemerintah"_s,  u"pemkab"_s,     u"pemkot"_s,     u"pemprov"_s,      u"sekretariat"_s, u"direktorat"_s,
            u"otoritas"_s,    u"rumah"_s,      u"sekolah"_s,    u"museum"_s,       u"asosiasi"_s,    u"perhimpunan"_s,
            u"ikatan"_s,      u"gerakan"_s,    u"front"_s,      u"forum"_s,        u"koalisi"_s,     u"markas"_s,
            u"komite"_s,      u"balai"_s,      u"pusat"_s,      u"lanud"_s,        u"lantamal"_s,    u"komnas"_s,
            u"bursa"_s,       u"daops"_s,      u"kanwil"_s,     u"satgas"_s,       u"tim"_s};
        r.locHeads = {u"kabupaten"_s, u"kecamatan"_s, u"kelurahan"_s, u"desa"_s,    u"provinsi"_s,    u"kota"_s,
                      u"sungai"_s,    u"gunung"_s,    u"danau"_s,     u"pulau"_s,   u"kepulauan"_s,   u"selat"_s,
                      u"laut"_s,      u"teluk"_s,     u"jalan"_s,     u"jl"_s,      u"semenanjung"_s, u"tanjung"_s,
                      u"kampung"_s,   u"dusun"_s,     u"distrik"_s,   u"negara"_s,  u"wilayah"_s,     u"oblast"_s,
                      u"bandara"_s,   u"pelabuhan"_s, u"stasiun"_s,   u"stadion"_s, u"istana"_s,      u"pasar"_s,
                      u"terminal"_s,  u"rsud"_s,      u"alun"_s};
        r.roleHeads = {u"presiden"_s,  u"wakil"_s,       u"menteri"_s,  u"menlu"_s,    u"menhan"_s,   u"perdana"_s,
                       u"kepala"_s,    u"sekretaris"_s,  u"sekjen"_s,   u"bupati"_s,   u"wali"_s,     u"walikota"_s,
                       u"gubernur"_s,  u"pemimpin"_s,    u"ketua"_s,    u"direktur"_s, u"dirut"_s,    u"panglima"_s,
                       u"komandan"_s,  u"juru"_s,        u"jubir"_s,    u"kanselir"_s, u"duta"_s,     u"dubes"_s,
                       u"kapolri"_s,   u"kapolda"_s,     u"kapolres"_s, u"kasad"_s,    u"raja"_s,     u"ratu"_s,
                       u"camat"_s,     u"lurah"_s,       u"jaksa"_s,    u"hakim"_s,    u"kalaksa"_s,  u"kabid"_s,
                       u"kadis"_s,     u"koordinator"_s, u"anggota"_s,  u"pj"_s,       u"plt"_s,      u"penjabat"_s,
                       u"pelatih"_s,   u"rektor"_s,      u"peneliti"_s, u"dosen"_s,    u"pengamat"_s, u"analis"_s,
                       u"hakim"_s,     u"kuasa"_s,       u"kapolsek"_s, u"danrem"_s,   u"pangdam"_s,  u"dekan"_s,
                       u"mensesneg"_s, u"menko"_s,       u"menkeu"_s,   u"mendagri"_s, u"menkes"_s,   u"wamen"_s,
                       u"kajati"_s,    u"kajari"_s};
        r.roleWords = {u"luar"_s,          u"negeri"_s,          u"dalam"_s,     u"tertinggi"_s, u"bicara"_s,
                       u"kota"_s,          u"besar"_s,           u"jenderal"_s,  u"utama"_s,     u"umum"_s,
                       u"pertahanan"_s,    u"keuangan"_s,        u"menteri"_s,   u"presiden"_s,  u"pelaksana"_s,
                       u"agung"_s,         u"koordinator"_s,     u"bupati"_s,    u"gubernur"_s,  u"daerah"_s,
                       u"negara"_s,        u"sekretaris"_s,      u"kesehatan"_s, u"sosial"_s,    u"perdagangan"_s,
                       u"perhubungan"_s,   u"pendidikan"_s,      u"bidang"_s,    u"harian"_s,    u"polisi"_s,
                       u"kepala"_s,        u"agama"_s,           u"pertanian"_s, u"hukum"_s,     u"pariwisata"_s,
                       u"perindustrian"_s, u"ketenagakerjaan"_s, u"kehutanan"_s, u"perikanan"_s, u"kelautan"_s,
                       u"energi"_s,        u"investasi"_s,       u"perumahan"_s, u"komunikasi"_s};
        r.honorifics = {u"pak"_s,     u"bu"_s,     u"bapak"_s,  u"ibu"_s,    u"sdr"_s,     u"saudara"_s,
                        u"saudari"_s, u"h"_s,      u"hj"_s,     u"kh"_s,     u"dr"_s,      u"prof"_s,
                        u"ir"_s,      u"drs"_s,    u"mayjen"_s, u"letjen"_s, u"brigjen"_s, u"kolonel"_s,
                        u"irjen"_s,   u"kombes"_s, u"akbp"_s,   u"kapten"_s, u"jenderal"_s};
        r.particles = {u"bin"_s, u"binti"_s, u"van"_s, u"von"_s, u"de"_s, u"der"_s, u"den"_s,
                       u"da"_s,  u"dos"_s,   u"del"_s, u"al"_s,  u"el"_s, u"bte"_s};
        r.connectors = {u"dan"_s, u"untuk"_s, u"&"_s};
        r.placePrepositions = {u"di"_s,      u"ke"_s,       u"dari"_s,    u"kota"_s,   u"menuju"_s,
                               u"sekitar"_s, u"wilayah"_s,  u"kawasan"_s, u"daerah"_s, u"hingga"_s,
                               u"sampai"_s,  u"perairan"_s, u"asal"_s,    u"lereng"_s};
        r.sourceBefore = {u"kata"_s,     u"ujar"_s,     u"ucap"_s,   u"tutur"_s,  u"jelas"_s,  u"tegas"_s,
                          u"imbuh"_s,    u"papar"_s,    u"terang"_s, u"ungkap"_s, u"sebut"_s,  u"menurut"_s,
                          u"mengutip"_s, u"melansir"_s, u"lanjut"_s, u"tambah"_s, u"pungkas"_s};
        r.sourceBeforeWithDari = {u"dikutip"_s,     u"dilansir"_s,  u"dilanir"_s, u"dilaporkan"_s,
                                  u"diberitakan"_s, u"disiarkan"_s, u"seperti"_s};
        r.sourceAfter = {u"melaporkan"_s,    u"mengatakan"_s,    u"menyatakan"_s,     u"menyebutkan"_s,
                         u"mengungkapkan"_s, u"menjelaskan"_s,   u"memberitakan"_s,   u"mengklaim"_s,
                         u"menegaskan"_s,    u"mengonfirmasi"_s, u"mengkonfirmasi"_s, u"membenarkan"_s};
        r.notNames = {
            u"senin"_s,        u"selasa"_s,      u"rabu"_s,       u"kamis"_s,      u"jumat"_s,       u"sabtu"_s,
            u"minggu"_s,       u"januari"_s,     u"februari"_s,   u"maret"_s,      u"april"_s,       u"mei"_s,
            u"juni"_s,         u"juli"_s,        u"agustus"_s,    u"september"_s,  u"oktober"_s,     u"november"_s,
            u"desember"_s,     u"namun"_s,       u"tetapi"_s,     u"sementara"_s,  u"selain"_s,      u"dalam"_s,
            u"pada"_s,         u"saat"_s,        u"ketika"_s,     u"setelah"_s,    u"sebelum"_s,     u"sejak"_s,
            u"meski"_s,        u"meskipun"_s,    u"walaupun"_s,   u"jika"_s,       u"kalau"_s,       u"karena"_s,
            u"sebagai"_s,      u"dia"_s,         u"ia"_s,         u"mereka"_s,     u"kami"_s,        u"kita"_s,
            u"saya"_s,         u"aku"_s,         u"beliau"_s,     u"keduanya"_s,   u"ini"_s,         u"itu"_s,
            u"hal"_s,          u"para"_s,        u"sang"_s,       u"sebuah"_s,     u"seorang"_s,     u"yang"_s,
            u"dan"_s,          u"atau"_s,        u"di"_s,         u"ke"_s,         u"dari"_s,        u"bahkan"_s,
            u"kemudian"_s,     u"adapun"_s,      u"sebelumnya"_s, u"belum"_s,      u"sudah"_s,       u"telah"_s,
            u"akan"_s,         u"tidak"_s,       u"bukan"_s,      u"apa"_s,        u"siapa"_s,       u"bagaimana"_s,
            u"mengapa"_s,      u"kapan"_s,       u"laporan"_s,    u"perjanjian"_s, u"pasal"_s,       u"baca"_s,
            u"juga"_s,         u"lihat"_s,       u"foto"_s,       u"video"_s,      u"tim"_s,         u"data"_s,
            u"status"_s,       u"barat"_s,       u"timur"_s,      u"utara"_s,      u"selatan"_s,     u"pejabat"_s,
            u"pemerintahan"_s, u"secara"_s,      u"sesuai"_s,     u"langkah"_s,    u"kesepakatan"_s, u"pakar"_s,
            u"pengamat"_s,     u"tangkapan"_s,   u"media"_s,      u"ratifikasi"_s, u"keputusan"_s,   u"pertempuran"_s,
            u"komentar"_s,     u"wib"_s,         u"wita"_s,       u"wit"_s,        u"sekitar"_s,     u"sedikitnya"_s,
            u"air"_s,          u"jumlah"_s,      u"korban"_s,     u"banjir"_s,     u"satu"_s,        u"dua"_s,
            u"tiga"_s,         u"berdasarkan"_s, u"menurut"_s,    u"mengutip"_s,   u"dikutip"_s,     u"dilansir"_s,
            u"dilanir"_s,      u"kata"_s,        u"ujar"_s,       u"sebagian"_s,   u"semua"_s,       u"setiap"_s,
            u"kedua"_s,        u"perang"_s,      u"pasukan"_s,    u"senjata"_s,    u"ist"_s,         u"status"_s,
            u"kerja"_s,        u"keterangan"_s,  u"ilustrasi"_s,  u"editor"_s,     u"penulis"_s,     u"pewarta"_s,
            u"reporter"_s,     u"sumber"_s,      u"berita"_s,     u"terkait"_s,    u"rp"_s,          u"pukul"_s,
            u"pagi"_s,         u"siang"_s,       u"sore"_s,       u"malam"_s,      u"kekacauan"_s,   u"situasi"_s,
            u"persahabatan"_s, u"kerjasama"_s,   u"kerja sama"_s, u"dunia"_s,      u"sebelumnya"_s,  u"tanggap"_s,
            u"ktt"_s,          u"piagam"_s,      u"sar"_s,        u"undang"_s,     u"warga"_s};
        // Feasts and holidays: capitalised, often after "di" or "jelang" ("mudik jelang
        // Lebaran", "di hari Natal"), but never places, people or organisations.
        r.holidays = {u"lebaran"_s,
                      u"idul fitri"_s,
                      u"idulfitri"_s,
                      u"idul adha"_s,
                      u"iduladha"_s,
                      u"hari raya"_s,
                      u"hari raya idul fitri"_s,
                      u"hari raya idul adha"_s,
                      u"hari raya nyepi"_s,
                      u"hari raya natal"_s,
                      u"natal"_s,
                      u"nyepi"_s,
                      u"waisak"_s,
                      u"imlek"_s,
                      u"tahun baru"_s,
                      u"tahun baru imlek"_s,
                      u"tahun baru islam"_s,
                      u"paskah"_s,
                      u"jumat agung"_s,
                      u"kenaikan isa almasih"_s,
                      u"maulid nabi"_s,
                      u"maulid nabi muhammad"_s,
                      u"isra miraj"_s,
                      u"isra mi'raj"_s,
                      u"ramadan"_s,
                      u"ramadhan"_s,
                      u"galungan"_s,
                      u"hari kemerdekaan"_s,
                      u"hari buruh"_s,
                      u"hari pahlawan"_s,
                      u"hari kartini"_s,
                      u"hari santri"_s,
                      u"malam tahun baru"_s,
                      u"lebaran haji"_s,
                      u"hari raya kurban"_s};
        // "Lukman Hakim", "Hakim Ali": a judge's title that is also a given name.
        r.nameLikeRoles = {u"hakim"_s};
        r.headlineLowercase = {u"dalam"_s,  u"dari"_s,     u"untuk"_s,  u"dengan"_s,  u"yang"_s,    u"pada"_s,
                               u"atau"_s,   u"oleh"_s,     u"karena"_s, u"tentang"_s, u"setelah"_s, u"sejak"_s,
                               u"akan"_s,   u"usai"_s,     u"jelang"_s, u"soal"_s,    u"bagi"_s,    u"antara"_s,
                               u"kepada"_s, u"terhadap"_s, u"hingga"_s, u"sampai"_s,  u"tanpa"_s,   u"demi"_s,
                               u"atas"_s,   u"dan"_s,      u"di"_s,     u"ke"_s};
        r.notPersonWords = {u"rancangan"_s, u"undang-undang"_s, u"peraturan"_s, u"keputusan"_s, u"instruksi"_s,
                            u"kasus"_s,     u"korupsi"_s,       u"tahun"_s,     u"penjara"_s,   u"vonis"_s,
                            u"divonis"_s,   u"tol"_s,           u"aset"_s,      u"ruu"_s,       u"perppu"_s,
                            u"pasal"_s,     u"sidang"_s,        u"bencana"_s,   u"gempa"_s,     u"banjir"_s};
        r.isNoNameNoun = &isConfixNoun;
        r.compassWords = {u"utara"_s, u"selatan"_s, u"barat"_s, u"timur"_s, u"tengah"_s};
        r.centreWords = {u"pusat"_s};
        // Kidul, kaler, wetan, kulon: Javanese and Sundanese compass words in place names.
        r.positionWords = {u"utara"_s, u"selatan"_s, u"barat"_s, u"timur"_s, u"tengah"_s, u"daya"_s, u"laut"_s,
                           u"hulu"_s,  u"hilir"_s,   u"kidul"_s, u"kaler"_s, u"wetan"_s,  u"kulon"_s};
        r.documentHeads = {u"perjanjian"_s, u"traktat"_s, u"kesepakatan"_s, u"operasi"_s, u"program"_s};
        r.listWords = {u"dan"_s, u"serta"_s, u"atau"_s};
        r.andWords = {u"dan"_s};
        r.sourceLeadIns = {u"seperti"_s};
        r.sourceAgentWords = {u"dari"_s, u"oleh"_s};
        // "Selayar", "Kepulauan Selayar", "Kabupaten Kepulauan Selayar": one regency.
        r.regionWords = {{u"kabupaten"_s, u"regency"_s},
                         {u"kab"_s, u"regency"_s},
                         {u"kab."_s, u"regency"_s},
                         {u"kota"_s, u"city"_s},
                         {u"kepulauan"_s, QString()}};
        r.regionForms = {u"kabupaten %1"_s, u"kota %1"_s, u"kepulauan %1"_s, u"kabupaten kepulauan %1"_s};
        for (const QString &h : std::as_const(r.holidays))
            r.maxHolidayWords = std::max(r.maxHolidayWords, int(h.count(u' ')) + 1);
        return r;
    }();
    return rules;
}

} // namespace fc
