#include "PublicationDate.h"

namespace fc {

namespace {

// A paragraph of running prose, not a headline, byline or date line.
constexpr qsizetype proseLength = 80;

qsizetype leadEnd(const Article &article)
{
    if (!article.paragraphs.isEmpty()) {
        for (const Paragraph &p : article.paragraphs)
            if (p.body && p.span.length() >= proseLength)
                return p.span.end;
        return article.text.size();
    }
    // Not segmented (tests, tools): lines stand for paragraphs.
    qsizetype start = 0;
    while (start < article.text.size()) {
        qsizetype end = article.text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = article.text.size();
        if (end - start >= proseLength)
            return end;
        start = end + 1;
    }
    return article.text.size();
}

} // namespace

QDate inferredPublicationDate(const Article &article)
{
    const qsizetype end = leadEnd(article);
    for (const TimeExpression &t : article.times) {
        if (t.span.start >= end)
            break;
        const TimeValue &v = t.value;
        if (t.isDuration || !v.isValid() || v.relative || v.vague || !v.anchored)
            continue;
        if (v.granularity != Granularity::Day && v.granularity != Granularity::Minute)
            continue;
        return v.begin;
    }
    return {};
}

} // namespace fc
