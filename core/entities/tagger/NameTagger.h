#pragma once

#include "TaggerFeatures.h"
#include "TaggerModel.h"
#include "model/Mention.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fc {

struct NameRules;

// A name the tagger found: tokens [first, last) of the sentence.
struct TaggedName
{
    qsizetype first = 0;
    qsizetype last = 0;
    MentionType type = MentionType::Person;
};

// The trained name tagger of one language, when the project has one: the model file
// `<language>-ner.bin` among the bundled resources (resources/models), or in the folder named by
// the environment variable FACTCHECK_NER_MODELS when set. Which languages have a model is a
// matter of data, not code: a language without a file keeps to the rules.
class NameTagger
{
public:
    // The tagger for a language code, loaded on first use (once per process, thread-safe), or
    // nullptr when there is no model or it cannot be read (then a warning names the file).
    static const NameTagger *forLanguage(const QString &language);

    QList<TaggedName> tag(const QList<NameToken> &tokens, const TaggerContext &context) const;
    // Labels of one sentence, as the model gives them (for tests and the trainer's report).
    QList<TagLabel> labels(const QList<NameToken> &tokens, const TaggerContext &context) const;

    const TaggerModel &model() const { return m_model; }
    QString path() const { return m_path; }
    qint64 loadMicroseconds() const { return m_loadMicroseconds; }

    // The names in a label sequence (a stray I- label opens a name, as B- would).
    static QList<TaggedName> names(const QList<TagLabel> &labels);

private:
    TaggerModel m_model;
    QHash<QString, quint32> m_cues;     // the language's cue words (TaggerContext::cues)
    const NameRules *m_rules = nullptr; // the rules m_cues was built from
    QString m_path;
    qint64 m_loadMicroseconds = 0;
};

} // namespace fc
