#include "PredicateCatalog.h"

#include "lang/Language.h"

#include <QStringList>

#include <array>

namespace fc {

namespace {

constexpr std::array<PredicateInfo, 40> predicates{{
    {"sign", "sign", false, "signing", "penandatanganan"},
    {"ratify", "ratify", false, "ratification", "ratifikasi"},
    {"invade", "invade", false, "invasion", "invasi"},
    {"deploy", "deploy", true, "deployment", "pengerahan"},
    {"present", "deploy", true, "presence", "kehadiran"},
    {"die", "casualty", false, "deaths", "korban meninggal"},
    {"kill", "casualty", false, "killing", "korban tewas"},
    {"injure", "injure", false, "injuries", "korban luka"},
    {"damage", "damage", false, "damage", "kerusakan"},
    {"attack", "attack", true, "attack", "serangan"},
    {"flood", "flood", false, "flood", "banjir"},
    {"evacuate", "evacuate", false, "evacuation", "pengungsian"},
    {"missing", "missing", false, "missing persons", "korban hilang"},
    {"arrest", "arrest", true, "arrest", "penangkapan"},
    {"declare", "declare", true, "declaration", "penetapan"},
    {"meet", "meet", true, "meeting", "pertemuan"},
    {"rise", "rise", false, "water level", "ketinggian air"},
    {"quake", "quake", false, "earthquake", "gempa"},
    {"find", "find", true, "finding", "penemuan"},
    {"burn", "fire", false, "fire", "kebakaran"},
    {"explode", "explode", false, "explosion", "ledakan"},
    {"landslide", "landslide", false, "landslide", "tanah longsor"},
    {"crash", "crash", false, "crash", "kecelakaan"},
    {"shoot", "shoot", true, "shooting", "penembakan"},
    {"kidnap", "kidnap", false, "kidnapping", "penculikan"},
    {"sink", "sink", false, "sinking", "peristiwa tenggelam"},
    {"collapse", "collapse", false, "collapse", "keruntuhan"},
    {"inaugurate", "inaugurate", false, "inauguration", "pelantikan"},
    {"elect", "elect", false, "election", "pemilihan"},
    {"win", "elect", false, "victory", "kemenangan"},
    {"sentence", "sentence", false, "sentencing", "vonis"},
    {"demand", "demand", false, "prosecution demand", "tuntutan"},
    {"investigate", "investigate", false, "investigation", "penyidikan"},
    {"enact", "enact", false, "passing of the law", "pengesahan"},
    {"approve", "enact", false, "approval", "persetujuan"},
    {"resign", "resign", false, "resignation", "pengunduran diri"},
    {"erupt", "erupt", false, "eruption", "erupsi"},
    {"visit", "visit", true, "visit", "kunjungan"},
    {"launch", "launch", true, "launch", "peluncuran"},
    {"protest", "protest", true, "protest", "unjuk rasa"},
}};

struct NounName
{
    const char *cls;
    const char *en;
    const char *id;
};

constexpr std::array<NounName, 19> nounNames{{
    {"troops", "troops", "tentara"},
    {"person", "people", "orang"},
    {"house", "houses", "rumah"},
    {"metre", "metres", "meter"},
    {"centimetre", "centimetres", "sentimeter"},
    {"kilometre", "kilometres", "kilometer"},
    {"hectare", "hectares", "hektare"},
    {"village", "villages", "desa"},
    {"district", "districts", "kecamatan"},
    {"building", "buildings", "bangunan"},
    {"vehicle", "vehicles", "kendaraan"},
    {"weapon", "weapons", "senjata"},
    {"tonne", "tonnes", "ton"},
    {"magnitude", "magnitude", "magnitudo"},
    {"faction", "factions", "fraksi"},
    {"term_years", "years in prison", "tahun penjara"},
    {"term_months", "months in prison", "bulan penjara"},
    {"term_weeks", "weeks in prison", "minggu penjara"},
    {"term_days", "days in prison", "hari penjara"},
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
    return indonesian ? QString::fromUtf8(info->nounId) : QString::fromUtf8(info->nounEn);
}

QString nounClassName(const QString &nounClass, bool indonesian)
{
    for (const auto &n : nounNames)
        if (nounClass == QLatin1String(n.cls))
            return indonesian ? QString::fromUtf8(n.id) : QString::fromUtf8(n.en);
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
    for (const LanguageRules *l : languagesPreferring(language)) {
        const QString cls = l->countedNounClass(noun);
        if (!cls.isEmpty())
            return cls;
    }
    return {};
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
    // The other languages only for words long enough not to be a chance match.
    const QList<const LanguageRules *> languages = languagesPreferring(language);
    for (qsizetype i = 0; i < languages.size(); ++i) {
        if (i > 0 && word.size() <= 3)
            break;
        const QString key = languages.at(i)->predicateKey(word);
        if (!key.isEmpty())
            return key;
    }
    return {};
}

} // namespace fc
