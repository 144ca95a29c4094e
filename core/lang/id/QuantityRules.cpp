// Indonesian approximation words, units and what surrounds a counted noun.
// Examples that test these rules: examples/quantities.tsv.
#include "Predicates.h"
#include "quantity/NumberRuleSet.h"

namespace fc {

void addIndonesianQuantityRules(NumberRuleSet &r)
{
    using A = Approximation;
    r.approximations = {
        {"sekitar", int(A::About)},
        {"kurang lebih", int(A::About)},
        {"kira-kira", int(A::About)},
        {"sekira", int(A::About)},
        {"lebih kurang", int(A::About)},
        {"hampir", int(A::Almost)},
        {"nyaris", int(A::Almost)},
        {"lebih dari", int(A::MoreThan)},
        {"lebih daripada", int(A::MoreThan)},
        {"di atas", int(A::MoreThan)},
        {"sedikitnya", int(A::AtLeast)},
        {"setidaknya", int(A::AtLeast)},
        {"paling sedikit", int(A::AtLeast)},
        {"minimal", int(A::AtLeast)},
        {"sekurang-kurangnya", int(A::AtLeast)},
        {"kurang dari", int(A::LessThan)},
        {"di bawah", int(A::LessThan)},
        {"hingga", int(A::AtMost)},
        {"sampai", int(A::AtMost)},
        {"maksimal", int(A::AtMost)},
        {"paling banyak", int(A::AtMost)},
        {"sebanyak-banyaknya", int(A::AtMost)},
    };
    r.rangeJoiners = {"hingga", "sampai", "-", "–", "s.d.", "s/d"};
    r.reachedFigureWords = {"hingga ", "sampai ", "mencapai "};
    r.rangeOpeners = {"antara"};
    r.openedRangeJoiners = {"dan"};
    r.unitPrefixes = {{"Rp", "IDR"},
                      {"IDR", "IDR"},
                      {"US$", "USD"},
                      {"USD", "USD"},
                      {"$", "USD"},
                      {"€", "EUR"},
                      {"EUR", "EUR"},
                      {"magnitudo", "magnitude"},
                      {"Magnitudo", "magnitude"},
                      {"bermagnitudo", "magnitude"},
                      {"M", "magnitude"}};
    r.units = {
        {"persen", "%"},
        {"%", "%"},
        {"meter", "m"},
        {"m", "m"},
        {"kilometer", "km"},
        {"km", "km"},
        {"sentimeter", "cm"},
        {"cm", "cm"},
        {"milimeter", "mm"},
        {"mm", "mm"},
        {"hektare", "ha"},
        {"hektar", "ha"},
        {"ha", "ha"},
        {"kilogram", "kg"},
        {"kg", "kg"},
        {"ton", "t"},
        {"liter", "l"},
        {"derajat celsius", "°C"},
        {"derajat", "°"},
        {"jam", "h"},
        {"menit", "min"},
        {"detik", "s"},
        {"rupiah", "IDR"},
        {"dolar as", "USD"},
        {"dolar amerika serikat", "USD"},
        {"dolar amerika", "USD"},
        {"dolar", "USD"},
        {"euro", "EUR"},
        {"mil", "mi"},
        {"skala richter", "magnitude"},
        {"sr", "magnitude"},
        {"magnitudo", "magnitude"},
    };
    // "Pasal 51", "nomor 3": labels, not amounts. Skipped, not reported.
    r.notCounted = {"pasal", "ayat",    "bab",     "nomor", "nomer",    "no",    "no.", "butir",
                    "huruf", "halaman", "hlm",     "hlm.",  "resolusi", "angka", "ke",  "tahun",
                    "pukul", "jam",     "tanggal", "rt",    "rw",       "km."};
    r.fillers = {"lagi", "buah", "ekor", "unit"};
    r.notNouns = {"yang",   "dan",     "di",       "ke",      "dari",   "kepada",   "untuk",   "pada",
                  "dengan", "ini",     "itu",      "atau",    "juga",   "telah",    "akan",    "masih",
                  "sudah",  "adalah",  "sama",     "dalam",   "oleh",   "tersebut", "sebagai", "karena",
                  "namun",  "tetapi",  "serta",    "hingga",  "sampai", "lebih",    "kurang",  "sekitar",
                  "per",    "setiap",  "tiap",     "kali",    "saja",   "pun",      "lalu",    "terakhir",
                  "sejak",  "menjadi", "jadi",     "bagi",    "tahun",  "bulan",    "hari",    "pekan",
                  "minggu", "antara",  "orangnya", "lainnya", "selama", "setelah",  "sebelum", "secara"};
    r.wordNumberBlockers = {"salah", "satu-satunya", "ke"};
    r.partitives = {"dari"};
    r.termCuesAfter = {"penjara", "kurungan", "bui", "hukuman penjara", "pidana penjara"};
    r.termCuesBefore = {"vonis",  "divonis", "hukuman",         "dihukum",        "dituntut", "tuntutan",
                        "pidana", "penjara", "hukuman penjara", "pidana penjara", "menuntut"};
    r.durationLeads = {"selama "};
    r.isEventWord = [](const QString &word) {
        return !lang::id::predicateKey(word).isEmpty() && lang::id::countedNounClass(word).isEmpty();
    };
}

} // namespace fc
