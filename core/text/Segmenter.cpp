#include "Segmenter.h"

namespace fc {

void segment(Article &article)
{
    article.paragraphs.clear();
    article.sentences.clear();
    const QString &t = article.text;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t.at(i) == QLatin1Char('\n')) {
            if (i > start)
                article.paragraphs.append(Paragraph{Span{start, i}, {}, 0, true});
            start = i + 1;
        }
    }
    for (int p = 0; p < article.paragraphs.size(); ++p)
        article.sentences.append(Sentence{article.paragraphs[p].span, p});
}

} // namespace fc
