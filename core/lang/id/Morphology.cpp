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

// The letters the affixes above begin (prefixes) and end (particles, possessives, suffixes)
// with: many words begin and end with none of them, and then stripping is only adding the
// word itself, without a test per affix (this ran for every word of every claim sentence).
struct AffixLetters
{
    QString first;
    QString last;
};

const AffixLetters &affixLetters()
{
    static const AffixLetters letters = [] {
        AffixLetters l;
        const auto addFirst = [&l](const char *affix) {
            if (*affix && !l.first.contains(QLatin1Char(affix[0])))
                l.first.append(QLatin1Char(affix[0]));
        };
        const auto addLast = [&l](const char *affix) {
            const qsizetype n = qsizetype(qstrlen(affix));
            if (n > 0 && !l.last.contains(QLatin1Char(affix[n - 1])))
                l.last.append(QLatin1Char(affix[n - 1]));
        };
        for (const auto &n : nasalPrefixes)
            addFirst(n.prefix);
        for (const char *p : plainPrefixes)
            addFirst(p);
        for (const char *p : particles)
            addLast(p);
        for (const char *p : possessives)
            addLast(p);
        for (const char *p : suffixes)
            addLast(p);
        return l;
    }();
    return letters;
}

// Whether `word` begins or ends with the ASCII affix: QString::startsWith(QLatin1String) is a
// call into Qt per affix and candidate, and most tests fail at the first letter.
bool beginsWith(const QString &word, QLatin1StringView affix)
{
    if (word.size() < affix.size())
        return false;
    for (qsizetype i = 0; i < affix.size(); ++i)
        if (word.at(i).unicode() != char16_t(uchar(affix.at(i).toLatin1())))
            return false;
    return true;
}

bool finishesWith(const QString &word, QLatin1StringView affix)
{
    const qsizetype from = word.size() - affix.size();
    if (from < 0)
        return false;
    for (qsizetype i = 0; i < affix.size(); ++i)
        if (word.at(from + i).unicode() != char16_t(uchar(affix.at(i).toLatin1())))
            return false;
    return true;
}

void add(QStringList &out, const QString &candidate)
{
    if (candidate.size() >= minRoot && !out.contains(candidate))
        out.append(candidate);
}

void stripSuffixes(const QString &word, QStringList &out)
{
    if (word.isEmpty() || !affixLetters().last.contains(word.back())) {
        add(out, word);
        return;
    }
    QStringList stems{word};
    for (const char *p : particles)
        if (finishesWith(word, QLatin1StringView(p)))
            stems.append(word.chopped(qsizetype(qstrlen(p))));
    const QStringList afterParticles = stems;
    for (const QString &s : afterParticles)
        for (const char *p : possessives)
            if (finishesWith(s, QLatin1StringView(p)))
                stems.append(s.chopped(qsizetype(qstrlen(p))));
    for (const QString &s : std::as_const(stems)) {
        add(out, s);
        for (const char *suffix : suffixes)
            if (finishesWith(s, QLatin1StringView(suffix)))
                add(out, s.chopped(qsizetype(qstrlen(suffix))));
    }
}

void stripPrefixes(const QString &word, QStringList &out)
{
    if (word.isEmpty() || !affixLetters().first.contains(word.front()))
        return;
    for (const auto &n : nasalPrefixes) {
        const QLatin1String prefix(n.prefix);
        if (!beginsWith(word, prefix) || word.size() - prefix.size() < minRoot - 1)
            continue;
        const QString rest = word.mid(prefix.size());
        add(out, rest);
        if (*n.restored)
            add(out, QLatin1String(n.restored) + rest);
    }
    for (const char *p : plainPrefixes) {
        const QLatin1String prefix(p);
        if (beginsWith(word, prefix))
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
