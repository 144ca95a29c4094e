#include "ArticleValidation.h"

namespace fc::project {

namespace {

template<typename E> bool inEnum(E value, E last)
{
    return int(value) >= 0 && int(value) <= int(last);
}

bool inText(const Span &s, qsizetype size)
{
    return s.start >= 0 && s.start <= s.end && s.end <= size;
}

bool index(int i, qsizetype size, bool noneAllowed)
{
    return (noneAllowed && i == -1) || (i >= 0 && i < size);
}

bool indexes(const QList<int> &list, qsizetype size)
{
    for (int i : list)
        if (!index(i, size, false))
            return false;
    return true;
}

} // namespace

QString articleInconsistency(const Article &a)
{
    const qsizetype size = a.text.size();
    const OffsetMap &map = a.offsets;
    if (!map.isEmpty() && map.size() != size + 1)
        return QStringLiteral("offset map of %1 entries for a text of %2").arg(map.size()).arg(size);
    if (const qsizetype bad = map.firstInvalidEntry(a.originalText.size()); bad >= 0)
        return QStringLiteral("offset map entry %1 out of order or outside the original text").arg(bad);
    const ArticleMetadata &m = a.meta;
    for (MetaSource s : {m.titleSource, m.outletSource, m.bylineSource, m.publishedSource})
        if (!inEnum(s, MetaSource::User))
            return QStringLiteral("unknown metadata source %1").arg(int(s));
    if (a.truncated && !inText(a.truncationSpan, size))
        return QStringLiteral("truncation span outside the text");

    for (const Paragraph &p : a.paragraphs)
        if (!inText(p.span, size))
            return QStringLiteral("paragraph outside the text");
    for (const Sentence &s : a.sentences)
        if (!inText(s.span, size) || !index(s.paragraph, a.paragraphs.size(), false))
            return QStringLiteral("sentence outside the text or its paragraphs");
    for (const Token &t : a.tokens)
        if (!inText(t.span, size) || !inEnum(t.kind, TokenKind::Symbol))
            return QStringLiteral("token outside the text or of an unknown kind");
    for (const Diagnostic &d : a.diagnostics)
        if (!inEnum(d.severity, Diagnostic::Severity::Error))
            return QStringLiteral("diagnostic of an unknown severity");
    for (qsizetype i = 0; i < a.mentions.size(); ++i) {
        const Mention &x = a.mentions.at(i);
        if (!inText(x.span, size) || !inEnum(x.type, MentionType::Source))
            return QStringLiteral("mention %1 outside the text or of an unknown type").arg(i);
        if (i > 0 && x.span.start < a.mentions.at(i - 1).span.start)
            return QStringLiteral("mentions out of order"); // the model keeps them sorted by start
    }
    for (const TimeExpression &t : a.times) {
        if (!inText(t.span, size) || !inEnum(t.value.granularity, Granularity::Minute))
            return QStringLiteral("time expression outside the text or of an unknown granularity");
        if (t.statedWeekday && (*t.statedWeekday < 1 || *t.statedWeekday > 7))
            return QStringLiteral("time expression with an unknown weekday");
    }
    for (const Quantity &q : a.quantities)
        if (!inText(q.span, size) || !inEnum(q.approximation, Approximation::Almost))
            return QStringLiteral("quantity outside the text or of an unknown approximation");
    for (const Claim &c : a.claims) {
        if (!inText(c.span, size) || !inText(c.triggerSpan, size) || !inEnum(c.modality, Modality::Expected))
            return QStringLiteral("claim outside the text or of an unknown modality");
        if (!index(c.time, a.times.size(), true) || !index(c.quantity, a.quantities.size(), true)
            || !index(c.sourceMention, a.mentions.size(), true) || !indexes(c.agentMentions, a.mentions.size())
            || !indexes(c.patientMentions, a.mentions.size()) || !indexes(c.placeMentions, a.mentions.size()))
            return QStringLiteral("claim refers to a time, quantity or mention the article does not have");
    }
    for (const MeasuredClaim &c : a.measured) {
        if (!inText(c.span, size) || !inText(c.valueSpan, size) || !inEnum(c.kind, ValueKind::Duration))
            return QStringLiteral("measured claim outside the text or of an unknown kind");
        if (!index(c.time, a.times.size(), true) || !index(c.quantity, a.quantities.size(), true)
            || !index(c.period, a.times.size(), true) || !indexes(c.entityMentions, a.mentions.size())
            || !indexes(c.placeMentions, a.mentions.size()))
            return QStringLiteral("measured claim refers to a time, quantity or mention the article does not have");
    }
    for (qsizetype i = 0; i < a.lowConfidence.size(); ++i) {
        const LowConfidenceWord &w = a.lowConfidence.at(i);
        if (!inText(w.span, size) || w.confidence < 0 || w.confidence > 100)
            return QStringLiteral("low-confidence word %1 outside the text or its confidence outside 0-100").arg(i);
        // The lookups binary-search them: sorted and apart, as the loader makes them.
        if (i > 0 && w.span.start < a.lowConfidence.at(i - 1).span.end)
            return QStringLiteral("low-confidence words out of order or overlapping");
    }
    for (const WordBox &b : a.wordBoxes)
        if (!inText(b.span, size) || b.page < 0)
            return QStringLiteral("recognised word box outside the text or on a page before the first");
    return {};
}

} // namespace fc::project
