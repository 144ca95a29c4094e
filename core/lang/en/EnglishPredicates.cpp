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
        {QStringLiteral("high"), QStringLiteral("rise")},
        {QStringLiteral("height"), QStringLiteral("rise")},
        {QStringLiteral("earthquake"), QStringLiteral("quake")},
        {QStringLiteral("quake"), QStringLiteral("quake")},
        {QStringLiteral("blaze"), QStringLiteral("burn")},
        {QStringLiteral("burn"), QStringLiteral("burn")},
        {QStringLiteral("burnt"), QStringLiteral("burn")},
        {QStringLiteral("wildfire"), QStringLiteral("burn")},
        {QStringLiteral("explode"), QStringLiteral("explode")},
        {QStringLiteral("explosion"), QStringLiteral("explode")},
        {QStringLiteral("blast"), QStringLiteral("explode")},
        {QStringLiteral("landslide"), QStringLiteral("landslide")},
        {QStringLiteral("mudslide"), QStringLiteral("landslide")},
        {QStringLiteral("crash"), QStringLiteral("crash")},
        {QStringLiteral("collide"), QStringLiteral("crash")},
        {QStringLiteral("collision"), QStringLiteral("crash")},
        {QStringLiteral("accident"), QStringLiteral("crash")},
        {QStringLiteral("shoot"), QStringLiteral("shoot")},
        {QStringLiteral("shot"), QStringLiteral("shoot")},
        {QStringLiteral("shooting"), QStringLiteral("shoot")},
        {QStringLiteral("gunfire"), QStringLiteral("shoot")},
        {QStringLiteral("kidnap"), QStringLiteral("kidnap")},
        {QStringLiteral("abduct"), QStringLiteral("kidnap")},
        {QStringLiteral("abduction"), QStringLiteral("kidnap")},
        {QStringLiteral("sink"), QStringLiteral("sink")},
        {QStringLiteral("sank"), QStringLiteral("sink")},
        {QStringLiteral("sunk"), QStringLiteral("sink")},
        {QStringLiteral("capsize"), QStringLiteral("sink")},
        {QStringLiteral("collapse"), QStringLiteral("collapse")},
        {QStringLiteral("inaugurate"), QStringLiteral("inaugurate")},
        {QStringLiteral("inauguration"), QStringLiteral("inaugurate")},
        {QStringLiteral("sworn"), QStringLiteral("inaugurate")},
        {QStringLiteral("elect"), QStringLiteral("elect")},
        {QStringLiteral("election"), QStringLiteral("elect")},
        {QStringLiteral("win"), QStringLiteral("win")},
        {QStringLiteral("won"), QStringLiteral("win")},
        {QStringLiteral("victory"), QStringLiteral("win")},
        {QStringLiteral("sentence"), QStringLiteral("sentence")},
        {QStringLiteral("verdict"), QStringLiteral("sentence")},
        {QStringLiteral("convict"), QStringLiteral("sentence")},
        {QStringLiteral("jail"), QStringLiteral("sentence")},
        {QStringLiteral("imprison"), QStringLiteral("sentence")},
        {QStringLiteral("sought"), QStringLiteral("demand")},
        {QStringLiteral("seek"), QStringLiteral("demand")},
        {QStringLiteral("demand"), QStringLiteral("demand")},
        {QStringLiteral("investigate"), QStringLiteral("investigate")},
        {QStringLiteral("enact"), QStringLiteral("enact")},
        {QStringLiteral("pass"), QStringLiteral("enact")}, // "passed away": an event phrase below
        {QStringLiteral("approve"), QStringLiteral("approve")},
        {QStringLiteral("approval"), QStringLiteral("approve")},
        {QStringLiteral("investigation"), QStringLiteral("investigate")},
        {QStringLiteral("probe"), QStringLiteral("investigate")},
        {QStringLiteral("resign"), QStringLiteral("resign")},
        {QStringLiteral("resignation"), QStringLiteral("resign")},
        {QStringLiteral("erupt"), QStringLiteral("erupt")},
        {QStringLiteral("eruption"), QStringLiteral("erupt")},
        {QStringLiteral("visit"), QStringLiteral("visit")},
        {QStringLiteral("launch"), QStringLiteral("launch")},
        {QStringLiteral("protest"), QStringLiteral("protest")},
        {QStringLiteral("rally"), QStringLiteral("protest")},
        {QStringLiteral("demonstration"), QStringLiteral("protest")},
        {QStringLiteral("detain"), QStringLiteral("arrest")},
        {QStringLiteral("detention"), QStringLiteral("arrest")},
        {QStringLiteral("injury"), QStringLiteral("injure")},
        {QStringLiteral("hurt"), QStringLiteral("injure")},
        {QStringLiteral("flee"), QStringLiteral("evacuate")},
        {QStringLiteral("fled"), QStringLiteral("evacuate")},
        {QStringLiteral("displace"), QStringLiteral("evacuate")},
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
        {QStringLiteral("factions"), QStringLiteral("faction")},
        {QStringLiteral("faction"), QStringLiteral("faction")},
        {QStringLiteral("lawmakers"), QStringLiteral("person")},
        {QStringLiteral("legislators"), QStringLiteral("person")},
        {QStringLiteral("members"), QStringLiteral("person")},
        {QStringLiteral("magnitude"), QStringLiteral("magnitude")},
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
        {QStringLiteral("children"), QStringLiteral("person")},
        {QStringLiteral("passengers"), QStringLiteral("person")},
        {QStringLiteral("students"), QStringLiteral("person")},
        {QStringLiteral("workers"), QStringLiteral("person")},
        {QStringLiteral("protesters"), QStringLiteral("person")},
        {QStringLiteral("civilians"), QStringLiteral("person")},
        {QStringLiteral("migrants"), QStringLiteral("person")},
        {QStringLiteral("officers"), QStringLiteral("person")},
        {QStringLiteral("suspects"), QStringLiteral("person")},
        {QStringLiteral("injured"), QStringLiteral("person")},
        {QStringLiteral("buildings"), QStringLiteral("building")},
        {QStringLiteral("building"), QStringLiteral("building")},
        {QStringLiteral("vehicles"), QStringLiteral("vehicle")},
        {QStringLiteral("cars"), QStringLiteral("vehicle")},
        {QStringLiteral("missiles"), QStringLiteral("weapon")},
        {QStringLiteral("weapons"), QStringLiteral("weapon")},
        {QStringLiteral("rockets"), QStringLiteral("weapon")},
        {QStringLiteral("shells"), QStringLiteral("weapon")},
        {QStringLiteral("hectares"), QStringLiteral("hectare")},
        {QStringLiteral("tonnes"), QStringLiteral("tonne")},
        {QStringLiteral("tons"), QStringLiteral("tonne")},
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
                     QStringLiteral("set to"), QStringLiteral("is to"), QStringLiteral("may"), QStringLiteral("might"),
                     QStringLiteral("could"), QStringLiteral("would")},
        .revision = {QStringLiteral("revised"), QStringLiteral("revised to"), QStringLiteral("up from"),
                     QStringLiteral("down from"), QStringLiteral("updated to"), QStringLiteral("corrected"),
                     QStringLiteral("rose to"), QStringLiteral("climbed to")},
        .pronouns = {QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"), QStringLiteral("it")},
        .eventPhrases = {{QStringLiteral("passed away"), QStringLiteral("die")},
                         {QStringLiteral("passes away"), QStringLiteral("die")},
                         {QStringLiteral("pass away"), QStringLiteral("die")},
                         {QStringLiteral("passed through"), QString()},
                         {QStringLiteral("passed by"), QString()},
                         {QStringLiteral("passed on"), QString()}},
        .subordinators = {QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("before"),
                          QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("because"),
                          QStringLiteral("although"), QStringLiteral("following")},
    };
    return cues;
}

} // namespace fc::lang::en
