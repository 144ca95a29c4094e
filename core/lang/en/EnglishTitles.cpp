#include "EnglishTitles.h"

#include <array>

namespace fc::lang::en {

namespace {

struct Role
{
    const char *words;
    const char *key;
};

constexpr std::array<Role, 22> roles{{
    {"supreme leader", "leader"},
    {"leader", "leader"},
    {"president", "president"},
    {"prime minister", "prime minister"},
    {"foreign minister", "minister"},
    {"minister", "minister"},
    {"head", "head"},
    {"chief", "head"},
    {"chairman", "head"},
    {"chair", "head"},
    {"secretary", "secretary"},
    {"director", "director"},
    {"commander", "commander"},
    {"spokesperson", "spokesperson"},
    {"spokesman", "spokesperson"},
    {"spokeswoman", "spokesperson"},
    {"regent", "regent"},
    {"governor", "governor"},
    {"mayor", "mayor"},
    {"king", "king"},
    {"chancellor", "chancellor"},
    {"ambassador", "ambassador"},
}};

} // namespace

QString titleRole(const QString &title, qsizetype *roleLength)
{
    QString lower = title.simplified().toLower();
    QString prefix;
    qsizetype consumed = 0;
    for (const char *deputy : {"deputy ", "vice "}) {
        if (lower.startsWith(QLatin1String(deputy))) {
            prefix = QStringLiteral("deputy ");
            consumed = qsizetype(qstrlen(deputy));
            lower = lower.mid(consumed);
        }
    }
    for (const Role &r : roles) {
        const QLatin1String words(r.words);
        if (lower.startsWith(words) && (lower.size() == words.size() || lower.at(words.size()) == QLatin1Char(' '))) {
            if (roleLength)
                *roleLength = consumed + words.size();
            return prefix + QLatin1String(r.key);
        }
    }
    if (roleLength)
        *roleLength = 0;
    return {};
}

} // namespace fc::lang::en
