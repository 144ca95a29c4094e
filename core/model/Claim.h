#pragma once

#include "Span.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

enum class Modality { Stated, Attributed, Alleged, Denied, Unconfirmed, Expected };
QString modalityCode(Modality m);

// A sentence-level statement of an event, with its arguments as indexes into the owning
// article's mentions, times and quantities (-1 when absent).
struct Claim
{
    Span span;         // the sentence
    QString predicate; // language-independent key: "sign", "ratify", "invade", "deploy", ...
    QString trigger;   // the word as written: "menandatangani"
    Span triggerSpan;
    QStringList agents;   // entity ids
    QStringList patients; // entity ids
    QStringList places;   // entity ids
    int time = -1;        // index into Article::times
    int quantity = -1;    // index into Article::quantities
    QString sourceEntity; // who says so (entity id), empty when the outlet itself states it
    QString sourceText;   // the source as written
    Modality modality = Modality::Stated;

    // Added for alignment: entity resolution runs after claim extraction, so the claim keeps
    // the mentions it was built from and the checks read their entity ids afterwards.
    QString family;           // predicate family used for alignment: "casualty" for die/kill
    QList<int> agentMentions; // indexes into Article::mentions
    QList<int> patientMentions;
    QList<int> placeMentions;
    int sourceMention = -1; // the PER/ORG/SOURCE mention naming who says so
    bool confirmed = false; // the sentence confirms it ("mengonfirmasi", "confirmed")
    bool revision = false;  // the sentence revises a figure ("direvisi", "revised to")
    bool body = true;       // false when the sentence is page furniture (caption, byline)
};

} // namespace fc
