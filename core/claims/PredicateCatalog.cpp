#include "PredicateCatalog.h"

#include "lang/Language.h"

#include <QStringList>

#include <array>

namespace fc {

namespace {

constexpr std::array<PredicateInfo, 40> predicates{{
    {"sign", "sign", false},
    {"ratify", "ratify", false},
    {"invade", "invade", false},
    {"deploy", "deploy", true},
    {"present", "deploy", true},
    {"die", "casualty", false},
    {"kill", "casualty", false},
    {"injure", "injure", false},
    {"damage", "damage", false},
    {"attack", "attack", true},
    {"flood", "flood", false},
    {"evacuate", "evacuate", false},
    {"missing", "missing", false},
    {"arrest", "arrest", true},
    {"declare", "declare", true},
    {"meet", "meet", true},
    {"rise", "rise", false},
    {"quake", "quake", false},
    {"find", "find", true},
    {"burn", "fire", false},
    {"explode", "explode", false},
    {"landslide", "landslide", false},
    {"crash", "crash", false},
    {"shoot", "shoot", true},
    {"kidnap", "kidnap", false},
    {"sink", "sink", false},
    {"collapse", "collapse", false},
    {"inaugurate", "inaugurate", false},
    {"elect", "elect", false},
    {"win", "elect", false},
    {"sentence", "sentence", false},
    {"demand", "demand", false},
    {"investigate", "investigate", false},
    {"enact", "enact", false},
    {"approve", "enact", false},
    {"resign", "resign", false},
    {"erupt", "erupt", false},
    {"visit", "visit", true},
    {"launch", "launch", true},
    {"protest", "protest", true},
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

namespace {
// The summary nouns of the language that writes the given fixed summary (Language.h), or
// null when no registered language writes it.
const SummaryNouns *summaryNounsFor(bool local)
{
    const LanguageRules *l = languageRules(fixedTextLanguage(local ? FixedTextSlot::Local : FixedTextSlot::Contract));
    return l && l->summaryNouns ? &l->summaryNouns() : nullptr;
}
} // namespace

QString predicateNoun(const QString &key, bool local)
{
    const SummaryNouns *nouns = summaryNounsFor(local);
    return nouns ? nouns->events.value(key, key) : key;
}

QString nounClassName(const QString &nounClass, bool local)
{
    const SummaryNouns *nouns = summaryNounsFor(local);
    return nouns ? nouns->counted.value(nounClass, nounClass) : nounClass;
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
