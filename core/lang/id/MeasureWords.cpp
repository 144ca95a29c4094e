// Indonesian words around a value: what is never the measured thing, what links a thing to its
// value, what changes a figure's basis, and the lemma through the project's morphology.
// Examples that test these rules: examples/measures.tsv (tests/core/tst_claims_measured.cpp).
#include "MeasureWords.h"

#include "Morphology.h"
#include "text/WordList.h"

#include <QHash>

namespace fc::lang::id {

namespace {

    QSet<QString> set(std::initializer_list<const char *> words)
    {
        QSet<QString> s;
        for (const char *w : words)
            s.insert(QString::fromUtf8(w));
        return s;
    }

    // The lemma: the shortest root the morphology offers of at least four letters, so "dibangun"
    // and "membangun" meet at "bangun" and "pertumbuhan" and "tumbuh" at "tumbuh". Short words
    // stay as they are: their affixes are more often part of the root.
    // Known Indonesian words (resources/lang/id/roots.txt, from the mythes-id thesaurus).
    const QSet<QString> &knownWords()
    {
        static const QSet<QString> words = [] {
            QSet<QString> w;
            for (const QString &line : loadWordList(QStringLiteral(":/factcheck/lang/id/roots.txt")))
                w.insert(line);
            return w;
        }();
        return words;
    }

    // The lemma: among the roots the morphology offers, the one the thesaurus knows, preferring a
    // root written inside the word ("menaikkan" -> "naik", not "taik"), then the shortest
    // ("berusia" -> "usia", "menargetkan" -> "target", "pertumbuhan" -> "tumbuh"). A word with no
    // known root stays as it is.
    QString computeLemma(const QString &lower)
    {
        const QString word = unreduplicated(lower);
        if (word.size() < 5)
            return word;
        const auto &known = knownWords();
        QString best;
        bool bestInside = false;
        for (const QString &c : rootCandidates(word)) {
            if (c == word || !known.contains(c))
                continue;
            const bool inside = word.contains(c);
            if (best.isEmpty() || (inside && !bestInside)
                || (inside == bestInside && c.size() < best.size())) {
                best = c;
                bestInside = inside;
            }
        }
        return best.isEmpty() ? word : best;
    }

    // The morphology offers many candidates per word: remember each word's lemma. One cache per
    // thread (articles may be analysed on several at once), emptied when it grows large.
    QString lemmaOf(const QString &lower)
    {
        constexpr qsizetype cacheLimit = 50000;
        thread_local QHash<QString, QString> cache;
        if (const auto it = cache.constFind(lower); it != cache.cend())
            return *it;
        if (cache.size() >= cacheLimit)
            cache.clear();
        const QString lemma = computeLemma(lower);
        cache.insert(lower, lemma);
        return lemma;
    }

    bool verbLike(const QString &lower)
    {
        static const QStringList prefixes {
            QStringLiteral("me"), QStringLiteral("di"), QStringLiteral("ber"), QStringLiteral("ter")};
        if (lower.size() < 6) // "beras" (rice) is no ber- verb
            return false;
        for (const QString &p : prefixes)
            if (lower.startsWith(p) && lemmaOf(lower) != lower)
                return true;
        return false;
    }

} // namespace

const MeasureRules &measureRules()
{
    static const MeasureRules rules = [] {
        MeasureRules r;
        for (const QString &w : loadWordList(QStringLiteral(":/factcheck/lang/id/stopwords.txt")))
            r.stopwords.insert(w.toLower());
        r.stopwords += set({"yang", "ini", "itu", "tersebut", "saat", "kini", "saja", "pun", "juga", "hanya",
            "masih", "sudah", "telah", "baru", "lagi", "para", "sang", "si", "secara", "sekitar", "kurang",
            "lebih", "hampir", "nyaris", "sedikitnya", "setidaknya", "tanggal", "tahun", "pukul", "jam",
            "sejak", "hingga", "sampai", "antara", "mulai", "total", "angka", "kata", "ujar", "menurut", "ia",
            "dia", "mereka", "kami", "kita", "nya", "sebuah", "seorang", "sebanyak", "per", "setiap", "tiap",
            "dalam", "oleh", "atas", "bawah"});
        r.linkers = set({"sebesar", "mencapai", "menjadi", "sebanyak", "adalah", "ialah", "yaitu", "yakni",
            "berjumlah", "sejumlah", "senilai", "seharga", "setinggi", "sepanjang", "seluas", "sedalam",
            "sejauh", "berada", "tercatat", "di", "pada", "ke", "dari", "level", "posisi", "kisaran"});
        r.qualifiers = {
            {QStringLiteral("tahunan"), QStringLiteral("annual")},
            {QStringLiteral("yoy"), QStringLiteral("annual")},
            {QStringLiteral("bulanan"), QStringLiteral("monthly")},
            {QStringLiteral("mtm"), QStringLiteral("monthly")},
            {QStringLiteral("kalender"), QStringLiteral("year_to_date")},
            {QStringLiteral("ytd"), QStringLiteral("year_to_date")},
            {QStringLiteral("inti"), QStringLiteral("core")},
            {QStringLiteral("target"), QStringLiteral("target")},
            {QStringLiteral("sasaran"), QStringLiteral("target")},
            {QStringLiteral("proyeksi"), QStringLiteral("forecast")},
            {QStringLiteral("perkiraan"), QStringLiteral("forecast")},
            {QStringLiteral("prediksi"), QStringLiteral("forecast")},
            {QStringLiteral("anggaran"), QStringLiteral("budget")},
            {QStringLiteral("realisasi"), QStringLiteral("outcome")},
            {QStringLiteral("riil"), QStringLiteral("real")},
            {QStringLiteral("nominal"), QStringLiteral("nominal")},
            {QStringLiteral("kumulatif"), QStringLiteral("cumulative")},
            {QStringLiteral("rata-rata"), QStringLiteral("average")},
            {QStringLiteral("median"), QStringLiteral("median")},
        };
        r.expected = set({"akan", "diperkirakan", "diproyeksikan", "ditargetkan", "direncanakan", "bakal",
            "rencananya", "berencana", "memperkirakan", "menargetkan", "diprediksi", "harus"});
        r.periodWords = set({"kuartal", "triwulan", "semester", "lalu", "sebelumnya", "ini", "depan", "i",
            "ii", "iii", "iv", "bulan", "tahun", "pekan", "minggu", "periode"});
        r.baselineMarkers = set({"dari", "semula"});
        r.reporting = set({"kata", "ujar", "ucap", "mengatakan", "menyatakan", "menjelaskan", "menuturkan",
            "menerangkan", "mengungkapkan", "menyebutkan", "dikutip", "dilansir"});
        r.pointUnits
            = {QStringLiteral("poin persentase"), QStringLiteral("basis poin"), QStringLiteral("bps")};
        r.ordinalPrefixes = {QStringLiteral("ke-")};
        r.lemma = lemmaOf;
        r.isVerb = verbLike;
        return r;
    }();
    return rules;
}

} // namespace fc::lang::id
