#include "LanguageIdentifier.h"

#include "text/WordList.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

struct Profiles
{
    QSet<QString> id;
    QSet<QString> en;
};

const Profiles &profiles()
{
    static const Profiles p = [] {
        Profiles out;
        for (const QString &w : loadWordList(QStringLiteral(":/factcheck/lang/id/stopwords.txt")))
            out.id.insert(w);
        for (const QString &w : loadWordList(QStringLiteral(":/factcheck/lang/en/stopwords.txt")))
            out.en.insert(w);
        return out;
    }();
    return p;
}

} // namespace

LanguageGuess identifyLanguage(QStringView text)
{
    const Profiles &p = profiles();
    int id = 0;
    int en = 0;
    QString word;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text.at(i) : QChar(u' ');
        if (c.isLetter()) {
            word.append(c.toLower());
            continue;
        }
        if (!word.isEmpty()) {
            id += p.id.contains(word);
            en += p.en.contains(word);
            word.clear();
        }
    }
    return languageFromCounts(id, en);
}

LanguageGuess languageFromCounts(int id, int en)
{
    LanguageGuess g;
    g.idWords = id;
    g.enWords = en;
    g.evidence = id + en;
    if (id == en)
        return g;
    g.language = id > en ? QStringLiteral("id") : QStringLiteral("en");
    const double share = double(std::max(id, en)) / double(id + en);
    // Few words are weak evidence: ten or more function words give full weight.
    const double weight = std::min(1.0, double(std::max(id, en)) / 10.0);
    g.confidence = std::round(share * weight * 1000.0) / 1000.0;
    return g;
}

} // namespace fc
