#include "MentionRecogniser.h"

#include "FoundName.h"
#include "NameRules.h"
#include "NameSimilarity.h"
#include "NameTokens.h"
#include "lang/LanguageIdentifier.h"
#include "tagger/NameTagger.h"
#include "tagger/TaggerMerge.h"
#include "text/StringPool.h"
#include "text/TextSlice.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

bool isSentenceDash(const NameToken &t)
{
    return !t.word && (t.text == u"\u2013" || t.text == u"\u2014" || t.text == u"-");
}

// Recognises names in one sentence at a time; remembers across sentences which single words
// are known to be (parts of) person names, so a sentence-initial "Kim" can be told from "Namun".
class Recogniser
{
public:
    Recogniser(Article &article, const KnowledgeBase &kb, const NameRules &rules)
        : knownPeople(kb.personNameWords())
        , kbPersonWords(kb.personEdgeWords())
        , m_article(article)
        , m_kb(kb)
        , m_rules(rules)
        // Made once with the rules (this ran for every article): only rules made elsewhere
        // without them need them made here.
        , m_holidayFirstWords(rules.holidayFirstWords.isEmpty() ? holidayFirstWords(rules.holidays)
                                                                : rules.holidayFirstWords)
    {
    }

    void run(qsizetype start, qsizetype end, bool secondPass);

    QSet<QString> personWords;
    const QList<QStringList> &knownPeople; // the knowledge base's people, as case-folded words
    const QSet<QString> &kbPersonWords;    // their first and last words ("putin", "xi")
    const NameTagger *tagger = nullptr;    // the language's trained tagger, when it has one

private:
    using Found = FoundName;

    const NameToken &tok(qsizetype i) const { return m_tokens.at(i); }
    bool valid(qsizetype i) const { return i >= 0 && i < m_tokens.size(); }
    bool isCapWord(qsizetype i) const { return valid(i) && tok(i).word && tok(i).capitalised; }
    bool isNotName(qsizetype i) const { return m_rules.notNames.contains(tok(i).lower); }
    bool isCompassWord(const QString &lower) const { return m_rules.compassWords.contains(lower); }
    // A compass or centre word closing a place: "Jakarta Selatan", "Jakarta Pusat".
    bool closesPlace(const QString &lower) const { return isCompassWord(lower) || m_rules.centreWords.contains(lower); }
    bool isOf(qsizetype i) const { return valid(i) && m_rules.ofWords.contains(tok(i).lower); }
    bool isDemonym(const QString &lower, bool afterCompass) const;
    bool isPossessive(qsizetype i) const
    {
        return valid(i) && !tok(i).word && tok(i).text.size() == 2 && tok(i).lower.at(1) == u's';
    }
    qsizetype holidayEnd(qsizetype i) const;
    bool adjacent(qsizetype a, qsizetype b) const; // only spaces between tokens a and b
    QStringView textOf(qsizetype first, qsizetype last) const;

    const KbEntry *kbMatch(qsizetype i, qsizetype *end) const;
    qsizetype extendChunk(qsizetype i) const;
    bool commaListJoined(qsizetype comma) const; // the list after this comma ends in a connector
    qsizetype parseTitle(qsizetype i);
    qsizetype parseComplement(qsizetype j);
    void classifyChunk(qsizetype i, qsizetype j, bool forcePerson);
    qsizetype knownPersonAt(qsizetype i) const;
    QString shortName(const Found &f) const;
    // rule: the name of the rule that found it, "name.<what>" (docs/rule-names.md).
    void addFound(qsizetype first, qsizetype last, MentionType type, const char *rule, const KbEntry *entry = nullptr);
    void nestedKbMatches(qsizetype first, qsizetype last);
    void lowerCaseTitles();
    void parentheses();
    void sources();
    void emit();

    Article &m_article;
    const KnowledgeBase &m_kb;
    const NameRules &m_rules;
    QSet<QString> m_holidayFirstWords; // a cheap test before holidayEnd() builds phrases
    QList<NameToken> m_tokens;
    QList<Found> m_found;
    qsizetype m_firstWord = 0;
    bool m_secondPass = false;
    bool m_titleCase = false;
};

bool Recogniser::adjacent(qsizetype a, qsizetype b) const
{
    for (qsizetype p = tok(a).end; p < tok(b).start; ++p) {
        if (!m_article.text.at(p).isSpace())
            return false;
    }
    return true;
}

// "Chinese", "Indonesian"; after a compass word also "North African": a people, not a place.
bool Recogniser::isDemonym(const QString &lower, bool afterCompass) const
{
    const auto endsWithAny = [&](const QStringList &endings) {
        return std::any_of(endings.cbegin(), endings.cend(), [&](const QString &e) { return lower.endsWith(e); });
    };
    return endsWithAny(m_rules.demonymEndings) || (afterCompass && endsWithAny(m_rules.compassDemonymEndings));
}

QStringView Recogniser::textOf(qsizetype first, qsizetype last) const
{
    return QStringView(m_article.text).mid(tok(first).start, tok(last - 1).end - tok(first).start);
}

// The longest knowledge-base name starting at token i that begins with a capital.
const KbEntry *Recogniser::kbMatch(qsizetype i, qsizetype *end) const
{
    if (!isCapWord(i) || !m_kb.startsName(tok(i).text))
        return nullptr;
    const int maxWords = m_kb.maxAliasWords();
    qsizetype last = i;
    QList<qsizetype> candidates;
    int words = 0;
    for (qsizetype j = i; j < m_tokens.size() && words < maxWords; ++j) {
        if (tok(j).word) {
            ++words;
            candidates.append(j + 1);
        } else if (tok(j).text != u"," && tok(j).text != u"." && tok(j).text != u"'" && !isPossessive(j)) {
            break;
        }
        last = j;
    }
    Q_UNUSED(last)
    if (candidates.isEmpty())
        return nullptr;
    QList<qsizetype> ends;
    ends.reserve(candidates.size());
    for (const qsizetype j : std::as_const(candidates))
        ends.append(tok(j - 1).end - tok(i).start);
    qsizetype which = -1;
    const KbEntry *e = m_kb.findLongest(textOf(i, candidates.last()), ends, &which);
    if (e)
        *end = candidates.at(which);
    return e;
}

// How a title names its organisation or place: the acronym, else the Indonesian name.
QString Recogniser::shortName(const Found &f) const
{
    if (!f.entry)
        return textOf(f.first, f.last).toString();
    for (const QString &alias : f.entry->aliases) {
        if (alias.size() <= 6 && alias.toUpper() == alias)
            return alias;
    }
    return f.entry->nameId.isEmpty() ? f.entry->name : f.entry->nameId;
}

// In a headline: a known person's name, or a near spelling of one ("Xi Jinpin"), at token i.
qsizetype Recogniser::knownPersonAt(qsizetype i) const
{
    for (qsizetype n = 3; n >= 2; --n) {
        if (!valid(i + n - 1))
            continue;
        QStringList words;
        for (qsizetype k = i; k < i + n; ++k) {
            if (!isCapWord(k) || (k > i && !adjacent(k - 1, k)))
                break;
            words.append(KnowledgeBase::key(tok(k).text));
        }
        if (words.size() != n)
            continue;
        for (const QStringList &known : std::as_const(knownPeople)) {
            if (known == words || isSpellingVariant(known, words))
                return i + n;
        }
    }
    return i;
}

// The end of a feast or holiday's name at token i ("Idul Fitri", "Hari Raya Nyepi",
// "New Year's Eve"), else i.
qsizetype Recogniser::holidayEnd(qsizetype i) const
{
    if (!isCapWord(i) || !m_holidayFirstWords.contains(tok(i).lower))
        return i;
    QString phrase;
    qsizetype best = i;
    int words = 0;
    for (qsizetype k = i; valid(k) && words < m_rules.maxHolidayWords; ++k) {
        if (k > i && !adjacent(k - 1, k) && !isPossessive(k))
            break;
        if (tok(k).word) {
            phrase += (k > i ? QStringLiteral(" ") : QString()) + tok(k).lower;
            ++words;
        } else if (isPossessive(k)) {
            phrase += QStringLiteral("'s");
        } else {
            break;
        }
        if (m_rules.holidays.contains(phrase))
            best = k + 1;
    }
    return best;
}

// A name is never longer than this many tokens (the longest organisation names, with their
// commas and connectors, have about a dozen). Callers ask for the chunk at every word of a run
// of capitalised words, so without the bound a run of n words cost n^2.
constexpr qsizetype MaxChunkTokens = 24;

bool Recogniser::commaListJoined(qsizetype comma) const
{
    for (qsizetype k = comma + 1; valid(k) && k - comma < MaxChunkTokens; ++k) {
        if (m_rules.connectors.contains(tok(k).lower))
            return true;
        if (!(tok(k).text == u"," || isCapWord(k)))
            return false;
    }
    return false;
}

qsizetype Recogniser::extendChunk(qsizetype i) const
{
    const bool orgLike = m_rules.orgHeads.contains(tok(i).lower);
    qsizetype j = i + 1;
    // "Sea of Japan", "Gulf of Thailand", "Bay of Bengal": one place.
    if (m_rules.placeOfHeads.contains(tok(i).lower) && valid(j + 1) && isOf(j) && isCapWord(j + 1) && adjacent(i, j)
        && adjacent(j, j + 1) && !isNotName(j + 1))
        j += 2;
    while (j < m_tokens.size() && j - i < MaxChunkTokens) {
        if (holidayEnd(j) > j)
            break; // "Perayaan Natal": the feast is no part of a name
        // "Attorney General's Office": a possessive inside an organisation's name.
        if (isPossessive(j) && isCapWord(j + 1) && adjacent(j, j + 1) && m_rules.orgTails.contains(tok(j + 1).lower)
            && !m_kb.find(textOf(i, j))) {
            j += 2;
            continue;
        }
        if (isCapWord(j) && adjacent(j - 1, j) && (!isNotName(j) || isCompassWord(tok(j).lower))) {
            // A sentence's first word before a known name: "Delegasi Indonesia", "Warga Desa".
            qsizetype kbEnd = 0;
            if (j == i + 1 && i == m_firstWord && !personWords.contains(tok(i).lower) && !orgLike
                && !m_rules.locHeads.contains(tok(i).lower)
                && (kbMatch(j, &kbEnd) || m_rules.locHeads.contains(tok(j).lower)
                    || m_rules.orgHeads.contains(tok(j).lower)))
                break;
            // "Presiden Rusia Vladimir Putin": a title word ends a name, unless it is also a
            // personal name standing in a name ("Lukman Hakim").
            if (m_rules.roleHeads.contains(tok(j).lower) && !orgLike && !m_rules.nameLikeRoles.contains(tok(j).lower))
                break;
            // "Dinas Pariwisata Bali Tjok ...": a place ends an organisation's name.
            qsizetype placeEnd = 0;
            const KbEntry *place = orgLike ? kbMatch(j, &placeEnd) : nullptr;
            if (place && place->type == MentionType::Location) {
                j = placeEnd;
                if (isCapWord(j) && isCompassWord(tok(j).lower))
                    ++j;
                break;
            }
            ++j;
            continue;
        }
        if (tok(j).word && m_rules.particles.contains(tok(j).lower) && !orgLike) {
            qsizetype k = j;
            while (valid(k) && tok(k).word && m_rules.particles.contains(tok(k).lower))
                ++k; // "von der Leyen"
            if (isCapWord(k)) {
                j = k + 1;
                continue;
            }
        }
        // "Badan Meteorologi, Klimatologi, dan Geofisika", "Ministry of Foreign Affairs". A comma
        // goes on only into a list that a connector closes: "Rumah Sakit Harapan Sehat, Cempaka
        // Putih, Jakarta Pusat" is a name and its address, "Sekolah Menengah Atas Negeri Cibeber,
        // Rina Marlina pindah" a name and the next clause's subject (examples/names.tsv).
        if (orgLike && ((tok(j).text == u"," && commaListJoined(j)) || m_rules.connectors.contains(tok(j).lower))) {
            qsizetype k = j + 1;
            if (valid(k) && m_rules.connectors.contains(tok(k).lower))
                ++k;
            if (isCapWord(k) && !isNotName(k)) {
                j = k + 1;
                continue;
            }
        }
        break;
    }
    return j;
}

void Recogniser::addFound(qsizetype first, qsizetype last, MentionType type, const char *rule, const KbEntry *entry)
{
    Found f;
    f.first = first;
    f.last = last;
    f.type = type;
    f.entry = entry;
    f.rule = rule;
    m_found.append(f);
    if (type == MentionType::Person && last - first > 1) {
        for (qsizetype k = first; k < last; ++k) {
            if (tok(k).capitalised)
                personWords.insert(tok(k).lower);
        }
    }
}

void Recogniser::nestedKbMatches(qsizetype first, qsizetype last)
{
    for (qsizetype k = first + 1; k < last; ++k) {
        qsizetype end = 0;
        const KbEntry *e = kbMatch(k, &end);
        if (e && end <= last) {
            addFound(k, end, e->type, "name.kb", e);
            k = end - 1;
        }
    }
}

// What a title is the title of: "Rusia", "BPBD Garut", "Badan ... (BPBD) Garut", "AS".
qsizetype Recogniser::parseComplement(qsizetype j)
{
    if (!isCapWord(j) || !adjacent(j - 1, j))
        return j;
    qsizetype end = 0;
    const KbEntry *e = kbMatch(j, &end);
    if (e && e->type == MentionType::Location && isCapWord(end) && adjacent(end - 1, end)
        && closesPlace(tok(end).lower)) {
        addFound(j, end + 1, MentionType::Location, "name.kb-compass"); // "Kapolres Jakarta Pusat ..."
        ++end;
    } else if (e && e->type != MentionType::Person) {
        addFound(j, end, e->type, "name.kb", e);
    } else if (e) {
        return j; // "Presiden Zelenskyy": the person, not what the title is of
    } else if (tok(j).allCaps && tok(j).lower.size() >= 2 && !isNotName(j)
               && !m_rules.orgHeads.contains(tok(j).lower)) {
        end = j + 1;
        addFound(j, end, MentionType::Organisation, "name.acronym");
    } else if (m_rules.orgHeads.contains(tok(j).lower)) {
        // "PT Cahaya Bumi Sejahtera Rudi Hartanto" (made up): an organisation word, even in capitals.
        end = extendChunk(j);
        // "Ketua Partai Tani Ahmad Fauzi" (made up): after a title an unknown organisation is followed
        // by the person; stop at its acronym, else leave the last two words to the person.
        for (qsizetype k = j + 1; k < end; ++k) {
            if (tok(k).allCaps && tok(k).lower.size() >= 2 && k + 1 < end && !m_kb.find(tok(k + 1).text)) {
                end = k + 1;
                break;
            }
        }
        // Not when the name goes on with "(ACRONYM)" or its last words are joined by "dan":
        // "Kantor Pencarian dan Pertolongan (Basarnas) Ambon" (a row of core/lang/id/examples/names.tsv)
        // is all organisation.
        const bool acronymFollows = valid(end) && tok(end).text == u"(";
        const bool joined = end - j >= 4
            && (m_rules.connectors.contains(tok(end - 2).lower) || m_rules.connectors.contains(tok(end - 3).lower));
        if (end - j >= 4 && !acronymFollows && !joined && !m_kb.find(tok(end - 1).text)
            && !m_rules.locHeads.contains(tok(end - 2).lower) && !m_rules.orgHeads.contains(tok(end - 2).lower)
            && !m_kb.find(tok(end - 2).text) && (!valid(end) || !tok(end).word || !tok(end).capitalised))
            end -= 2;
        addFound(j, end, MentionType::Organisation, "name.org-head");
        nestedKbMatches(j, end);
    } else {
        return j;
    }
    // "(BPBD)" after the organisation, then the region it serves: "BPBD Garut".
    if (valid(end + 2) && tok(end).text == u"(" && tok(end + 2).text == u")" && tok(end + 1).word)
        end += 3;
    qsizetype placeEnd = 0;
    const KbEntry *place = kbMatch(end, &placeEnd);
    if (place && place->type == MentionType::Location && adjacent(end - 1, end)) {
        addFound(end, placeEnd, place->type, "name.kb", place);
        end = placeEnd;
    } else if (isCapWord(end) && adjacent(end - 1, end) && !isNotName(end)
               && !m_rules.roleHeads.contains(tok(end).lower)
               && (!valid(end + 1) || tok(end + 1).text == u"," || tok(end + 1).text == u".")) {
        // One capitalised word then a break: the region ("Kepala Dinas Sosial Sumedang,").
        if (m_found.last().type == MentionType::Organisation && m_found.last().entry) {
            addFound(end, end + 1, MentionType::Location, "name.region-after-org");
            ++end;
        }
    }
    return end;
}

qsizetype Recogniser::parseTitle(qsizetype i)
{
    qsizetype j = i + 1;
    while (valid(j) && tok(j).word && adjacent(j - 1, j)
           && (m_rules.roleWords.contains(tok(j).lower) || m_rules.roleHeads.contains(tok(j).lower))
           && (tok(j).capitalised || isOf(j))) {
        ++j;
    }
    if (valid(j) && isOf(j - 1))
        --j;
    const qsizetype roleEnd = j;
    const qsizetype before = m_found.size();
    j = parseComplement(j);
    if (roleEnd == i + 1 && j == roleEnd && !isCapWord(j))
        return i; // a lone "Presiden" with nothing after it is not worth a mention
    // The same title however its organisation is written: "Kepala BPBD Garut" and
    // "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Garut" share one canonical form.
    QString canonical = textOf(i, roleEnd).toString();
    for (qsizetype f = before; f < m_found.size(); ++f)
        canonical += u' ' + shortName(m_found.at(f));
    addFound(i, j, MentionType::Title, "name.title");
    m_found.last().canonical = canonical;
    return j;
}

void Recogniser::classifyChunk(qsizetype i, qsizetype j, bool forcePerson)
{
    const NameToken &first = tok(i);
    // "Kepala Stasiun Geofisika Mamuju, Hendra Wiratama": after a bare title, a run opening with an
    // organisation's or a place's head word is what the title heads, not the person.
    if (forcePerson && (m_rules.orgHeads.contains(first.lower) || m_rules.locHeads.contains(first.lower)))
        forcePerson = false;
    const NameToken &lastTok = tok(j - 1);
    const bool single = j - i == 1;
    const qsizetype prev = i - 1;
    const QString prevLower = valid(prev) ? tok(prev).lower : QString();
    if (single && (m_rules.orgHeads.contains(first.lower) || m_rules.locHeads.contains(first.lower)))
        return; // "Pakta", "Kementerian" alone: a common noun at the start of a phrase
    // "Perjanjian Kemitraan Strategis Komprehensif", "Operasi Ketupat": the name of a document
    // or a programme, no person, place or organisation.
    if (m_rules.documentHeads.contains(prevLower) && !forcePerson)
        return;
    if (single && first.text.contains(u'-')) {
        // "Rusia-China": two known names joined, not a person.
        for (const QString &part : first.text.split(u'-')) {
            if (m_kb.find(part))
                return;
        }
    }
    if (!forcePerson) {
        if (j - i >= 3 && m_rules.placeOfHeads.contains(first.lower) && isOf(i + 1)) {
            addFound(i, j, MentionType::Location, "name.place-of"); // "Sea of Japan", "Bay of Bengal"
            return;
        }
        if (m_rules.orgHeads.contains(first.lower) || (!single && m_rules.orgTails.contains(lastTok.lower))) {
            addFound(i, j, MentionType::Organisation, "name.org-cue");
            nestedKbMatches(i, j);
            return;
        }
        if (m_rules.locHeads.contains(first.lower) || (!single && m_rules.locTails.contains(lastTok.lower))) {
            addFound(i, j, MentionType::Location, "name.place-cue");
            return;
        }
        if (single && first.allCaps && first.lower.size() >= 2) {
            static const QRegularExpression roman(QStringLiteral("^[ivxlc]+$"));
            if (!roman.match(first.lower).hasMatch())
                addFound(i, j, MentionType::Organisation, "name.acronym");
            return;
        }
        bool acronymInside = false;
        bool innerCapital = false;
        for (qsizetype k = i; k < j; ++k) {
            acronymInside = acronymInside || (tok(k).allCaps && tok(k).lower.size() >= 2 && !single);
            for (qsizetype c = 1; c < tok(k).text.size(); ++c)
                innerCapital = innerCapital || (tok(k).text.at(c).isUpper() && tok(k).text.at(c - 1).isLower());
        }
        // "Komnas HAM", "GoTo", "Garuda Indonesia": people's names carry no acronym, no inner
        // capital and do not end with a country.
        const KbEntry *tail = j - i > 1 ? m_kb.find(tok(j - 1).text) : nullptr;
        const bool webAddress = single && first.text.contains(u'.') && !first.allCaps; // "Bisnis.com"
        if (acronymInside || innerCapital || webAddress || (tail && tail->kind == u"country")) {
            addFound(i, j, MentionType::Organisation, "name.org-shape");
            return;
        }
        // "South Jakarta", "East Lombok"; but "South Korean", "North African" are demonyms.
        if (!single && isCompassWord(first.lower)) {
            if (j - i == 2 && isDemonym(lastTok.lower, true))
                return;
            addFound(i, j, MentionType::Location, "name.compass-place");
            return;
        }
    }
    if (m_rules.honorifics.contains(prevLower) || forcePerson) {
        addFound(i, j, MentionType::Person, "name.person-after-cue");
        return;
    }
    // "Rancangan Undang-Undang", "Perampasan Aset": common nouns of a bill's or a case's name,
    // never a person (a place after "di" stays a place: "di Kemayoran").
    bool noPerson = false;
    for (qsizetype k = i; k < j; ++k)
        noPerson = noPerson || m_rules.notPersonWords.contains(tok(k).lower)
            || (m_rules.isNoNameNoun && m_rules.isNoNameNoun(tok(k).lower));
    // "Religious Affairs Minister Nasaruddin Umar": words before a title word name the
    // title's field, not a person.
    if (isCapWord(j) && adjacent(j - 1, j) && m_rules.roleHeads.contains(tok(j).lower)
        && !m_rules.nameLikeRoles.contains(tok(j).lower) && !personWords.contains(first.lower)
        && !kbPersonWords.contains(first.lower))
        return;
    // "BPBD Cianjur", "Badan ... (BPBD) Cianjur": the region an agency serves.
    const bool afterOrganisation = !m_found.isEmpty() && m_found.last().type == MentionType::Organisation
        && (m_found.last().last == i || (m_found.last().last == i - 1 && prevLower == u")"));
    if (single && afterOrganisation && !personWords.contains(first.lower)) {
        addFound(i, j, MentionType::Location, "name.region-after-org");
        return;
    }
    const bool personLike = personWords.contains(first.lower) || kbPersonWords.contains(first.lower);
    // "Prabowo, Albanese and Luxon", "Kim, Putin dan Xi": a lone word listed after a person,
    // across a comma or "and", is another person.
    if (single && (prevLower == u"," || m_rules.listWords.contains(prevLower))) {
        for (qsizetype f = m_found.size() - 1; f >= 0; --f) {
            const Found &item = m_found.at(f);
            if (item.last != i - 1 || item.type == MentionType::Title || item.type == MentionType::Source)
                continue;
            if (item.type == MentionType::Person && !noPerson) {
                addFound(i, j, MentionType::Person, "name.person-list");
                return;
            }
            break;
        }
    }
    // "Garut, Tasikmalaya dan Ciamis"; but several words after a comma are the person named in
    // apposition ("Kepala Kantor SAR Makassar, Muhammad Arif Anwar, mengatakan").
    const bool coordinatedPlace = (m_rules.andWords.contains(prevLower) || (prevLower == u"," && single))
        && !m_found.isEmpty() && m_found.last().type == MentionType::Location && m_found.last().last == i - 1;
    if ((m_rules.placePrepositions.contains(prevLower) || coordinatedPlace) && !personLike) {
        addFound(i, j, MentionType::Location, "name.place-preposition");
        return;
    }
    if (!single && closesPlace(lastTok.lower) && !personLike) {
        addFound(i, j, MentionType::Location, "name.compass-place"); // "Lombok Timur", "Jakarta Pusat"
        return;
    }
    // A lone unknown word is rarely a person: people are introduced by their full name, and
    // later single words are their known surnames. Demonyms ("Chinese") are no names at all.
    if (single && !personLike && i != m_firstWord) {
        const bool quoted = m_rules.sourceBefore.contains(prevLower)
            || (valid(j) && tok(j).word && m_rules.sourceAfter.contains(tok(j).lower));
        if (!quoted) {
            if (isDemonym(first.lower, false))
                return;
            addFound(i, j, MentionType::Location, "name.lone-word-place");
            return;
        }
    }
    if (single && i == m_firstWord && !personWords.contains(first.lower) && !kbPersonWords.contains(first.lower)
        && !(valid(j) && tok(j).text == u","))
        return; // a capitalised first word is only a name if the article or the KB uses it as one
    if (noPerson)
        return;
    addFound(i, j, MentionType::Person, "name.person");
}

// English titles in lower case: "Garut regent", "head of the Garut disaster mitigation agency".
void Recogniser::lowerCaseTitles()
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (!tok(i).word || tok(i).capitalised || !m_rules.roleTailsLc.contains(tok(i).lower))
            continue;
        if (m_rules.ofRoleTails.contains(tok(i).lower)) {
            if (isOf(i + 1)) {
                for (qsizetype k = i + 2; k < std::min(i + 9, m_tokens.size()); ++k) {
                    if (!tok(k).word)
                        break;
                    if (m_rules.orgTails.contains(tok(k).lower)) {
                        addFound(i, k + 1, MentionType::Title, "name.title-lowercase");
                        break;
                    }
                }
                continue;
            }
        }
        // "Garut regent", "BNPB chief": the name just before.
        for (const Found &f : std::as_const(m_found)) {
            if (f.last == i && f.type != MentionType::Title && f.type != MentionType::Person && adjacent(i - 1, i)) {
                addFound(f.first, i + 1, MentionType::Title, "name.title-lowercase");
                break;
            }
        }
    }
}

// "Badan Nasional Penanggulangan Bencana (BNPB)", "Korea Utara (Korut)", "BPBD (Badan ...)".
void Recogniser::parentheses()
{
    const qsizetype count = m_found.size();
    for (qsizetype f = 0; f < count; ++f) {
        const Found outer = m_found.at(f);
        if (outer.type == MentionType::Title || outer.type == MentionType::Person)
            continue;
        const qsizetype open = outer.last;
        if (!valid(open + 1) || tok(open).text != u"(")
            continue;
        qsizetype close = open + 1;
        while (valid(close) && tok(close).text != u")" && close - open < 10)
            ++close;
        if (!valid(close) || tok(close).text != u")" || close == open + 1)
            continue;
        const QString outerCanonical = outer.entry ? outer.entry->name : textOf(outer.first, outer.last).toString();
        qsizetype innerIndex = -1;
        for (qsizetype g = 0; g < m_found.size(); ++g) {
            if (m_found.at(g).first == open + 1 && m_found.at(g).last == close)
                innerIndex = g;
        }
        if (innerIndex < 0) {
            if (!isCapWord(open + 1))
                continue;
            addFound(open + 1, close, outer.type, "name.parenthesis");
            innerIndex = m_found.size() - 1;
        }
        Found &inner = m_found[innerIndex];
        if (inner.type == MentionType::Title || inner.type == MentionType::Person)
            continue;
        // One side known to the knowledge base names both; else the longer side is the name.
        const QString innerCanonical = inner.entry ? inner.entry->name : textOf(inner.first, inner.last).toString();
        const QString shared = outer.entry ? outerCanonical
            : inner.entry                  ? innerCanonical
                          : (inner.last - inner.first > outer.last - outer.first ? innerCanonical : outerCanonical);
        inner.canonical = shared;
        inner.type = outer.entry || !inner.entry ? outer.type : inner.entry->type;
        m_found[f].canonical = shared;
    }
}

void Recogniser::sources()
{
    auto foundAt = [this](qsizetype first) -> qsizetype {
        qsizetype best = -1;
        for (qsizetype g = 0; g < m_found.size(); ++g) {
            const Found &f = m_found.at(g);
            if (f.first == first && f.type != MentionType::Source && (best < 0 || f.last > m_found.at(best).last))
                best = g;
        }
        return best;
    };
    auto addSource = [&](qsizetype g) {
        qsizetype first = m_found.at(g).first;
        qsizetype last = m_found.at(g).last;
        // "kata Kepala BNPB Suharyanto": the title and the person it introduces.
        if (m_found.at(g).type == MentionType::Title) {
            qsizetype next = last;
            if (valid(next) && tok(next).text == u",")
                ++next;
            const qsizetype person = foundAt(next);
            if (person >= 0 && m_found.at(person).type == MentionType::Person)
                last = m_found.at(person).last;
        }
        for (const Found &f : std::as_const(m_found)) {
            if (f.type == MentionType::Source && f.first == first)
                return;
        }
        addFound(first, last, MentionType::Source, "name.source");
    };
    const qsizetype count = m_found.size();
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (!tok(i).word)
            continue;
        const QString &w = tok(i).lower;
        qsizetype next = i + 1;
        bool before = m_rules.sourceBefore.contains(w);
        if (const auto pair = m_rules.sourceBeforePairs.constFind(w); pair != m_rules.sourceBeforePairs.cend()) {
            before = valid(next) && tok(next).lower == *pair;
            ++next;
        } else if (m_rules.sourceBeforeWithDari.contains(w)) {
            before = true;
            if (m_rules.sourceLeadIns.contains(w) && valid(next)
                && m_rules.sourceBeforeWithDari.contains(tok(next).lower))
                ++next;
            if (valid(next) && m_rules.sourceAgentWords.contains(tok(next).lower))
                ++next;
        }
        if (before && valid(next) && tok(next).text == u",")
            ++next; // "kata Rahmat" but also "Menurut dia," is no name: handled by foundAt
        if (before) {
            const qsizetype g = foundAt(next);
            if (g >= 0 && g < count && m_found.at(g).type != MentionType::Location)
                addSource(g);
        }
        if (m_rules.sourceAfter.contains(w)) {
            // "The New York Times melaporkan", "Rahmat Hidayat, ..., said": the name just before.
            qsizetype prev = i - 1;
            if (valid(prev) && tok(prev).text == u",")
                --prev;
            for (qsizetype g = 0; g < count; ++g) {
                const Found &f = m_found.at(g);
                if (f.last == prev + 1 && (f.type == MentionType::Person || f.type == MentionType::Organisation)) {
                    qsizetype start = g;
                    // Take the whole mention ending here, not a nested one.
                    for (qsizetype h = 0; h < count; ++h) {
                        if (m_found.at(h).last == f.last && m_found.at(h).first < m_found.at(start).first
                            && m_found.at(h).type != MentionType::Title)
                            start = h;
                    }
                    addSource(start);
                    break;
                }
            }
        }
    }
}

void Recogniser::emit()
{
    for (const Found &f : std::as_const(m_found)) {
        Mention m;
        m.span = {tok(f.first).start, tok(f.last - 1).end};
        m.type = f.type;
        // Made as the kept result will be (a slice of the text, a shared rule name), not as a
        // copy replaced later: the copies' memory left holes among the results kept.
        m.text = textSlice(m_article.text, m.span.start, m.span.length());
        if (f.entry) {
            m.canonical = f.entry->name;
            m.kb = f.entry->wikidata();
        }
        if (!f.canonical.isEmpty())
            m.canonical = f.canonical;
        m.rule = sharedName(QLatin1String(f.rule));
        m_article.mentions.append(m);
    }
}

void Recogniser::run(qsizetype start, qsizetype end, bool secondPass)
{
    m_tokens = tokeniseNames(m_article.text, start, end);
    m_found.clear();
    m_secondPass = secondPass;
    m_firstWord = 0;
    // The first word of a sentence, also after a dateline ("GARUT, Jawa Barat – Banjir ...").
    QSet<qsizetype> sentenceStarts = {0};
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (isSentenceDash(tok(i)))
            sentenceStarts.insert(i + 1);
        if (tok(i).text == u"." || tok(i).text == u"!" || tok(i).text == u"?" || tok(i).text == u"\""
            || tok(i).text == u"\u201C" || tok(i).text == u"\u2018" || tok(i).text == u"(")
            sentenceStarts.insert(i + 1);
    }
    int words = 0;
    int capitalised = 0;
    for (const NameToken &t : std::as_const(m_tokens)) {
        // Title case leaves function words small: "Divonis 8 Tahun Penjara dalam Kasus Korupsi".
        if (!t.capitalised && m_rules.headlineLowercase.contains(t.lower))
            continue;
        if (t.word && t.lower.size() >= 3 && !t.digit) {
            ++words;
            capitalised += t.capitalised;
        }
    }
    m_titleCase = words >= 4 && capitalised * 10 >= words * 9;
    qsizetype i = 0;
    bool forcePerson = false;
    while (i < m_tokens.size()) {
        m_firstWord = sentenceStarts.contains(i) ? i : -1;
        if (!isCapWord(i)) {
            // "BNPB chief Suharyanto", "the agency's spokesman Abdul Muhari": a role word in
            // lower case right before a capitalised word introduces a person.
            const bool roleBeforeName =
                tok(i).word && m_rules.roleTailsLc.contains(tok(i).lower) && isCapWord(i + 1) && adjacent(i, i + 1);
            forcePerson = roleBeforeName || (forcePerson && tok(i).text == u",");
            ++i;
            continue;
        }
        // "Pak Joko", "Mr. Hartono": the honorific is not part of the name.
        if (m_rules.honorifics.contains(tok(i).lower)) {
            qsizetype next = i + 1;
            if (valid(next) && tok(next).text == u".")
                ++next;
            if (isCapWord(next)) {
                i = next;
                forcePerson = true;
                continue;
            }
        }
        // "Lebaran", "Idul Fitri", "Christmas": no names, unless the knowledge base knows a
        // longer place starting with the word ("Christmas Island").
        if (const qsizetype h = holidayEnd(i); h > i) {
            qsizetype kbEnd = 0;
            if (!kbMatch(i, &kbEnd) || kbEnd <= h) {
                i = h;
                forcePerson = false;
                continue;
            }
        }
        qsizetype end = 0;
        // "Hakim Ali": a title word that is also a given name, before one more name word and
        // no title words, is the person's name.
        if (m_rules.nameLikeRoles.contains(tok(i).lower) && isCapWord(i + 1) && adjacent(i, i + 1)
            && !tok(i + 1).allCaps && !m_rules.roleHeads.contains(tok(i + 1).lower)
            && !m_rules.roleWords.contains(tok(i + 1).lower) && !m_kb.startsName(tok(i + 1).text) && !isNotName(i + 1)
            && extendChunk(i) == i + 2) {
            addFound(i, i + 2, MentionType::Person, "name.role-as-name");
            i += 2;
            forcePerson = false;
            continue;
        }
        // A title word opening a place's name ("Raja Ampat") is the place.
        const KbEntry *placeAtRole = nullptr;
        if (m_rules.roleHeads.contains(tok(i).lower)) {
            placeAtRole = kbMatch(i, &end);
            if (placeAtRole && (placeAtRole->type != MentionType::Location || end < i + 2))
                placeAtRole = nullptr;
        }
        if (m_rules.roleHeads.contains(tok(i).lower) && !placeAtRole) {
            const qsizetype after = parseTitle(i);
            if (after > i) {
                i = after;
                forcePerson = true;
                continue;
            }
        }
        if (const KbEntry *e = kbMatch(i, &end)) {
            if (e->type == MentionType::Location && isCapWord(end) && adjacent(end - 1, end)) {
                // "Jakarta Selatan", "Gaza City", "Jakarta Police", "Indonesia Stock Exchange".
                const qsizetype more = extendChunk(end);
                const QString &lastWord = tok(more - 1).lower;
                if (m_rules.orgTails.contains(lastWord) || (more - end == 1 && m_rules.orgHeads.contains(lastWord))) {
                    addFound(i, more, MentionType::Organisation, "name.kb-org");
                    addFound(i, end, e->type, "name.kb", e);
                    i = more;
                    forcePerson = false;
                    continue;
                }
                if (closesPlace(tok(end).lower) || m_rules.locTails.contains(tok(end).lower)) {
                    addFound(i, end + 1, MentionType::Location, "name.kb-compass");
                    i = end + 1;
                    forcePerson = false;
                    continue;
                }
            }
            addFound(i, end, e->type, "name.kb", e);
            i = end;
            forcePerson = false;
            continue;
        }
        // "East Flores", "South Jakarta District Court": a compass word opens a place name.
        if (isCompassWord(tok(i).lower) && !m_titleCase && isCapWord(i + 1) && adjacent(i, i + 1)
            && !isNotName(i + 1)) {
            end = extendChunk(i);
            classifyChunk(i, end, false);
            forcePerson = false;
            i = end;
            continue;
        }
        if (isNotName(i) && !forcePerson) {
            ++i;
            continue;
        }
        if (m_titleCase && forcePerson) {
            // A headline title ("Eks Dirut BUMN Divonis ..."): the next capitalised word is only a
            // person when the knowledge base or the article knows it as one.
            if (const qsizetype personEnd = knownPersonAt(i); personEnd > i) {
                addFound(i, personEnd, MentionType::Person, "name.headline-known-person");
                i = personEnd;
            } else if (personWords.contains(tok(i).lower) || kbPersonWords.contains(tok(i).lower)) {
                addFound(i, extendChunk(i), MentionType::Person, "name.headline-person");
                i = extendChunk(i);
            } else {
                ++i;
            }
            forcePerson = false;
            continue;
        }
        if (m_titleCase && !forcePerson) {
            // A headline: every word is capitalised, so only known names and acronyms count.
            if (tok(i).allCaps && tok(i).lower.size() >= 2 && tok(i).lower.size() <= 6) {
                addFound(i, i + 1, MentionType::Organisation, "name.acronym");
            } else if (const qsizetype personEnd = knownPersonAt(i); personEnd > i) {
                addFound(i, personEnd, MentionType::Person, "name.headline-known-person");
                i = personEnd;
                continue;
            }
            ++i;
            continue;
        }
        end = extendChunk(i);
        // "House Speaker Puan Maharani", "Law Minister Supratman": a title word inside the chunk
        // starts a title; the words before it name its field.
        if (!forcePerson) {
            for (qsizetype k = i + 1; k + 1 < end; ++k) {
                if (m_rules.connectors.contains(tok(k - 1).lower))
                    break; // "Ministry of Foreign Affairs": one organisation
                if (m_rules.roleHeads.contains(tok(k).lower) && !m_rules.nameLikeRoles.contains(tok(k).lower)) {
                    end = k;
                    break;
                }
            }
        }
        classifyChunk(i, end, forcePerson);
        forcePerson = false;
        i = end;
    }
    // The trained tagger, where the language has one, decides the names the rules can only
    // guess at (tagger/TaggerMerge.h); titles and sources below then build on the merged names.
    if (tagger && secondPass)
        mergeTaggedNames(&m_found, tagger->tag(m_tokens, TaggerContext{&m_kb, &m_rules}), m_tokens, m_rules, m_kb);
    lowerCaseTitles();
    parentheses();
    sources();
    emit();
}

} // namespace

void recogniseNames(Article &article, const KnowledgeBase &kb)
{
    const QString language = articleLanguage(article);
    Recogniser recogniser(article, kb, nameRules(language));
    recogniser.tagger = NameTagger::forLanguage(language);

    // The stretches to read: every sentence, page furniture included. A photo caption or a
    // related-story headline is still text the reader sees on the page, and a name spelt
    // differently there ("Kim Jon Un" under a photo) is exactly what an editor wants flagged;
    // claims and checks skip furniture on their own.
    QList<Span> stretches;
    if (!article.sentences.isEmpty()) {
        for (const Sentence &s : std::as_const(article.sentences))
            stretches.append(s.span);
    } else {
        qsizetype start = 0;
        while (start < article.text.size()) {
            qsizetype end = article.text.indexOf(u'\n', start);
            if (end < 0)
                end = article.text.size();
            if (end > start)
                stretches.append({start, end});
            start = end + 1;
        }
    }
    // Two passes: the first learns which words are person names ("Rahmat" from "Rahmat
    // Hidayat"), so that the second can accept them at the start of a sentence.
    const qsizetype before = article.mentions.size();
    for (const Span &s : std::as_const(stretches))
        recogniser.run(s.start, s.end, false);
    article.mentions.resize(before);
    for (const Span &s : std::as_const(stretches))
        recogniser.run(s.start, s.end, true);

    // The outlet the loader read from the page ("Suara Nusantara", "Java Daily", "Meja Fakta")
    // is an organisation wherever its name stands whole, whatever its words look like.
    const QString outlet = article.meta.outlet.simplified();
    if (outlet.size() < 3)
        return;
    if (const KbEntry *known = kb.find(outlet); known && known->type != MentionType::Organisation) {
        // A place or a person read as the outlet: trust the knowledge base. A dateline's one
        // word ("Mamuju - Gempa ...") is its place.
        if (known->type == MentionType::Location && article.meta.outletSource == MetaSource::Dateline) {
            if (article.meta.datelinePlace.isEmpty())
                article.meta.datelinePlace = article.meta.outlet;
            article.meta.outlet.clear();
            article.meta.outletSource = MetaSource::None;
        }
        return;
    }
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };
    for (qsizetype at = article.text.indexOf(outlet, 0, Qt::CaseInsensitive); at >= 0;
         at = article.text.indexOf(outlet, at + 1, Qt::CaseInsensitive)) {
        const Span span{at, at + outlet.size()};
        if ((span.start > 0 && isWordChar(article.text.at(span.start - 1)))
            || (span.end < article.text.size() && isWordChar(article.text.at(span.end))))
            continue;
        bool enclosed = false; // already inside a longer name: leave it
        for (const Mention &m : std::as_const(article.mentions))
            enclosed = enclosed || (m.span.contains(span) && m.span != span && m.type != MentionType::Source);
        if (enclosed)
            continue;
        article.mentions.removeIf([&](const Mention &m) {
            return span.contains(m.span)
                && (m.type == MentionType::Person || m.type == MentionType::Organisation
                    || m.type == MentionType::Location);
        });
        Mention m;
        m.span = span;
        m.type = MentionType::Organisation;
        m.text = textSlice(article.text, span.start, span.length());
        m.rule = QStringLiteral("name.outlet");
        article.mentions.append(m);
    }
}

} // namespace fc
