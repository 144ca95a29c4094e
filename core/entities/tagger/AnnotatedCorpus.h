#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// One sentence of a token-per-line annotated corpus (CoNLL style: the token first, the BIO tag
// last, blank lines between sentences). Tags are already mapped to PER/ORG/LOC: "B-PER", "O".
struct AnnotatedSentence
{
    QStringList tokens;
    QStringList tags;
};

// A name of the gold standard, in UTF-16 offsets of the sentence's joined text.
struct AnnotatedSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString type; // PER, ORG or LOC
    bool operator==(const AnnotatedSpan &o) const { return start == o.start && end == o.end && type == o.type; }
};

// Reads a corpus file. typeMap maps the file's entity types to PER/ORG/LOC ("PERSON" -> "PER");
// types it lacks become O (NERP's events and foods). Fails with a message naming the file and
// the line when a line has no tag or a tag is no BIO tag.
bool readAnnotatedCorpus(const QString &path, const QHash<QString, QString> &typeMap, QList<AnnotatedSentence> *out,
                         QString *error);

// The sentence as text, its tokens joined by single spaces, and the gold names in it.
QString joinedText(const AnnotatedSentence &sentence, QList<AnnotatedSpan> *spans);

} // namespace fc
