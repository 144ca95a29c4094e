#include "FindingText.h"

#include "model/Claim.h"

#include <array>

namespace fc {

namespace {

struct Template
{
    const char *en;
    const char *id;
};

constexpr std::array<Template, 16> templates{{
    {"Articles disagree on the date of the %1: %2.", "Artikel berbeda soal tanggal %1: %2."},
    {"Articles give different numbers of %2 for the %1: %3.", "Artikel menyebut jumlah %2 yang berbeda untuk %1: %3."},
    {"Different named sources give different numbers of %2 for the %1: %3.",
     "Sumber yang berbeda menyebut jumlah %2 yang berbeda untuk %1: %3."},
    {"%1 is spelled differently across articles (%2); the knowledge base spells it %3.",
     "Nama %1 dieja berbeda antarartikel (%2); basis pengetahuan mengejanya %3."},
    {"%1 is spelled differently across articles (%2); most mentions spell it %3.",
     "Nama %1 dieja berbeda antarartikel (%2); sebagian besar penyebutan mengejanya %3."},
    {"%1 is given different titles%2: %3.", "%1 disebut dengan jabatan yang berbeda%2: %3."},
    {"The weekday \"%1\" does not match %2, which was a %3.",
     "Hari \"%1\" tidak cocok dengan tanggal %2, yang jatuh pada hari %3."},
    {"A later report revises the figure for the %1 (%2) from %3 to %4; this is an update, not a contradiction.",
     "Laporan yang lebih baru merevisi angka %1 (%2) dari %3 menjadi %4; ini pembaruan, bukan kontradiksi."},
    {"The figure %2 for the %1 is attributed to different sources: %3.",
     "Angka %2 untuk %1 dikaitkan dengan sumber yang berbeda: %3."},
    {"The %1 is confirmed in one article but %2 in another.",
     "%1 dikonfirmasi di satu artikel tetapi %2 di artikel lain."},
    {"The text of %1 ends mid-sentence and may be cut off.",
     "Teks %1 berakhir di tengah kalimat dan mungkin terpotong."},
    {"The %1 dated %2 is reported consistently by %3 articles.",
     "%1 pada %2 dilaporkan secara konsisten oleh %3 artikel."},
    {"The figure %2 for the %1 is reported consistently by %3 articles.",
     "Angka %2 untuk %1 dilaporkan secara konsisten oleh %3 artikel."},
    {"%1 is spelled %2 in the articles; the knowledge base spells it %3.",
     "Nama %1 dieja %2 dalam artikel; basis pengetahuan mengejanya %3."},
    {"Articles give different values for %1: %2.", "Artikel menyebut nilai yang berbeda untuk %1: %2."},
    {"Articles give different dates for %1: %2.", "Artikel menyebut tanggal yang berbeda untuk %1: %2."},
}};

QString fill(QString text, const QStringList &args)
{
    // Replace from the highest number down so "%1" does not eat "%10".
    for (qsizetype i = args.size(); i >= 1; --i)
        text.replace(QLatin1Char('%') + QString::number(i), args.at(i - 1));
    return text;
}

constexpr std::array<const char *, 12> monthsEn{{"January", "February", "March", "April", "May", "June", "July",
                                                 "August", "September", "October", "November", "December"}};
constexpr std::array<const char *, 12> monthsId{{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                                 "Agustus", "September", "Oktober", "November", "Desember"}};
constexpr std::array<const char *, 7> weekdaysEn{
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}};
constexpr std::array<const char *, 7> weekdaysId{{"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}};

} // namespace

FindingSummary findingSummary(FindingTextId text, const QStringList &enArgs, const QStringList &idArgs)
{
    const Template &t = templates.at(std::size_t(text));
    return {fill(QString::fromUtf8(t.en), enArgs), fill(QString::fromUtf8(t.id), idArgs)};
}

QString formatDate(const TimeValue &value, bool indonesian)
{
    const QDate d = value.begin;
    if (!d.isValid())
        return {};
    const QString month =
        indonesian ? QString::fromLatin1(monthsId.at(d.month() - 1)) : QString::fromUtf8(monthsEn.at(d.month() - 1));
    switch (value.granularity) {
    case Granularity::Year: return QString::number(d.year());
    case Granularity::Month: return month + QLatin1Char(' ') + QString::number(d.year());
    case Granularity::Week:
    case Granularity::Day:
    case Granularity::Minute:
        return QString::number(d.day()) + QLatin1Char(' ') + month + QLatin1Char(' ') + QString::number(d.year());
    }
    return {};
}

QString weekdayName(int weekday, bool indonesian)
{
    if (weekday < 1 || weekday > 7)
        return {};
    return indonesian ? QString::fromLatin1(weekdaysId.at(weekday - 1)) : QString::fromUtf8(weekdaysEn.at(weekday - 1));
}

QString modalityWord(int modality, bool indonesian)
{
    switch (Modality(modality)) {
    case Modality::Alleged: return indonesian ? QStringLiteral("hanya diduga") : QStringLiteral("only alleged");
    case Modality::Denied: return indonesian ? QStringLiteral("dibantah") : QStringLiteral("denied");
    case Modality::Unconfirmed:
        return indonesian ? QStringLiteral("belum dikonfirmasi") : QStringLiteral("not confirmed");
    default: break;
    }
    return {};
}

QString joinList(const QStringList &items, bool indonesian)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString last = items.last();
    const QString conj = indonesian ? QStringLiteral(" dan ") : QStringLiteral(" and ");
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) + conj + last;
}

} // namespace fc
