#pragma once

#include "Claim.h"
#include "Diagnostic.h"
#include "LowConfidence.h"
#include "MeasuredClaim.h"
#include "Mention.h"
#include "OffsetMap.h"
#include "Quantity.h"
#include "Span.h"
#include "TimeValue.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fc {

// Where a metadata value came from, as the report contract names it.
enum class MetaSource { None, Dateline, Header, Meta, Inferred, User };
QString metaSourceCode(MetaSource s); // "", "dateline", "header", "meta", "inferred", "user"

struct ArticleMetadata
{
    QString title;
    MetaSource titleSource = MetaSource::None;
    QString outlet;
    MetaSource outletSource = MetaSource::None;
    QString datelinePlace;
    QString byline;
    MetaSource bylineSource = MetaSource::None; // Header for a byline line, Meta for HTML author
    QDate published;
    MetaSource publishedSource = MetaSource::None;
    QString language; // "id" or "en"
    double languageConfidence = 0;
};

struct Paragraph
{
    Span span;
    QString language;
    double languageConfidence = 0;
    bool body = true; // false for captions, bylines, "Baca Juga" blocks and other page furniture
};

struct Sentence
{
    Span span;
    int paragraph = 0;
};

enum class TokenKind { Word, Number, Date, Abbreviation, Punctuation, Symbol };

struct Token
{
    Span span;
    TokenKind kind = TokenKind::Word;
};

struct Article
{
    QString id;     // "d1", ... in input order
    QString source; // path or URL as given
    QString originalText;
    QString text;      // normalised text every offset refers to
    OffsetMap offsets; // text positions to originalText ones, so highlights land on what was received
    ArticleMetadata meta;
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences;
    QList<Token> tokens;
    bool truncated = false; // the body ends mid-word or without closing punctuation
    Span truncationSpan;
    QList<Diagnostic> diagnostics;
    // Words of an image's text that the recogniser was unsure of (below LowWordConfidence),
    // sorted; empty for every article not read from an image.
    QList<LowConfidenceWord> lowConfidence;
    QList<WordBox> wordBoxes; // every recognised word of an image's text, in text order

    QList<Mention> mentions; // sorted by span
    QList<TimeExpression> times;
    QList<Quantity> quantities;
    QList<Claim> claims;
    QList<MeasuredClaim> measured; // every value of every sentence with what it measures

    QStringView textOf(const Span &s) const { return QStringView(text).mid(s.start, s.length()); }
    int sentenceAt(qsizetype pos) const;
};

} // namespace fc
