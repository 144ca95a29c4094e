#include "NameSimilarity.h"

#include "entities/NameRules.h"

#include <QVarLengthArray>

namespace fc {

int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

// The position words of every language (NameRules::positionWords): names are compared across
// articles whatever their languages, as one list served them before the words moved into the
// language records.
static bool isPositionWord(const QString &w)
{
    return nameRules(QString()).positionWords.contains(w);
}

static bool hasDigit(const QString &w)
{
    for (const QChar c : w) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool isSpellingVariant(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size() || a.isEmpty() || a == b)
        return false;
    qsizetype differing = -1;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) == b.at(i))
            continue;
        if (differing >= 0)
            return false;
        differing = i;
    }
    const QString &x = a.at(differing);
    const QString &y = b.at(differing);
    const qsizetype shorter = std::min(x.size(), y.size());
    // One-word names need more letters to compare: "Rusia"/"Russia" would pass, "Kim"/"Kin" not.
    if (shorter < (a.size() == 1 ? 6 : 3))
        return false;
    if (isPositionWord(x) || isPositionWord(y) || hasDigit(x) || hasDigit(y) || x.at(0) != y.at(0))
        return false;
    const int allowed = shorter >= 9 ? 2 : 1;
    return editDistance(x, y) <= allowed;
}

} // namespace fc
