#include "RecognisedSpans.h"

#include "entities/KnowledgeBase.h"
#include "entities/MentionRecogniser.h"
#include "model/Article.h"

#include <algorithm>

namespace fc {

void compareWithGold(RecognisedSentence *r)
{
    r->right.clear();
    r->wrong.clear();
    r->missed.clear();
    for (const AnnotatedSpan &f : std::as_const(r->found)) {
        if (r->gold.contains(f)) {
            r->right.append(f);
            continue;
        }
        const bool nested = std::any_of(r->found.cbegin(), r->found.cend(), [&](const AnnotatedSpan &o) {
            return !(o == f) && o.start <= f.start && o.end >= f.end && r->gold.contains(o);
        });
        if (!nested)
            r->wrong.append(f);
    }
    for (const AnnotatedSpan &g : std::as_const(r->gold)) {
        if (!r->found.contains(g))
            r->missed.append(g);
    }
}

RecognisedSentence recogniseAnnotated(const AnnotatedSentence &sentence, const QString &language,
                                      const KnowledgeBase &kb)
{
    RecognisedSentence r;
    Article a;
    a.text = joinedText(sentence, &r.gold);
    a.originalText = a.text;
    a.meta.language = language;
    recogniseNames(a, kb);
    r.text = a.text;
    for (const Mention &m : std::as_const(a.mentions)) {
        const QString type = mentionTypeCode(m.type);
        if (type == u"PER" || type == u"ORG" || type == u"LOC")
            r.found.append({m.span.start, m.span.end, type});
    }
    compareWithGold(&r);
    return r;
}

} // namespace fc
