#include "FindingText.h"

#include "model/Claim.h"

#include <QCoreApplication>

#include <array>

namespace fc {

namespace {

struct Template
{
    const char *en;
    const char *id;
};

constexpr std::array<Template, 16> templates{{
    {QT_TRANSLATE_NOOP("fc::checks", "Articles disagree on the date of the %1: %2."),
     "Artikel berbeda soal tanggal %1: %2."},
    {QT_TRANSLATE_NOOP("fc::checks", "Articles give different numbers of %2 for the %1: %3."),
     "Artikel menyebut jumlah %2 yang berbeda untuk %1: %3."},
    {QT_TRANSLATE_NOOP("fc::checks", "Different named sources give different numbers of %2 for the %1: %3."),
     "Sumber yang berbeda menyebut jumlah %2 yang berbeda untuk %1: %3."},
    {QT_TRANSLATE_NOOP("fc::checks",
                       "%1 is spelled differently across articles (%2); the knowledge base spells it %3."),
     "Nama %1 dieja berbeda antarartikel (%2); basis pengetahuan mengejanya %3."},
    {QT_TRANSLATE_NOOP("fc::checks", "%1 is spelled differently across articles (%2); most mentions spell it %3."),
     "Nama %1 dieja berbeda antarartikel (%2); sebagian besar penyebutan mengejanya %3."},
    {QT_TRANSLATE_NOOP("fc::checks", "%1 is given different titles%2: %3."),
     "%1 disebut dengan jabatan yang berbeda%2: %3."},
    {QT_TRANSLATE_NOOP("fc::checks", "The weekday \"%1\" does not match %2, which was a %3."),
     "Hari \"%1\" tidak cocok dengan tanggal %2, yang jatuh pada hari %3."},
    {QT_TRANSLATE_NOOP(
         "fc::checks",
         "A later report revises the figure for the %1 (%2) from %3 to %4; this is an update, not a contradiction."),
     "Laporan yang lebih baru merevisi angka %1 (%2) dari %3 menjadi %4; ini pembaruan, bukan kontradiksi."},
    {QT_TRANSLATE_NOOP("fc::checks", "The figure %2 for the %1 is attributed to different sources: %3."),
     "Angka %2 untuk %1 dikaitkan dengan sumber yang berbeda: %3."},
    {QT_TRANSLATE_NOOP("fc::checks", "The %1 is confirmed in one article but %2 in another."),
     "%1 dikonfirmasi di satu artikel tetapi %2 di artikel lain."},
    {QT_TRANSLATE_NOOP("fc::checks", "The text of %1 ends mid-sentence and may be cut off."),
     "Teks %1 berakhir di tengah kalimat dan mungkin terpotong."},
    {QT_TRANSLATE_NOOP("fc::checks", "The %1 dated %2 is reported consistently by %3 articles."),
     "%1 pada %2 dilaporkan secara konsisten oleh %3 artikel."},
    {QT_TRANSLATE_NOOP("fc::checks", "The figure %2 for the %1 is reported consistently by %3 articles."),
     "Angka %2 untuk %1 dilaporkan secara konsisten oleh %3 artikel."},
    {QT_TRANSLATE_NOOP("fc::checks", "%1 is spelled %2 in the articles; the knowledge base spells it %3."),
     "Nama %1 dieja %2 dalam artikel; basis pengetahuan mengejanya %3."},
    {QT_TRANSLATE_NOOP("fc::checks", "Articles give different values for %1: %2."),
     "Artikel menyebut nilai yang berbeda untuk %1: %2."},
    {QT_TRANSLATE_NOOP("fc::checks", "Articles give different dates for %1: %2."),
     "Artikel menyebut tanggal yang berbeda untuk %1: %2."},
}};

QString fill(QString text, const QStringList &args)
{
    // Replace from the highest number down so "%1" does not eat "%10".
    for (qsizetype i = args.size(); i >= 1; --i)
        text.replace(QLatin1Char('%') + QString::number(i), args.at(i - 1));
    return text;
}

constexpr std::array<const char *, 12> monthsEn{
    {QT_TRANSLATE_NOOP("fc::checks", "January"), QT_TRANSLATE_NOOP("fc::checks", "February"),
     QT_TRANSLATE_NOOP("fc::checks", "March"), QT_TRANSLATE_NOOP("fc::checks", "April"),
     QT_TRANSLATE_NOOP("fc::checks", "May"), QT_TRANSLATE_NOOP("fc::checks", "June"),
     QT_TRANSLATE_NOOP("fc::checks", "July"), QT_TRANSLATE_NOOP("fc::checks", "August"),
     QT_TRANSLATE_NOOP("fc::checks", "September"), QT_TRANSLATE_NOOP("fc::checks", "October"),
     QT_TRANSLATE_NOOP("fc::checks", "November"), QT_TRANSLATE_NOOP("fc::checks", "December")}};
constexpr std::array<const char *, 12> monthsId{{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                                 "Agustus", "September", "Oktober", "November", "Desember"}};
constexpr std::array<const char *, 7> weekdaysEn{
    {QT_TRANSLATE_NOOP("fc::checks", "Monday"), QT_TRANSLATE_NOOP("fc::checks", "Tuesday"),
     QT_TRANSLATE_NOOP("fc::checks", "Wednesday"), QT_TRANSLATE_NOOP("fc::checks", "Thursday"),
     QT_TRANSLATE_NOOP("fc::checks", "Friday"), QT_TRANSLATE_NOOP("fc::checks", "Saturday"),
     QT_TRANSLATE_NOOP("fc::checks", "Sunday")}};
constexpr std::array<const char *, 7> weekdaysId{{"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}};

} // namespace

FindingSummary findingSummary(FindingTextId text, const QStringList &enArgs, const QStringList &idArgs)
{
    const Template &t = templates.at(std::size_t(text));
    return {fill(QCoreApplication::translate("fc::checks", t.en), enArgs), fill(QString::fromUtf8(t.id), idArgs)};
}

QString formatDate(const TimeValue &value, bool indonesian)
{
    const QDate d = value.begin;
    if (!d.isValid())
        return {};
    const QString month = indonesian ? QString::fromLatin1(monthsId.at(d.month() - 1))
                                     : QCoreApplication::translate("fc::checks", monthsEn.at(d.month() - 1));
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
    return indonesian ? QString::fromLatin1(weekdaysId.at(weekday - 1))
                      : QCoreApplication::translate("fc::checks", weekdaysEn.at(weekday - 1));
}

QString modalityWord(int modality, bool indonesian)
{
    switch (Modality(modality)) {
    case Modality::Alleged:
        return indonesian ? QStringLiteral("hanya diduga") : QCoreApplication::translate("fc::checks", "only alleged");
    case Modality::Denied:
        return indonesian ? QStringLiteral("dibantah") : QCoreApplication::translate("fc::checks", "denied");
    case Modality::Unconfirmed:
        return indonesian ? QStringLiteral("belum dikonfirmasi")
                          : QCoreApplication::translate("fc::checks", "not confirmed");
    default: break;
    }
    return {};
}

QString joinList(const QStringList &items, bool indonesian)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString last = items.last();
    const QString conj = indonesian ? QStringLiteral(" dan ") : QCoreApplication::translate("fc::checks", " and ");
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) + conj + last;
}

} // namespace fc
