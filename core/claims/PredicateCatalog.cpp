#include "PredicateCatalog.h"

#include "lang/en/EnglishPredicates.h"
#include "lang/id/Predicates.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace fc {

namespace {

constexpr std::array<PredicateInfo, 40> predicates{{
    {"sign", "sign", false, QT_TRANSLATE_NOOP("fc::checks", "signing"), "penandatanganan"},
    {"ratify", "ratify", false, QT_TRANSLATE_NOOP("fc::checks", "ratification"), "ratifikasi"},
    {"invade", "invade", false, QT_TRANSLATE_NOOP("fc::checks", "invasion"), "invasi"},
    {"deploy", "deploy", true, QT_TRANSLATE_NOOP("fc::checks", "deployment"), "pengerahan"},
    {"present", "deploy", true, QT_TRANSLATE_NOOP("fc::checks", "presence"), "kehadiran"},
    {"die", "casualty", false, QT_TRANSLATE_NOOP("fc::checks", "deaths"), "korban meninggal"},
    {"kill", "casualty", false, QT_TRANSLATE_NOOP("fc::checks", "killing"), "korban tewas"},
    {"injure", "injure", false, QT_TRANSLATE_NOOP("fc::checks", "injuries"), "korban luka"},
    {"damage", "damage", false, QT_TRANSLATE_NOOP("fc::checks", "damage"), "kerusakan"},
    {"attack", "attack", true, QT_TRANSLATE_NOOP("fc::checks", "attack"), "serangan"},
    {"flood", "flood", false, QT_TRANSLATE_NOOP("fc::checks", "flood"), "banjir"},
    {"evacuate", "evacuate", false, QT_TRANSLATE_NOOP("fc::checks", "evacuation"), "pengungsian"},
    {"missing", "missing", false, QT_TRANSLATE_NOOP("fc::checks", "missing persons"), "korban hilang"},
    {"arrest", "arrest", true, QT_TRANSLATE_NOOP("fc::checks", "arrest"), "penangkapan"},
    {"declare", "declare", true, QT_TRANSLATE_NOOP("fc::checks", "declaration"), "penetapan"},
    {"meet", "meet", true, QT_TRANSLATE_NOOP("fc::checks", "meeting"), "pertemuan"},
    {"rise", "rise", false, QT_TRANSLATE_NOOP("fc::checks", "water level"), "ketinggian air"},
    {"quake", "quake", false, QT_TRANSLATE_NOOP("fc::checks", "earthquake"), "gempa"},
    {"find", "find", true, QT_TRANSLATE_NOOP("fc::checks", "finding"), "penemuan"},
    {"burn", "fire", false, QT_TRANSLATE_NOOP("fc::checks", "fire"), "kebakaran"},
    {"explode", "explode", false, QT_TRANSLATE_NOOP("fc::checks", "explosion"), "ledakan"},
    {"landslide", "landslide", false, QT_TRANSLATE_NOOP("fc::checks", "landslide"), "tanah longsor"},
    {"crash", "crash", false, QT_TRANSLATE_NOOP("fc::checks", "crash"), "kecelakaan"},
    {"shoot", "shoot", true, QT_TRANSLATE_NOOP("fc::checks", "shooting"), "penembakan"},
    {"kidnap", "kidnap", false, QT_TRANSLATE_NOOP("fc::checks", "kidnapping"), "penculikan"},
    {"sink", "sink", false, QT_TRANSLATE_NOOP("fc::checks", "sinking"), "peristiwa tenggelam"},
    {"collapse", "collapse", false, QT_TRANSLATE_NOOP("fc::checks", "collapse"), "keruntuhan"},
    {"inaugurate", "inaugurate", false, QT_TRANSLATE_NOOP("fc::checks", "inauguration"), "pelantikan"},
    {"elect", "elect", false, QT_TRANSLATE_NOOP("fc::checks", "election"), "pemilihan"},
    {"win", "elect", false, QT_TRANSLATE_NOOP("fc::checks", "victory"), "kemenangan"},
    {"sentence", "sentence", false, QT_TRANSLATE_NOOP("fc::checks", "sentencing"), "vonis"},
    {"demand", "demand", false, QT_TRANSLATE_NOOP("fc::checks", "prosecution demand"), "tuntutan"},
    {"investigate", "investigate", false, QT_TRANSLATE_NOOP("fc::checks", "investigation"), "penyidikan"},
    {"enact", "enact", false, QT_TRANSLATE_NOOP("fc::checks", "passing of the law"), "pengesahan"},
    {"approve", "enact", false, QT_TRANSLATE_NOOP("fc::checks", "approval"), "persetujuan"},
    {"resign", "resign", false, QT_TRANSLATE_NOOP("fc::checks", "resignation"), "pengunduran diri"},
    {"erupt", "erupt", false, QT_TRANSLATE_NOOP("fc::checks", "eruption"), "erupsi"},
    {"visit", "visit", true, QT_TRANSLATE_NOOP("fc::checks", "visit"), "kunjungan"},
    {"launch", "launch", true, QT_TRANSLATE_NOOP("fc::checks", "launch"), "peluncuran"},
    {"protest", "protest", true, QT_TRANSLATE_NOOP("fc::checks", "protest"), "unjuk rasa"},
}};

struct NounName
{
    const char *cls;
    const char *en;
    const char *id;
};

constexpr std::array<NounName, 19> nounNames{{
    {"troops", QT_TRANSLATE_NOOP("fc::checks", "troops"), "tentara"},
    {"person", QT_TRANSLATE_NOOP("fc::checks", "people"), "orang"},
    {"house", QT_TRANSLATE_NOOP("fc::checks", "houses"), "rumah"},
    {"metre", QT_TRANSLATE_NOOP("fc::checks", "metres"), "meter"},
    {"centimetre", QT_TRANSLATE_NOOP("fc::checks", "centimetres"), "sentimeter"},
    {"kilometre", QT_TRANSLATE_NOOP("fc::checks", "kilometres"), "kilometer"},
    {"hectare", QT_TRANSLATE_NOOP("fc::checks", "hectares"), "hektare"},
    {"village", QT_TRANSLATE_NOOP("fc::checks", "villages"), "desa"},
    {"district", QT_TRANSLATE_NOOP("fc::checks", "districts"), "kecamatan"},
    {"building", QT_TRANSLATE_NOOP("fc::checks", "buildings"), "bangunan"},
    {"vehicle", QT_TRANSLATE_NOOP("fc::checks", "vehicles"), "kendaraan"},
    {"weapon", QT_TRANSLATE_NOOP("fc::checks", "weapons"), "senjata"},
    {"tonne", QT_TRANSLATE_NOOP("fc::checks", "tonnes"), "ton"},
    {"magnitude", QT_TRANSLATE_NOOP("fc::checks", "magnitude"), "magnitudo"},
    {"faction", QT_TRANSLATE_NOOP("fc::checks", "factions"), "fraksi"},
    {"term_years", QT_TRANSLATE_NOOP("fc::checks", "years in prison"), "tahun penjara"},
    {"term_months", QT_TRANSLATE_NOOP("fc::checks", "months in prison"), "bulan penjara"},
    {"term_weeks", QT_TRANSLATE_NOOP("fc::checks", "weeks in prison"), "minggu penjara"},
    {"term_days", QT_TRANSLATE_NOOP("fc::checks", "days in prison"), "hari penjara"},
}};

} // namespace

const PredicateInfo *predicateInfo(const QString &key)
{
    for (const auto &p : predicates)
        if (key == QLatin1String(p.key))
            return &p;
    return nullptr;
}

bool recursInPlace(const QString &family)
{
    static const QStringList families{
        QStringLiteral("quake"),    QStringLiteral("flood"),    QStringLiteral("erupt"),  QStringLiteral("landslide"),
        QStringLiteral("fire"),     QStringLiteral("explode"),  QStringLiteral("crash"),  QStringLiteral("sink"),
        QStringLiteral("collapse"), QStringLiteral("casualty"), QStringLiteral("injure"), QStringLiteral("evacuate"),
        QStringLiteral("missing"),  QStringLiteral("damage"),   QStringLiteral("rise"),
    };
    return families.contains(family);
}

QString predicateFamily(const QString &key)
{
    const PredicateInfo *info = predicateInfo(key);
    return info ? QString::fromLatin1(info->family) : key;
}

QString predicateNoun(const QString &key, bool indonesian)
{
    const PredicateInfo *info = predicateInfo(key);
    if (!info)
        return key;
    return indonesian ? QString::fromUtf8(info->nounId) : QCoreApplication::translate("fc::checks", info->nounEn);
}

QString nounClassName(const QString &nounClass, bool indonesian)
{
    for (const auto &n : nounNames)
        if (nounClass == QLatin1String(n.cls))
            return indonesian ? QString::fromUtf8(n.id) : QCoreApplication::translate("fc::checks", n.en);
    return nounClass;
}

bool nounFitsFamily(const QString &nounClass, const QString &family)
{
    struct Fit
    {
        const char *cls;
        const char *families;
    };
    static constexpr std::array<Fit, 14> fits{{
        {"person",
         " casualty injure evacuate missing arrest deploy attack fire explode landslide crash "
         "shoot kidnap sink collapse quake erupt protest sentence enact "},
        {"troops", " deploy present casualty attack invade injure missing "},
        {"house", " flood damage attack quake fire explode landslide collapse erupt "},
        {"building", " flood damage attack quake fire explode landslide collapse erupt "},
        {"vehicle", " crash fire explode flood damage "},
        {"weapon", " deploy present attack launch "},
        {"metre", " rise flood "},
        {"centimetre", " rise flood "},
        {"magnitude", " quake "},
        {"faction", " enact "},
        {"term_years", " sentence demand "},
        {"term_months", " sentence demand "},
        {"term_weeks", " sentence demand "},
        {"term_days", " sentence demand "},
    }};
    for (const Fit &f : fits)
        if (nounClass == QLatin1String(f.cls))
            return QString::fromLatin1(f.families).contains(QLatin1Char(' ') + family + QLatin1Char(' '));
    return true;
}

QString impliedNounClass(const QString &family)
{
    static const QStringList people{QStringLiteral("casualty"), QStringLiteral("injure"), QStringLiteral("missing"),
                                    QStringLiteral("evacuate")};
    return people.contains(family) ? QStringLiteral("person") : QString();
}

QString countedNounClassAny(const QString &noun, const QString &language)
{
    if (noun.trimmed().isEmpty())
        return {};
    const bool english = language == u"en";
    QString cls = english ? lang::en::countedNounClass(noun) : lang::id::countedNounClass(noun);
    if (cls.isEmpty())
        cls = english ? lang::id::countedNounClass(noun) : lang::en::countedNounClass(noun);
    return cls;
}

QString quantityNounClass(const Quantity &quantity, const QString &language)
{
    QString cls = countedNounClassAny(quantity.noun, language);
    if (!cls.isEmpty())
        return cls;
    static const QStringList termUnits{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("week"),
                                       QStringLiteral("day")};
    if (termUnits.contains(quantity.unit))
        return QStringLiteral("term_") + quantity.unit + QLatin1Char('s');
    return countedNounClassAny(quantity.unit, language);
}

QString predicateKeyAny(const QString &word, const QString &language)
{
    const bool english = language == u"en";
    QString key = english ? lang::en::predicateKey(word) : lang::id::predicateKey(word);
    if (key.isEmpty() && word.size() > 3)
        key = english ? lang::id::predicateKey(word) : lang::en::predicateKey(word);
    return key;
}

} // namespace fc
