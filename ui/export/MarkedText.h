#pragma once

#include "model/Report.h"

#include <QList>
#include <QString>

namespace fc {

// A place in an article a report links to: a finding's evidence or a timeline event.
struct TextAnchor
{
    Span span;
    QString id; // unique in the report: "ev-f1-1", "tl-3"
    bool evidence = false;
};

// One stretch of an article's text with everything that covers it. Mentions may nest or
// overlap; cutting the text at every boundary lets each writer mark any overlap the same way.
struct TextSegment
{
    Span span;
    const Mention *mention = nullptr;  // the innermost mention covering the segment
    bool mentionStart = false;         // the segment is where that mention begins
    bool mentionEnd = false;           // ... and where it ends
    QList<const Mention *> endingHere; // every mention ending with this segment, outermost last
    bool inEvidence = false;
    QStringList anchorsHere; // anchor ids starting at this segment
    // The recogniser's confidence (0-100) when the segment is a word of a screenshot read with
    // little confidence (Article::lowConfidence), else -1.
    int lowConfidence = -1;
    bool lowConfidenceEnd = false; // ... and the segment is where that word ends
};

// The anchors (evidence spans and timeline events) of every article, in report order.
QList<TextAnchor> anchorsOf(const Report &report, const QString &doc);

// The anchor id of a finding's evidence item and of a timeline event.
QString evidenceAnchorId(const Finding &finding, qsizetype evidenceIndex);
QString timelineAnchorId(qsizetype eventIndex);

// Cuts the article's text at every mention and anchor boundary, and at the ends of its
// low-confidence words.
QList<TextSegment> segmentArticle(const Article &article, const QList<TextAnchor> &anchors);

// The mentions a flat markup (Markdown) can show: the outermost of any overlapping group, in
// text order. Indexes into article.mentions.
QList<qsizetype> outermostMentions(const Article &article);

} // namespace fc
