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
    // Cut around the doubtful words too (none but in text read from an image, so other
    // articles are cut as before).
    for (const LowConfidenceWord &w : article.lowConfidence) {
        const Span s = clampSpan(w.span);
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

    // One sweep over the segments in text order: a mention or anchor covers a segment from
    // the segment where it starts to the one where it ends, so each enters and leaves the
    // active sets once (n log n in all; every segment scanning every mention was quadratic:
    // 20k mentions took 15 s to export).
    std::vector<qsizetype> byStart; // non-empty mentions, by start, then article order
    for (qsizetype m = 0; m < mentionSpans.size(); ++m)
        if (!mentionSpans.at(m).isEmpty())
            byStart.push_back(m);
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](qsizetype x, qsizetype y) { return mentionSpans.at(x).start < mentionSpans.at(y).start; });
    std::vector<qsizetype> anchorsByStart(size_t(anchorSpans.size()));
    for (qsizetype a = 0; a < anchorSpans.size(); ++a)
        anchorsByStart[size_t(a)] = a;
    std::stable_sort(anchorsByStart.begin(), anchorsByStart.end(),
                     [&](qsizetype x, qsizetype y) { return anchorSpans.at(x).start < anchorSpans.at(y).start; });
    std::set<std::pair<qsizetype, qsizetype>> innermost; // active mentions: (length, index)
    std::set<std::pair<qsizetype, qsizetype>> byEnd;     // active mentions: (end, index)
    std::multiset<qsizetype> evidenceEnds;               // active evidence anchors' ends
    size_t nextMention = 0;
    size_t nextEvidence = 0;
    size_t nextAnchor = 0;
    qsizetype nextWord = 0; // the words are sorted and apart (ArticleValidation checks it)

    QList<TextSegment> segments;
    const std::vector<qsizetype> points(cuts.begin(), cuts.end());
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        TextSegment seg;
        seg.span = {points[i], points[i + 1]};
        if (seg.span.isEmpty())
            continue;
        // Mentions starting at or before the segment enter; those ending before its end leave.
        for (; nextMention < byStart.size() && mentionSpans.at(byStart[nextMention]).start <= seg.span.start;
             ++nextMention) {
            const qsizetype m = byStart[nextMention];
            innermost.insert({mentionSpans.at(m).length(), m});
            byEnd.insert({mentionSpans.at(m).end, m});
        }
        while (!byEnd.empty() && byEnd.begin()->first < seg.span.end) {
            const qsizetype m = byEnd.begin()->second;
            innermost.erase({mentionSpans.at(m).length(), m});
            byEnd.erase(byEnd.begin());
        }
        // Innermost wins; on equal spans the first in the article's order.
        if (!innermost.empty()) {
            const qsizetype best = innermost.begin()->second;
            seg.mention = &article.mentions.at(best);
            seg.mentionStart = mentionSpans.at(best).start == seg.span.start;
            seg.mentionEnd = mentionSpans.at(best).end == seg.span.end;
        }
        QList<qsizetype> ending; // in article order, then innermost first
        for (auto it = byEnd.begin(); it != byEnd.end() && it->first == seg.span.end; ++it)
            ending.append(it->second);
        std::stable_sort(ending.begin(), ending.end(), [&](qsizetype x, qsizetype y) {
            return mentionSpans.at(x).length() < mentionSpans.at(y).length();
        });
        for (const qsizetype m : ending)
            seg.endingHere.append(&article.mentions.at(m));

        // Evidence anchors covering the segment (non-empty ones starting at or before it).
        for (; nextEvidence < anchorsByStart.size()
             && anchorSpans.at(anchorsByStart[nextEvidence]).start <= seg.span.start;
             ++nextEvidence) {
            const qsizetype a = anchorsByStart[nextEvidence];
            if (anchors.at(a).evidence && !anchorSpans.at(a).isEmpty())
                evidenceEnds.insert(anchorSpans.at(a).end);
        }
        while (!evidenceEnds.empty() && *evidenceEnds.begin() < seg.span.end)
            evidenceEnds.erase(evidenceEnds.begin());
        seg.inEvidence = !evidenceEnds.empty();
        // Anchors land where they begin; an empty one anywhere inside the segment too.
        QList<qsizetype> here;
        for (; nextAnchor < anchorsByStart.size() && anchorSpans.at(anchorsByStart[nextAnchor]).start < seg.span.end;
             ++nextAnchor) {
            const qsizetype a = anchorsByStart[nextAnchor];
            const Span &as = anchorSpans.at(a);
            if (as.start == seg.span.start || (as.isEmpty() && seg.span.contains(as.start)))
                here.append(a);
        }
        std::sort(here.begin(), here.end());
        for (const qsizetype a : std::as_const(here))
            seg.anchorsHere.append(anchors.at(a).id);
        while (nextWord < article.lowConfidence.size() && article.lowConfidence.at(nextWord).span.end <= seg.span.start)
            ++nextWord;
        if (nextWord < article.lowConfidence.size() && article.lowConfidence.at(nextWord).span.overlaps(seg.span)) {
            seg.lowConfidence = article.lowConfidence.at(nextWord).confidence;
            seg.lowConfidenceEnd = article.lowConfidence.at(nextWord).span.end <= seg.span.end;
        }
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
