#include "KnowledgeBase.h"

#include "text/TextSlice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

namespace fc {

QString KbEntry::wikidata() const
{
    if (id.size() > 1 && id.at(0) == u'Q' && id.at(1).isDigit())
        return id;
    return {};
}

const KnowledgeBase &KnowledgeBase::bundled()
{
    static const KnowledgeBase kb = [] {
        KnowledgeBase k;
        const QDir dir(QStringLiteral(":/factcheck/kb"));
        // Sorted by file name so that, when two files claim a name, the winner is stable.
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QString error;
            if (!k.loadFile(dir.filePath(name), &error))
                qWarning("%s", qPrintable(error));
        }
        return k;
    }();
    return kb;
}

static bool isAllCapitals(const QString &s)
{
    bool letter = false;
    for (const QChar c : s) {
        if (c.isLower())
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

namespace {

// The key's characters of `surface` written to dst (room for surface.size()), before Qt folds
// what lies beyond ASCII: the length written, and *ascii whether all of it was ASCII. With
// `lengths` (room for surface.size() + 1), lengths[p] is how much of the key the first p
// characters make: a space is written only before what follows it, so the key of each
// beginning of the surface is a beginning of the whole key.
qsizetype writeKey(QStringView surface, char16_t *dst, qsizetype *lengths, bool *ascii)
{
    qsizetype len = 0;
    bool space = false;
    *ascii = true;
    if (lengths)
        lengths[0] = 0;
    for (qsizetype p = 0; p < surface.size(); ++p) {
        const QChar c = surface[p];
        if (c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2011') {
            space = len > 0;
        } else {
            if (space) {
                dst[len++] = u' ';
                space = false;
            }
            const char16_t u = c == u'\u2019' ? u'\'' : c.unicode();
            *ascii = *ascii && u < 0x80;
            // ASCII folds to lower case; anything else is folded by Qt afterwards.
            dst[len++] = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
        }
        if (lengths)
            lengths[p + 1] = len;
    }
    return len;
}

} // namespace

QString KnowledgeBase::key(QStringView surface)
{
    // Written through a pointer into a buffer sized once: the recogniser asks for a key for
    // every capitalised span it tries, and appending one character at a time to a QString,
    // then case folding it into a second one, cost more than the hash lookup it prepares.
    QString out(surface.size(), Qt::Uninitialized);
    bool ascii = true;
    out.truncate(writeKey(surface, reinterpret_cast<char16_t *>(out.data()), nullptr, &ascii));
    return ascii ? out : out.toCaseFolded();
}

void KnowledgeBase::index(const QString &alias, qsizetype entry)
{
    if (alias.isEmpty())
        return;
    const QString k = key(alias);
    if (m_byAlias.contains(k))
        return; // the first claim wins: bundled files load in name order, the user file last
    m_byAlias.insert(k, entry);
    const QString first = k.section(u' ', 0, 0);
    m_firstWords.insert(first);
    // "Kab. Garut": the recogniser's token is "Kab", the dot comes after it.
    if (first.size() > 1 && first.endsWith(u'.'))
        m_firstWords.insert(first.chopped(1));
    if (isAllCapitals(alias) && alias.size() <= 6)
        m_exactCase.insert(k);
    m_maxWords = std::max<int>(m_maxWords, int(k.count(u' ')) + 1);
}

void KnowledgeBase::add(const KbEntry &entry)
{
    const qsizetype at = m_entries.size();
    m_entries.append(entry);
    if (!entry.id.isEmpty() && !m_byId.contains(entry.id))
        m_byId.insert(entry.id, at);
    index(entry.name, at);
    index(entry.nameId, at);
    for (const auto &alias : entry.aliases)
        index(alias, at);
    if (entry.type == MentionType::Person) {
        const QStringList words = key(entry.name).split(u' ');
        m_personNameWords.append(words);
        if (words.size() > 1) {
            m_personEdgeWords.insert(words.first());
            m_personEdgeWords.insert(words.last());
        }
    }
}

bool KnowledgeBase::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("fc::KnowledgeBase", "%1: cannot read the knowledge base file: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), path, error);
}

bool KnowledgeBase::loadJson(const QByteArray &json, const QString &origin, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = origin + QLatin1String(": ") + reason;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("fc::KnowledgeBase", "not valid JSON at byte %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonValue entries = doc.object().value(QLatin1String("entries"));
    if (!doc.isObject() || !entries.isArray())
        return fail(QCoreApplication::translate("fc::KnowledgeBase", "expected an object with an \"entries\" array"));
    QList<KbEntry> parsed;
    const QJsonArray array = entries.toArray();
    parsed.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        KbEntry e;
        e.id = o.value(QLatin1String("id")).toString();
        e.name = o.value(QLatin1String("name")).toString();
        e.nameId = o.value(QLatin1String("name_id")).toString();
        e.kind = o.value(QLatin1String("kind")).toString();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!mentionTypeFromCode(type, &e.type)
            || (e.type != MentionType::Person && e.type != MentionType::Organisation
                && e.type != MentionType::Location))
            return fail(
                QCoreApplication::translate("fc::KnowledgeBase", "entry %1: type must be PER, ORG or LOC, not \"%2\"")
                    .arg(i + 1)
                    .arg(type));
        if (e.id.isEmpty() || e.name.isEmpty())
            return fail(QCoreApplication::translate("fc::KnowledgeBase", "entry %1: \"id\" and \"name\" are required")
                            .arg(i + 1));
        for (const QJsonValue v : o.value(QLatin1String("aliases")).toArray())
            e.aliases.append(v.toString());
        parsed.append(std::move(e));
    }
    m_entries.reserve(m_entries.size() + parsed.size());
    for (const KbEntry &e : std::as_const(parsed))
        add(e);
    return true;
}

// A view, not a string: the recogniser asks for every span it tries, mostly for nothing.
const KbEntry *KnowledgeBase::find(QStringView surface) const
{
    const QString k = key(surface);
    const auto it = m_byAlias.constFind(k);
    if (it == m_byAlias.cend())
        return nullptr;
    // An all-capital alias ("AS", "US") found through a surface with lower-case letters.
    if (m_exactCase.contains(k) && surface.toString().toUpper() != surface)
        return nullptr;
    return &m_entries.at(*it);
}

const KbEntry *KnowledgeBase::findLongest(QStringView text, const QList<qsizetype> &ends, qsizetype *which) const
{
    if (ends.isEmpty())
        return nullptr;
    const QStringView longest = text.left(ends.last());
    // One key for the longest span; each shorter span's key is its beginning (writeKey), as
    // long as it is all ASCII (Qt's case folding beyond ASCII need not keep lengths).
    QString full(longest.size(), Qt::Uninitialized);
    QVarLengthArray<qsizetype, 256> keyLength(longest.size() + 1);
    bool ascii = true;
    writeKey(longest, reinterpret_cast<char16_t *>(full.data()), keyLength.data(), &ascii);
    for (qsizetype k = ends.size() - 1; k >= 0; --k) {
        const QStringView surface = text.left(ends.at(k));
        const KbEntry *e = nullptr;
        if (ascii) {
            const QString spanKey = textSlice(full, 0, keyLength[ends.at(k)]);
            const auto it = m_byAlias.constFind(spanKey);
            if (it != m_byAlias.cend() && !(m_exactCase.contains(spanKey) && surface.toString().toUpper() != surface))
                e = &m_entries.at(*it);
        } else {
            e = find(surface);
        }
        if (e) {
            *which = k;
            return e;
        }
    }
    return nullptr;
}

const KbEntry *KnowledgeBase::findById(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace fc
