#include "MarkedText.h"

#include <algorithm>
#include <set>

namespace fc {

QString evidenceAnchorId(const Finding &finding, qsizetype evidenceIndex)
{
    return QStringLiteral("ev-%1-%2").arg(finding.id).arg(evidenceIndex + 1);
}

QString timelineAnchorId(qsizetype eventIndex)
{
    return QStringLiteral("tl-%1").arg(eventIndex + 1);
}

QList<TextAnchor> anchorsOf(const Report &report, const QString &doc)
{
    QList<TextAnchor> anchors;
    for (const auto &f : report.findings) {
        for (qsizetype i = 0; i < f.evidence.size(); ++i) {
            if (f.evidence.at(i).doc == doc)
                anchors.append({f.evidence.at(i).span, evidenceAnchorId(f, i), true});
        }
    }
    for (qsizetype i = 0; i < report.timeline.size(); ++i) {
        if (report.timeline.at(i).doc == doc)
            anchors.append({report.timeline.at(i).span, timelineAnchorId(i), false});
    }
    return anchors;
}

QList<TextSegment> segmentArticle(const Article &article, const QList<TextAnchor> &anchors)
{
    const qsizetype length = article.text.size();
    const auto clampSpan = [length](Span s) {
        s.start = qBound<qsizetype>(0, s.start, length);
        s.end = qBound<qsizetype>(s.start, s.end, length);
        // Never cut a surrogate pair: a half character would corrupt every format.
        return s;
    };
    std::set<qsizetype> cuts{0, length};
    QList<Span> mentionSpans;
    for (const auto &m : article.mentions) {
        const Span s = clampSpan(m.span);
        mentionSpans.append(s);
        cuts.insert(s.start);
        cuts.insert(s.end);
    }
    QList<Span> anchorSpans;
    for (const auto &a : anchors) {
        const Span s = clampSpan(a.span);
        anchorSpans.append(s);
        cuts.insert(s.start);
        cuts.insert(s.end);
    }
    // Drop cuts that would split a surrogate pair.
    for (auto it = cuts.begin(); it != cuts.end();) {
        const qsizetype pos = *it;
        if (pos > 0 && pos < length && article.text.at(pos).isLowSurrogate()
            && article.text.at(pos - 1).isHighSurrogate()) {
            it = cuts.erase(it);
        } else {
            ++it;
        }
    }

    QList<TextSegment> segments;
    const std::vector<qsizetype> points(cuts.begin(), cuts.end());
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        TextSegment seg;
        seg.span = {points[i], points[i + 1]};
        if (seg.span.isEmpty())
            continue;
        qsizetype best = -1;
        for (qsizetype m = 0; m < mentionSpans.size(); ++m) {
            const Span &ms = mentionSpans.at(m);
            if (!ms.contains(seg.span) || ms.isEmpty())
                continue;
            // Innermost wins; on equal spans the first in the article's order.
            if (best < 0 || ms.length() < mentionSpans.at(best).length())
                best = m;
        }
        if (best >= 0) {
            seg.mention = &article.mentions.at(best);
            seg.mentionStart = mentionSpans.at(best).start == seg.span.start;
            seg.mentionEnd = mentionSpans.at(best).end == seg.span.end;
        }
        QList<qsizetype> ending;
        for (qsizetype m = 0; m < mentionSpans.size(); ++m) {
            if (mentionSpans.at(m).end == seg.span.end && mentionSpans.at(m).contains(seg.span))
                ending.append(m);
        }
        std::stable_sort(ending.begin(), ending.end(), [&](qsizetype x, qsizetype y) {
            return mentionSpans.at(x).length() < mentionSpans.at(y).length();
        });
        for (const qsizetype m : ending)
            seg.endingHere.append(&article.mentions.at(m));
        for (qsizetype a = 0; a < anchorSpans.size(); ++a) {
            const Span &as = anchorSpans.at(a);
            if (anchors.at(a).evidence && as.contains(seg.span))
                seg.inEvidence = true;
            // Empty spans anchor at their position; others where they begin.
            if (as.start == seg.span.start || (as.isEmpty() && seg.span.contains(as.start)))
                seg.anchorsHere.append(anchors.at(a).id);
        }
        // An anchor whose span is empty and sits in the middle of a segment still lands once.
        segments.append(seg);
    }
    // Anchors at the very end of the text (empty spans at length) land on the last segment.
    if (!segments.isEmpty()) {
        for (qsizetype a = 0; a < anchorSpans.size(); ++a) {
            if (anchorSpans.at(a).start == length && length > 0)
                segments.last().anchorsHere.append(anchors.at(a).id);
        }
    }
    return segments;
}

QList<qsizetype> outermostMentions(const Article &article)
{
    QList<qsizetype> order(article.mentions.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        const Span &a = article.mentions.at(x).span;
        const Span &b = article.mentions.at(y).span;
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<qsizetype> kept;
    qsizetype reached = 0;
    for (const qsizetype i : std::as_const(order)) {
        const Span &s = article.mentions.at(i).span;
        if (s.isEmpty() || s.start < reached || s.end > article.text.size())
            continue;
        kept.append(i);
        reached = s.end;
    }
    return kept;
}

} // namespace fc
