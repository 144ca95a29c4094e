#include "NameTagger.h"

#include "TaggerDecoder.h"
#include "entities/NameRules.h"
#include "lang/Language.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <memory>

Q_LOGGING_CATEGORY(lcTagger, "factcheck.tagger", QtInfoMsg)

namespace fc {

const NameTagger *NameTagger::forLanguage(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<NameTagger>> loaded; // nullptr: no model for it
    const LanguageRules *rules = languageRules(language);
    if (!rules || rules->taggerModel.isEmpty())
        return nullptr;
    QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(language); it != loaded.cend())
        return it->get();
    const QString dir = qEnvironmentVariable("FACTCHECK_NER_MODELS");
    const QString path =
        (dir.isEmpty() ? QStringLiteral(":/factcheck/models") : dir) + QLatin1Char('/') + rules->taggerModel;
    std::shared_ptr<NameTagger> tagger;
    if (QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto t = std::make_shared<NameTagger>();
        QString error;
        if (t->m_model.loadFile(path, &error)) {
            t->m_path = path;
            t->m_rules = &nameRules(language);
            t->m_cues = cueTable(*t->m_rules);
            t->m_loadMicroseconds = timer.nsecsElapsed() / 1000;
            qCDebug(lcTagger, "%s: %lld features, loaded in %lld us", qPrintable(path),
                    qlonglong(t->m_model.featureCount()), qlonglong(t->m_loadMicroseconds));
            tagger = t;
        } else {
            qCWarning(lcTagger, "%s", qPrintable(error));
        }
    }
    loaded.insert(language, tagger);
    return tagger.get();
}

QList<TagLabel> NameTagger::labels(const QList<NameToken> &tokens, const TaggerContext &context) const
{
    SentenceFeatures features;
    TaggerContext withCues = context;
    if (context.rules == m_rules && !context.cues)
        withCues.cues = &m_cues; // the same rules, read from one table
    extractFeatures(tokens, withCues, &features);
    return decodeSentence(m_model, features);
}

QList<TaggedName> NameTagger::names(const QList<TagLabel> &labels)
{
    QList<TaggedName> out;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int l = int(labels.at(i));
        if (l == 0)
            continue;
        const int base = (l % 2 == 1) ? l : l - 1; // the B- label of the type
        qsizetype j = i + 1;
        while (j < labels.size() && int(labels.at(j)) == base + 1)
            ++j;
        const MentionType type = base == 1 ? MentionType::Person
            : base == 3                    ? MentionType::Organisation
                                           : MentionType::Location;
        out.append({i, j, type});
        i = j - 1;
    }
    return out;
}

QList<TaggedName> NameTagger::tag(const QList<NameToken> &tokens, const TaggerContext &context) const
{
    return names(labels(tokens, context));
}

} // namespace fc
