#include "Language.h"

using namespace Qt::StringLiterals;

namespace fc::lang::id {

// The Indonesian nouns a finding's summary names events and counted things by (the
// predicate keys and noun classes of core/claims/PredicateCatalog.cpp).
const SummaryNouns &summaryNouns()
{
    static const SummaryNouns nouns{
        {
            {u"sign"_s, u"penandatanganan"_s},   {u"ratify"_s, u"ratifikasi"_s},
            {u"invade"_s, u"invasi"_s},          {u"deploy"_s, u"pengerahan"_s},
            {u"present"_s, u"kehadiran"_s},      {u"die"_s, u"korban meninggal"_s},
            {u"kill"_s, u"korban tewas"_s},      {u"injure"_s, u"korban luka"_s},
            {u"damage"_s, u"kerusakan"_s},       {u"attack"_s, u"serangan"_s},
            {u"flood"_s, u"banjir"_s},           {u"evacuate"_s, u"pengungsian"_s},
            {u"missing"_s, u"korban hilang"_s},  {u"arrest"_s, u"penangkapan"_s},
            {u"declare"_s, u"penetapan"_s},      {u"meet"_s, u"pertemuan"_s},
            {u"rise"_s, u"ketinggian air"_s},    {u"quake"_s, u"gempa"_s},
            {u"find"_s, u"penemuan"_s},          {u"burn"_s, u"kebakaran"_s},
            {u"explode"_s, u"ledakan"_s},        {u"landslide"_s, u"tanah longsor"_s},
            {u"crash"_s, u"kecelakaan"_s},       {u"shoot"_s, u"penembakan"_s},
            {u"kidnap"_s, u"penculikan"_s},      {u"sink"_s, u"peristiwa tenggelam"_s},
            {u"collapse"_s, u"keruntuhan"_s},    {u"inaugurate"_s, u"pelantikan"_s},
            {u"elect"_s, u"pemilihan"_s},        {u"win"_s, u"kemenangan"_s},
            {u"sentence"_s, u"vonis"_s},         {u"demand"_s, u"tuntutan"_s},
            {u"investigate"_s, u"penyidikan"_s}, {u"enact"_s, u"pengesahan"_s},
            {u"approve"_s, u"persetujuan"_s},    {u"resign"_s, u"pengunduran diri"_s},
            {u"erupt"_s, u"erupsi"_s},           {u"visit"_s, u"kunjungan"_s},
            {u"launch"_s, u"peluncuran"_s},      {u"protest"_s, u"unjuk rasa"_s},
        },
        {
            {u"troops"_s, u"tentara"_s},
            {u"person"_s, u"orang"_s},
            {u"house"_s, u"rumah"_s},
            {u"metre"_s, u"meter"_s},
            {u"centimetre"_s, u"sentimeter"_s},
            {u"kilometre"_s, u"kilometer"_s},
            {u"hectare"_s, u"hektare"_s},
            {u"village"_s, u"desa"_s},
            {u"district"_s, u"kecamatan"_s},
            {u"building"_s, u"bangunan"_s},
            {u"vehicle"_s, u"kendaraan"_s},
            {u"weapon"_s, u"senjata"_s},
            {u"tonne"_s, u"ton"_s},
            {u"magnitude"_s, u"magnitudo"_s},
            {u"faction"_s, u"fraksi"_s},
            {u"term_years"_s, u"tahun penjara"_s},
            {u"term_months"_s, u"bulan penjara"_s},
            {u"term_weeks"_s, u"minggu penjara"_s},
            {u"term_days"_s, u"hari penjara"_s},
        },
    };
    return nouns;
}

} // namespace fc::lang::id
