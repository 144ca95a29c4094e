#include "LanguageIdentifier.h"

#include "lang/Language.h"
#include "text/WordList.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

struct Profiles
{
    QList<QSet<QString>> words; // allLanguages() order
    qsizetype longest = 0;      // a longer word is in no list
};

const Profiles &profiles()
{
    static const Profiles p = [] {
        Profiles out;
        for (const LanguageRules *l : allLanguages()) {
            QSet<QString> set;
            for (const QString &w : loadWordList(l->stopwordsResource)) {
                set.insert(w);
                out.longest = std::max(out.longest, w.size());
            }
            out.words.append(std::move(set));
        }
        return out;
    }();
    return p;
}

} // namespace

LanguageGuess identifyLanguage(QStringView text)
{
    const Profiles &p = profiles();
    QList<int> counts(p.words.size(), 0);
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
            for (qsizetype k = 0; k < p.words.size(); ++k)
                counts[k] += p.words.at(k).contains(w);
        }
        word.clear();
        tooLong = false;
    }
    return languageFromCounts(counts);
}

LanguageGuess languageFromCounts(const QList<int> &words)
{
    LanguageGuess g;
    g.words = words;
    qsizetype best = -1;
    bool tie = false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        g.evidence += words.at(k);
        if (best < 0 || words.at(k) > words.at(best)) {
            best = k;
            tie = false;
        } else if (words.at(k) == words.at(best)) {
            tie = true;
        }
    }
    // A tie, no evidence included, is no guess: which language wins it is not the text's to say.
    if (best < 0 || tie || words.at(best) == 0)
        return g;
    const int top = words.at(best);
    g.language = allLanguages().at(best)->code;
    const double share = double(top) / double(g.evidence);
    // Few words are weak evidence: ten or more function words give full weight.
    const double weight = std::min(1.0, double(top) / 10.0);
    g.confidence = std::round(share * weight * 1000.0) / 1000.0;
    return g;
}

QString articleLanguage(const Article &article)
{
    if (languageRules(article.meta.language))
        return article.meta.language;
    return identifyLanguage(article.text).language;
}

} // namespace fc
