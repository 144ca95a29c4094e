#include "Checkers.h"
#include "FindingText.h"

#include "entities/KnowledgeBase.h"
#include "lang/Language.h"

#include <QMap>

#include <algorithm>

namespace fc {

namespace {

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

bool closeToken(const QString &a, const QString &b)
{
    const int d = editDistance(a, b);
    const qsizetype shorter = std::min(a.size(), b.size());
    return d > 0 && shorter >= 3 && d <= (shorter <= 5 ? 1 : 2);
}

} // namespace

// Is `variant` a misspelling of `reference`, rather than a short form ("Kim" for "Kim Jong
// Un"), an acronym or a case difference? Token by token: every token equal (ignoring case)
// or one or two letters apart, at least one apart. A shorter variant is matched against the
// run of reference tokens it best fits ("Zelenskyy" against "Volodymyr Zelensky").
bool isSpellingVariant(const QString &variant, const QString &reference)
{
    const QStringList v = variant.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList r = reference.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (v.isEmpty() || r.isEmpty() || v.size() > r.size())
        return false;
    for (qsizetype offset = 0; offset + v.size() <= r.size(); ++offset) {
        bool ok = true, differs = false;
        for (qsizetype k = 0; k < v.size() && ok; ++k) {
            if (v[k] == r[offset + k])
                continue;
            if (closeToken(v[k], r[offset + k]))
                differs = true;
            else
                ok = false;
        }
        if (ok && differs)
            return true;
    }
    return false;
}

// One entity spelled differently across the articles. Place and organisation names are only
// compared within one language ("Rusia" and "Russia" are both right); people's names across all.
QList<Finding> NameVariantChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const Report &report = context.report();
    struct Seen
    {
        int article;
        int mention;
    };
    // entity id -> spelling -> mentions
    QMap<QString, QMap<QString, QList<Seen>>> spellings;
    for (int ai = 0; ai < report.articles.size(); ++ai) {
        const Article &a = report.articles.at(ai);
        for (int mi = 0; mi < a.mentions.size(); ++mi) {
            const Mention &m = a.mentions.at(mi);
            if (m.entityId.isEmpty()
                || !(m.type == MentionType::Person || m.type == MentionType::Organisation
                     || m.type == MentionType::Location))
                continue;
            spellings[m.entityId][m.text.simplified()].append({ai, mi});
        }
    }
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        const Entity *entity = report.entity(it.key());
        const auto &bySpelling = *it;
        const bool person = entity ? entity->type == MentionType::Person
                                   : report.articles.at(bySpelling.first().first().article)
                                         .mentions.at(bySpelling.first().first().mention)
                                         .type
                == MentionType::Person;
        // The reference spelling: the knowledge base's name (with or without a Wikidata id),
        // else the most used (then first).
        QString reference;
        bool fromKb = false;
        // Entries without a Wikidata id ("fc:antony-blinken") leave `kb` empty: look them up.
        const KbEntry *entry = entity && entity->kb.isEmpty() && !entity->name.isEmpty()
            ? KnowledgeBase::bundled().find(entity->name)
            : nullptr;
        if (entry && (entry->type != entity->type || !entry->wikidata().isEmpty()))
            entry = nullptr;
        if (entity && !entity->kb.isEmpty() && !entity->name.isEmpty()) {
            reference = entity->name;
            fromKb = true;
        } else if (entry) {
            const Seen &first = bySpelling.first().first();
            const bool local = !isContractLanguage(report.articles.at(first.article).meta.language);
            reference = entity->name.compare(entry->name, Qt::CaseInsensitive) == 0
                    || entity->name.compare(entry->nameId, Qt::CaseInsensitive) == 0
                ? entity->name
                : (local && !entry->nameId.isEmpty() ? entry->nameId : entry->name);
            fromKb = true;
        }
        // One spelling is a finding only when it is a person's name the knowledge base spells
        // otherwise ("Anthony Blinken" for "Antony Blinken").
        if (bySpelling.size() < 2 && !(fromKb && person))
            continue;
        if (!fromKb) {
            qsizetype best = -1;
            for (auto s = bySpelling.cbegin(); s != bySpelling.cend(); ++s) {
                // Prefer full names: a surname alone is not the spelling to follow.
                const qsizetype weight = s->size() * 10 + s.key().count(QLatin1Char(' '));
                if (weight > best) {
                    best = weight;
                    reference = s.key();
                }
            }
        }
        QStringList variants;
        QList<Seen> variantMentions;
        for (auto s = bySpelling.cbegin(); s != bySpelling.cend(); ++s) {
            if (s.key().compare(reference, Qt::CaseInsensitive) == 0 || !isSpellingVariant(s.key(), reference))
                continue;
            QList<Seen> kept;
            for (const Seen &seen : *s) {
                const QString lang = report.articles.at(seen.article).meta.language;
                bool sameLanguageReference = person;
                if (!person) {
                    for (auto r = bySpelling.cbegin(); r != bySpelling.cend() && !sameLanguageReference; ++r)
                        if (r.key().compare(reference, Qt::CaseInsensitive) == 0)
                            for (const Seen &rs : *r)
                                sameLanguageReference =
                                    sameLanguageReference || report.articles.at(rs.article).meta.language == lang;
                }
                if (sameLanguageReference)
                    kept.append(seen);
            }
            if (kept.isEmpty())
                continue;
            variants.append(s.key());
            variantMentions += kept;
        }
        if (variants.isEmpty())
            continue;
        Finding f;
        f.kind = kind();
        f.severity = Severity::Low;
        for (const Seen &seen : std::as_const(variantMentions)) {
            const Article &a = report.articles.at(seen.article);
            f.evidence.append(
                evidenceAt(a, a.mentions.at(seen.mention).span, a.mentions.at(seen.mention).text.simplified()));
        }
        // The reference spelling as it appears, first mention per article.
        for (auto s = bySpelling.cbegin(); s != bySpelling.cend(); ++s) {
            if (s.key().compare(reference, Qt::CaseInsensitive) != 0)
                continue;
            QList<int> articlesSeen;
            for (const Seen &seen : *s) {
                if (articlesSeen.contains(seen.article))
                    continue;
                articlesSeen.append(seen.article);
                const Article &a = report.articles.at(seen.article);
                f.evidence.append(evidenceAt(a, a.mentions.at(seen.mention).span, s.key()));
            }
        }
        variants.sort();
        QStringList shown;
        for (const QString &v : std::as_const(variants))
            shown.append(QLatin1Char('"') + v + QLatin1Char('"'));
        const QString quotedReference = QLatin1Char('"') + reference + QLatin1Char('"');
        const QString name = fromKb ? reference : entity && !entity->name.isEmpty() ? entity->name : reference;
        bool referenceUsed = false;
        for (auto sp = bySpelling.cbegin(); sp != bySpelling.cend(); ++sp)
            referenceUsed = referenceUsed || sp.key().compare(reference, Qt::CaseInsensitive) == 0;
        const FindingTextId text = !fromKb ? FindingTextId::NameVariantMajority
            : referenceUsed                ? FindingTextId::NameVariantKb
                                           : FindingTextId::NameVariantKbOnly;
        const auto s = findingSummary(text, {name, shown.join(QLatin1String(", ")), quotedReference},
                                      {name, shown.join(QLatin1String(", ")), quotedReference});
        f.summary = s.en;
        f.summaryId = s.id;
        f.values = QStringList{reference} + variants;
        f.key = f.kind + QLatin1Char('|')
            + (entity && !entity->kb.isEmpty() ? entity->kb
                   : entry                     ? entry->id
                                               : reference.toLower())
            + QLatin1Char('|') + variants.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
