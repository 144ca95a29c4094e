#include "ArticleLanguage.h"

namespace fc {

QString guessLanguage(QStringView text)
{
    static const char16_t *const idWords[] = {u"yang",  u"dan",  u"di",    u"dengan", u"ini",  u"itu",
                                              u"untuk", u"dari", u"tidak", u"pada",   u"akan", u"telah"};
    static const char16_t *const enWords[] = {u"the",  u"and",  u"of",  u"to", u"was", u"is",
                                              u"that", u"with", u"for", u"on", u"has", u"were"};
    int id = 0, en = 0;
    qsizetype i = 0;
    // The first few thousand characters are plenty to tell the two apart.
    const qsizetype limit = std::min<qsizetype>(text.size(), 8000);
    while (i < limit) {
        while (i < limit && !text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < limit && text[i].isLetter())
            ++i;
        const QStringView w = text.mid(start, i - start);
        if (w.size() < 2 || w.size() > 6)
            continue;
        for (const auto *x : idWords)
            id += w.compare(QStringView(x), Qt::CaseInsensitive) == 0;
        for (const auto *x : enWords)
            en += w.compare(QStringView(x), Qt::CaseInsensitive) == 0;
    }
    return en > id ? QStringLiteral("en") : QStringLiteral("id");
}

QString articleLanguage(const Article &article)
{
    if (article.meta.language == u"id" || article.meta.language == u"en")
        return article.meta.language;
    return guessLanguage(article.text);
}

} // namespace fc
