#include "Titles.h"

#include <array>

namespace fc::lang::id {

namespace {

struct Role
{
    const char *words; // lower case, longest first within a shared start
    const char *key;
};

constexpr std::array<Role, 24> roles{{
    {"pemimpin tertinggi", "leader"},
    {"pemimpin", "leader"},
    {"presiden", "president"},
    {"perdana menteri", "prime minister"},
    {"menteri", "minister"},
    {"kepala", "head"},
    {"ketua", "head"},
    {"sekretaris", "secretary"},
    {"direktur", "director"},
    {"komandan", "commander"},
    {"panglima", "commander"},
    {"juru bicara", "spokesperson"},
    {"jubir", "spokesperson"},
    {"bupati", "regent"},
    {"gubernur", "governor"},
    {"wali kota", "mayor"},
    {"walikota", "mayor"},
    {"camat", "district head"},
    {"raja", "king"},
    {"ratu", "queen"},
    {"kanselir", "chancellor"},
    {"duta besar", "ambassador"},
    {"kapolri", "police chief"},
    {"kapolres", "police chief"},
}};

} // namespace

QString titleRole(const QString &title, qsizetype *roleLength)
{
    QString lower = title.simplified().toLower();
    QString prefix;
    qsizetype consumed = 0;
    if (lower.startsWith(QLatin1String("wakil "))) {
        prefix = QStringLiteral("deputy ");
        lower = lower.mid(6);
        consumed = 6;
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

} // namespace fc::lang::id
