#include "Morphology.h"

#include <array>

namespace fc::lang::id {

namespace {

constexpr qsizetype minRoot = 3;

struct NasalPrefix
{
    const char *prefix;
    const char *restored; // the consonant the nasal replaced, tried as well as none
};

// Longest first so "meng" wins over "me" when both fit; "me"/"pe" alone before l, r, m, n, w, y.
constexpr std::array<NasalPrefix, 14> nasalPrefixes{{
    {"menge", ""},
    {"meng", "k"},
    {"meny", "s"},
    {"men", "t"},
    {"mem", "p"},
    {"me", ""},
    {"penge", ""},
    {"peng", "k"},
    {"peny", "s"},
    {"pen", "t"},
    {"pem", "p"},
    {"pe", ""},
    {"memper", ""},
    {"diper", ""},
}};

// "te" covers ter- before a root in r ("terendam" = ter + rendam).
constexpr std::array<const char *, 9> plainPrefixes{{"di", "ter", "te", "ber", "be", "per", "ke", "se", "bel"}};
constexpr std::array<const char *, 3> particles{{"lah", "kah", "tah"}};
constexpr std::array<const char *, 3> possessives{{"nya", "ku", "mu"}};
constexpr std::array<const char *, 3> suffixes{{"kan", "an", "i"}};

void add(QStringList &out, const QString &candidate)
{
    if (candidate.size() >= minRoot && !out.contains(candidate))
        out.append(candidate);
}

void stripSuffixes(const QString &word, QStringList &out)
{
    QStringList stems{word};
    for (const char *p : particles)
        if (word.endsWith(QLatin1String(p)))
            stems.append(word.chopped(qsizetype(qstrlen(p))));
    const QStringList afterParticles = stems;
    for (const QString &s : afterParticles)
        for (const char *p : possessives)
            if (s.endsWith(QLatin1String(p)))
                stems.append(s.chopped(qsizetype(qstrlen(p))));
    for (const QString &s : std::as_const(stems)) {
        add(out, s);
        for (const char *suffix : suffixes)
            if (s.endsWith(QLatin1String(suffix)))
                add(out, s.chopped(qsizetype(qstrlen(suffix))));
    }
}

void stripPrefixes(const QString &word, QStringList &out)
{
    for (const auto &n : nasalPrefixes) {
        const QLatin1String prefix(n.prefix);
        if (!word.startsWith(prefix) || word.size() - prefix.size() < minRoot - 1)
            continue;
        const QString rest = word.mid(prefix.size());
        add(out, rest);
        if (*n.restored)
            add(out, QLatin1String(n.restored) + rest);
    }
    for (const char *p : plainPrefixes) {
        const QLatin1String prefix(p);
        if (word.startsWith(prefix))
            add(out, word.mid(prefix.size()));
    }
}

} // namespace

QString unreduplicated(const QString &word)
{
    // "luka-luka", "rumah-rumah", "berlari-lari": the repeated base once. Compounds of two
    // different words ("sayur-mayur" aside, "Korea-Rusia") stay whole.
    const qsizetype dash = word.indexOf(QLatin1Char('-'));
    if (dash <= 0 || dash + 1 >= word.size())
        return word;
    const QStringView left = QStringView(word).left(dash);
    const QStringView right = QStringView(word).mid(dash + 1);
    if (right.compare(left, Qt::CaseInsensitive) == 0 || right.startsWith(left, Qt::CaseInsensitive))
        return left.toString();
    if (left.endsWith(right, Qt::CaseInsensitive))
        return left.toString(); // "berlari-lari": the affixed form carries the meaning
    return word;
}

QStringList rootCandidates(const QString &word)
{
    const QString lower = unreduplicated(word.toLower());
    QStringList out;
    add(out, lower);
    // Two rounds: confixes such as pe-...-an and ke-...-an, and stacked prefixes (diper-, memper-).
    for (int round = 0; round < 2; ++round) {
        const QStringList current = out;
        for (const QString &c : current) {
            stripSuffixes(c, out);
            stripPrefixes(c, out);
        }
    }
    const QStringList current = out;
    for (const QString &c : current)
        stripSuffixes(c, out);
    return out;
}

} // namespace fc::lang::id
