#include "EnglishPredicates.h"

#include <QHash>

namespace fc::lang::en {

namespace {

void add(QStringList &out, const QString &s)
{
    if (s.size() >= 3 && !out.contains(s))
        out.append(s);
}

const QHash<QString, QString> &baseTable()
{
    // Base forms and the irregular or nominal forms that stemming does not reach.
    static const QHash<QString, QString> table{
        {QStringLiteral("sign"), QStringLiteral("sign")},
        {QStringLiteral("ratify"), QStringLiteral("ratify")},
        {QStringLiteral("ratification"), QStringLiteral("ratify")},
        {QStringLiteral("invade"), QStringLiteral("invade")},
        {QStringLiteral("invasion"), QStringLiteral("invade")},
        {QStringLiteral("deploy"), QStringLiteral("deploy")},
        {QStringLiteral("deployment"), QStringLiteral("deploy")},
        {QStringLiteral("send"), QStringLiteral("deploy")},
        {QStringLiteral("sent"), QStringLiteral("deploy")},
        {QStringLiteral("presence"), QStringLiteral("present")},
        {QStringLiteral("kill"), QStringLiteral("kill")},
        {QStringLiteral("die"), QStringLiteral("die")},
        {QStringLiteral("died"), QStringLiteral("die")},
        {QStringLiteral("dead"), QStringLiteral("die")},
        {QStringLiteral("death"), QStringLiteral("die")},
        {QStringLiteral("injure"), QStringLiteral("injure")},
        {QStringLiteral("wound"), QStringLiteral("injure")},
        {QStringLiteral("damage"), QStringLiteral("damage")},
        {QStringLiteral("attack"), QStringLiteral("attack")},
        {QStringLiteral("strike"), QStringLiteral("attack")},
        {QStringLiteral("struck"), QStringLiteral("attack")},
        {QStringLiteral("flood"), QStringLiteral("flood")},
        {QStringLiteral("submerge"), QStringLiteral("flood")},
        {QStringLiteral("inundate"), QStringLiteral("flood")},
        {QStringLiteral("evacuate"), QStringLiteral("evacuate")},
        {QStringLiteral("evacuation"), QStringLiteral("evacuate")},
        {QStringLiteral("evacuee"), QStringLiteral("evacuate")},
        {QStringLiteral("missing"), QStringLiteral("missing")},
        {QStringLiteral("arrest"), QStringLiteral("arrest")},
        {QStringLiteral("declare"), QStringLiteral("declare")},
        {QStringLiteral("announce"), QStringLiteral("declare")},
        {QStringLiteral("meet"), QStringLiteral("meet")},
        {QStringLiteral("met"), QStringLiteral("meet")},
        {QStringLiteral("meeting"), QStringLiteral("meet")},
        {QStringLiteral("rise"), QStringLiteral("rise")},
        {QStringLiteral("rose"), QStringLiteral("rise")},
        {QStringLiteral("risen"), QStringLiteral("rise")},
        {QStringLiteral("earthquake"), QStringLiteral("quake")},
        {QStringLiteral("quake"), QStringLiteral("quake")},
    };
    return table;
}

} // namespace

QStringList stemCandidates(const QString &word)
{
    const QString w = word.toLower();
    QStringList out;
    add(out, w);
    auto chop = [&](QLatin1String suffix, QLatin1String replacement) {
        if (w.endsWith(suffix) && w.size() > suffix.size() + 2)
            add(out, w.chopped(suffix.size()) + replacement);
    };
    chop(QLatin1String("ied"), QLatin1String("y"));
    chop(QLatin1String("ies"), QLatin1String("y"));
    chop(QLatin1String("ed"), QLatin1String(""));
    chop(QLatin1String("d"), QLatin1String(""));
    chop(QLatin1String("ing"), QLatin1String(""));
    chop(QLatin1String("ing"), QLatin1String("e"));
    chop(QLatin1String("es"), QLatin1String(""));
    chop(QLatin1String("s"), QLatin1String(""));
    // Doubled final consonant: "stopped" -> "stop".
    for (const char *suffix : {"ed", "ing"}) {
        const QLatin1String s(suffix);
        if (w.endsWith(s) && w.size() > s.size() + 3) {
            const QString stem = w.chopped(s.size());
            if (stem.at(stem.size() - 1) == stem.at(stem.size() - 2))
                add(out, stem.chopped(1));
        }
    }
    return out;
}

QString predicateKey(const QString &word)
{
    const auto &table = baseTable();
    for (const QString &c : stemCandidates(word))
        if (auto it = table.constFind(c); it != table.cend())
            return *it;
    return {};
}

QString countedNounClass(const QString &noun)
{
    static const QHash<QString, QString> table{
        {QStringLiteral("troops"), QStringLiteral("troops")},
        {QStringLiteral("troop"), QStringLiteral("troops")},
        {QStringLiteral("soldiers"), QStringLiteral("troops")},
        {QStringLiteral("soldier"), QStringLiteral("troops")},
        {QStringLiteral("personnel"), QStringLiteral("troops")},
        {QStringLiteral("people"), QStringLiteral("person")},
        {QStringLiteral("persons"), QStringLiteral("person")},
        {QStringLiteral("person"), QStringLiteral("person")},
        {QStringLiteral("residents"), QStringLiteral("person")},
        {QStringLiteral("victims"), QStringLiteral("person")},
        {QStringLiteral("bodies"), QStringLiteral("person")},
        {QStringLiteral("dead"), QStringLiteral("person")},
        {QStringLiteral("evacuees"), QStringLiteral("person")},
        {QStringLiteral("houses"), QStringLiteral("house")},
        {QStringLiteral("house"), QStringLiteral("house")},
        {QStringLiteral("homes"), QStringLiteral("house")},
        {QStringLiteral("metres"), QStringLiteral("metre")},
        {QStringLiteral("meters"), QStringLiteral("metre")},
        {QStringLiteral("metre"), QStringLiteral("metre")},
        {QStringLiteral("meter"), QStringLiteral("metre")},
        {QStringLiteral("m"), QStringLiteral("metre")},
        {QStringLiteral("km"), QStringLiteral("kilometre")},
        {QStringLiteral("kilometres"), QStringLiteral("kilometre")},
        {QStringLiteral("villages"), QStringLiteral("village")},
    };
    const QString lower = noun.trimmed().toLower();
    if (auto it = table.constFind(lower); it != table.cend())
        return *it;
    // "North Korean troops": the head noun comes last in English.
    const QString head = lower.section(QLatin1Char(' '), -1, -1);
    if (auto it = table.constFind(head); it != table.cend())
        return *it;
    return {};
}

const ClaimCues &claimCues()
{
    static const ClaimCues cues{
        .sourceFollows = {QStringLiteral("according to"), QStringLiteral("said"), QStringLiteral("told"),
                          QStringLiteral("citing"), QStringLiteral("quoted")},
        .sourcePrecedes = {QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("stated"),
                           QStringLiteral("reported"), QStringLiteral("confirmed"), QStringLiteral("announced"),
                           QStringLiteral("claimed"), QStringLiteral("told")},
        .confirm = {QStringLiteral("confirmed"), QStringLiteral("confirm"), QStringLiteral("confirms"),
                    QStringLiteral("acknowledged"), QStringLiteral("acknowledge")},
        .negators = {QStringLiteral("not"), QStringLiteral("never"), QStringLiteral("yet to")},
        .unconfirmed = {QStringLiteral("unconfirmed"), QStringLiteral("could not be verified"),
                        QStringLiteral("not independently verified")},
        .alleged = {QStringLiteral("reportedly"), QStringLiteral("allegedly"), QStringLiteral("alleged"),
                    QStringLiteral("accused"), QStringLiteral("suspected"), QStringLiteral("purportedly")},
        .denied = {QStringLiteral("denied"), QStringLiteral("denies"), QStringLiteral("rejected"),
                   QStringLiteral("dismissed")},
        .expected = {QStringLiteral("will"), QStringLiteral("expected to"), QStringLiteral("plans to"),
                     QStringLiteral("set to"), QStringLiteral("is to")},
        .revision = {QStringLiteral("revised"), QStringLiteral("revised to"), QStringLiteral("up from"),
                     QStringLiteral("down from"), QStringLiteral("updated to"), QStringLiteral("corrected"),
                     QStringLiteral("rose to"), QStringLiteral("climbed to")},
        .pronouns = {QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"), QStringLiteral("it")},
    };
    return cues;
}

} // namespace fc::lang::en
