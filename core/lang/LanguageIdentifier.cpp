#include "LanguageIdentifier.h"

#include "text/WordList.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

struct Profiles
{
    QSet<QString> id;
    QSet<QString> en;
    qsizetype longest = 0; // a longer word is in neither list
};

const Profiles &profiles()
{
    static const Profiles p = [] {
        Profiles out;
        for (const QString &w : loadWordList(QStringLiteral(":/factcheck/lang/id/stopwords.txt")))
            out.id.insert(w);
        for (const QString &w : loadWordList(QStringLiteral(":/factcheck/lang/en/stopwords.txt")))
            out.en.insert(w);
        for (const QSet<QString> *set : {&out.id, &out.en})
            for (const QString &w : *set)
                out.longest = std::max(out.longest, w.size());
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
    // This runs over every paragraph of every article: the lowercased word goes into a buffer
    // that is reused rather than a QString built per word, and only words short enough to be
    // in a list are looked up.
    QVarLengthArray<char16_t, 64> word;
    bool tooLong = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text.at(i) : QChar(u' ');
        if (c.isLetter()) {
            if (word.size() < p.longest)
                word.append(c.unicode() < 0x80 ? char16_t(c.unicode() | 0x20) : c.toLower().unicode());
            else
                tooLong = true;
            continue;
        }
        if (!word.isEmpty() && !tooLong) {
            const auto *chars = reinterpret_cast<const QChar *>(word.constData());
            const QString w = QString::fromRawData(chars, word.size()); // no copy
            id += p.id.contains(w);
            en += p.en.contains(w);
        }
        word.clear();
        tooLong = false;
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
