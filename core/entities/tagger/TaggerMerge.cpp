#include "TaggerMerge.h"

#include "entities/NameRules.h"

#include <algorithm>
#include <array>
#include <functional>

namespace fc {

namespace {

bool isName(MentionType t)
{
    return t == MentionType::Person || t == MentionType::Organisation || t == MentionType::Location;
}

bool overlaps(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    return a0 < b1 && b0 < a1;
}

} // namespace

// A name the rules built from the language's cue words: an organisation's or place's head word
// opening it ("Kementerian ...", "Gunung ...") or tail word ending it ("... Shoal", "... Agency"),
// a title word that is also a given name ("Hakim Ali"), or a connector inside it ("Badan Riset
// dan Inovasi Nasional"). The rules read such names better than the tagger, which cuts them at
// "dan" and runs them into the next name.
static bool builtFromCues(const FoundName &f, const QList<NameToken> &tokens, const NameRules &rules)
{
    if (f.last - f.first < 2)
        return false;
    const QString &head = tokens.at(f.first).lower;
    const QString &tail = tokens.at(f.last - 1).lower;
    if (rules.orgHeads.contains(head) || rules.locHeads.contains(head) || rules.orgTails.contains(tail)
        || rules.locTails.contains(tail) || rules.nameLikeRoles.contains(head))
        return true;
    for (qsizetype k = f.first + 1; k + 1 < f.last; ++k) {
        if (rules.connectors.contains(tokens.at(k).lower))
            return true;
    }
    return false;
}

// A place or organisation the tagger read as one name with the rules' standing names wholly inside
// it ("Kabupaten Toba Samosir" around "Kabupaten Toba" and "Samosir", "harian Asia Raya"): the
// tagger's name stands when nothing in it marks two names
// side by side: no connector ("Nahdlatul Ulama dan Muhammadiyah"), no bracket (an acronym and its
// definition, two linked names in the report), no person the rules read (a party's
// name followed by its chairman's), and no standing name crosses its ends or covers exactly its words.
static bool enclosesWhole(const TaggedName &t, const QList<FoundName> &found, const QList<NameToken> &tokens,
                          const NameRules &rules, const std::function<bool(const FoundName &)> &standing)
{
    if (t.type == MentionType::Person)
        return false;
    for (qsizetype i = t.first; i < t.last; ++i) {
        const QString &w = tokens.at(i).text;
        if (w == u"(" || w == u")" || (i > t.first && i + 1 < t.last && rules.connectors.contains(tokens.at(i).lower)))
            return false;
    }
    bool inside = false;
    for (const FoundName &f : found) {
        if (!overlaps(f.first, f.last, t.first, t.last))
            continue;
        if (f.type == MentionType::Person)
            return false;
        if (!standing(f))
            continue;
        if (f.first < t.first || f.last > t.last || f.last - f.first == t.last - t.first)
            return false;
        inside = true;
    }
    return inside;
}

static bool isHolidayOrNotName(const TaggedName &t, const QList<NameToken> &tokens, const NameRules &rules)
{
    if (t.last - t.first == 1 && rules.notNames.contains(tokens.at(t.first).lower))
        return true;
    QString phrase;
    for (qsizetype k = t.first; k < t.last; ++k) {
        if (k > t.first)
            phrase.append(u' ');
        phrase.append(tokens.at(k).lower);
    }
    return rules.holidays.contains(phrase);
}

// A tagged name with an unpaired quotation mark inside ran on into a quoted title ("karya Ravi
// Mendes " Laut Sunyi "" read as one person): it ends before the mark. A pair stays (a nickname:
// "Richard " Ricky " Lowe").
static void cutAtOpenQuotes(QList<TaggedName> *tagged, const QList<NameToken> &tokens)
{
    auto isQuote = [](const QString &text) { return text == u"\"" || text == u"\u201C" || text == u"\u201D"; };
    for (qsizetype k = 0; k < tagged->size(); ++k) {
        const TaggedName &t = tagged->at(k);
        qsizetype quotes = 0, firstQuote = -1;
        for (qsizetype i = t.first + 1; i < t.last; ++i) {
            if (isQuote(tokens.at(i).text)) {
                ++quotes;
                firstQuote = firstQuote < 0 ? i : firstQuote;
            }
        }
        if (quotes % 2 == 1)
            (*tagged)[k].last = firstQuote;
    }
}

// A capitalised word that could open a person's name: no cue word of the rules (title, honorific,
// organisation or place word, source verb, not-name, connector...), no acronym and no number.
static bool plainNameWord(const NameToken &w, const NameRules &rules)
{
    const QString &l = w.lower;
    return w.word && w.capitalised && !w.allCaps && !w.digit && !rules.roleHeads.contains(l)
        && !rules.roleWords.contains(l) && !rules.honorifics.contains(l) && !rules.orgHeads.contains(l)
        && !rules.locHeads.contains(l) && !rules.orgTails.contains(l) && !rules.locTails.contains(l)
        && !rules.notNames.contains(l) && !rules.notPersonWords.contains(l) && !rules.compassWords.contains(l)
        && !rules.sourceBefore.contains(l) && !rules.sourceAfter.contains(l) && !rules.particles.contains(l)
        && !rules.connectors.contains(l) && !rules.listWords.contains(l) && !rules.placePrepositions.contains(l)
        && !(rules.isNoNameNoun && rules.isNoNameNoun(l));
}

// A tagged person whose capitalised run starts one word earlier, right after a lower-case word
// ("diperankan oleh Kendra Lowell Hart" tagged "Lowell Hart"): the tagger left an unseen given
// name outside, and a run opened by a plain word and ending in a person is that person's name.
// Not over a cue word, a word the knowledge base knows or a title, organisation or place the
// rules read there, not at a sentence's start, not inside a title ("Menteri Pemuda dan Olahraga
// Arno Velt": after "dan" the run before must be a person the tagger read too), and only in
// normally written text (in lower-case text and headlines capitals say nothing).
static void widenPersonsLeft(QList<TaggedName> *tagged, const QList<FoundName> &found, const QList<NameToken> &tokens,
                             const NameRules &rules, const KnowledgeBase &kb)
{
    if (sentenceCasing(tokens) != Normal)
        return;
    auto taggedPersonAt = [&](qsizetype i) {
        return std::any_of(tagged->cbegin(), tagged->cend(), [&](const TaggedName &o) {
            return o.type == MentionType::Person && o.first <= i && i < o.last;
        });
    };
    for (qsizetype k = 0; k < tagged->size(); ++k) {
        const TaggedName &t = tagged->at(k);
        const qsizetype w = t.first - 1;
        if (t.type != MentionType::Person || w < 1 || (k > 0 && tagged->at(k - 1).last > w))
            continue;
        const NameToken &before = tokens.at(w - 1);
        if (!before.word || before.capitalised || before.digit || rules.roleWords.contains(before.lower)
            || rules.roleTailsLc.contains(before.lower) || !plainNameWord(tokens.at(w), rules)
            || kb.find(tokens.at(w).text))
            continue;
        const bool listed = rules.connectors.contains(before.lower) || rules.listWords.contains(before.lower);
        if (listed && w >= 2 && tokens.at(w - 2).capitalised && !taggedPersonAt(w - 2))
            continue;
        const bool ruleName = std::any_of(found.cbegin(), found.cend(), [&](const FoundName &f) {
            return f.first <= w && w < f.last && f.type != MentionType::Person && f.type != MentionType::Source;
        });
        if (!ruleName)
            (*tagged)[k].first = w;
    }
}

// One unknown word the tagger read as a place, listed right after a person it read, in a list
// that goes on after it ("Tara , Yumi , Selin , Kasha dan Oona" with "Selin" read as a place):
// a list names things of one kind, and a place nobody knows is likelier a person there. Only in
// normally written sentences, and never for a place the knowledge base knows ("Budi , Jakarta").
static void listPersonsOn(QList<TaggedName> *tagged, const QList<NameToken> &tokens, const NameRules &rules,
                          const KnowledgeBase &kb)
{
    if (sentenceCasing(tokens) != Normal)
        return;
    for (qsizetype k = 1; k < tagged->size(); ++k) {
        const TaggedName t = tagged->at(k);
        const TaggedName p = tagged->at(k - 1);
        if (t.last - t.first != 1 || t.type != MentionType::Location || p.type != MentionType::Person
            || p.last != t.first - 1 || kb.find(tokens.at(t.first).text))
            continue;
        const QString &sep = tokens.at(t.first - 1).lower;
        const bool listedAfter = sep == u"," || rules.listWords.contains(sep);
        const bool listGoesOn = t.last >= tokens.size() || tokens.at(t.last).text == u","
            || tokens.at(t.last).text == u"." || rules.listWords.contains(tokens.at(t.last).lower);
        if (listedAfter && listGoesOn)
            (*tagged)[k].type = MentionType::Person;
    }
}

void mergeTaggedNames(QList<FoundName> *found, const QList<TaggedName> &taggedIn, const QList<NameToken> &tokens,
                      const NameRules &rules, const KnowledgeBase &kb)
{
    QList<TaggedName> tagged = taggedIn;
    cutAtOpenQuotes(&tagged, tokens);
    widenPersonsLeft(&tagged, *found, tokens, rules, kb);
    listPersonsOn(&tagged, tokens, rules, kb);
    // Which rule names stand whatever the tagger says: the knowledge base's and those built
    // from cue words. In a headline every word is capitalised and the rules take only names they know
    // ("Xi Jinpin Pastikan ..."): there all their names stand.
    const bool headline = sentenceCasing(tokens) == TitleCase;
    auto standing = [&](const FoundName &f) {
        return isName(f.type) && (headline || f.entry || builtFromCues(f, tokens, rules));
    };
    // A tagged name is taken unless it runs into a standing name. It may enclose one standing
    // place or organisation that ends it ("Pemprov DKI Jakarta", "Timnas Indonesia"); one that
    // starts it ("Pentagon Mark Ellison", "Partai Tani Ahmad Fauzi": made-up names) means the tagger ran two
    // names together.
    // A standing name may also start a longer place or organisation the tagger read: a known
    // one ("Asia" in "Asia Tenggara", "Paris" in "Paris Saint-Germain") or one built from cue
    // words of the same type that the rules cut at a number ("Sekolah Menengah Atas Negeri" in
    // "... Negeri 48 Jakarta"; not "Departemen Keuangan" in "Departemen Keuangan AS"), when the rules read no person in
    // the rest (then the tagger ran two names together). At most one standing name starts it and one ends it.
    auto personAfter = [&](qsizetype from, qsizetype to) {
        return std::any_of(found->cbegin(), found->cend(), [&](const FoundName &f) {
            return f.type == MentionType::Person && overlaps(f.first, f.last, from, to);
        });
    };
    QList<bool> taken(tagged.size(), true);
    QList<qsizetype> uncertain; // first tokens of one-word names neither reading keeps
    for (qsizetype k = 0; k < tagged.size(); ++k) {
        const TaggedName &t = tagged.at(k);
        int enclosed = 0;
        bool cutAtNumber = false;
        for (const FoundName &f : std::as_const(*found)) {
            if (!standing(f) || !overlaps(f.first, f.last, t.first, t.last))
                continue;
            const bool endsIt = t.first < f.first && t.last == f.last;
            const bool startsIt =
                f.first == t.first && f.last < t.last && t.type != MentionType::Person && !personAfter(f.last, t.last);
            const bool numberFollows = !f.entry && f.type == t.type && tokens.at(f.last).digit;
            if (!(endsIt || (startsIt && (f.entry || numberFollows))) || f.type == MentionType::Person)
                taken[k] = false;
            cutAtNumber = cutAtNumber || (startsIt && numberFollows);
            ++enclosed;
        }
        if (enclosed > (cutAtNumber ? 2 : 1))
            taken[k] = false;
        if (enclosed > 0 && enclosesWhole(t, *found, tokens, rules, standing))
            taken[k] = true;
        // Feasts and holidays ("Idul Fitri") and words the language never uses as names
        // ("Namun" opening a sentence) are no names, whatever the tagger read.
        if (isHolidayOrNotName(t, tokens, rules))
            taken[k] = false;
        // One word opening a sentence that the rules read as a person and the tagger as a place
        // or organisation ("Kudus, kata pendeta itu": holy, and a regency): too uncertain for
        // either. (The other way round the tagger is mostly right: "Soekarno" is no place.)
        if (t.last - t.first == 1 && (t.first == 0 || !tokens.at(t.first - 1).word)) {
            for (const FoundName &f : std::as_const(*found)) {
                if (isName(f.type) && !f.entry && f.first == t.first && f.last == t.last
                    && f.type == MentionType::Person && t.type != MentionType::Person) {
                    taken[k] = false;
                    uncertain.append(t.first);
                }
            }
        }
    }
    // Two names in a row that both readings see, of the same types over the same words, but
    // split at another word ("Garuda Indonesia Wamildan" + "Tsani Panjaitan", "Bulog Novi" +
    // "Helmy Prasetya"): the rules' split stands, since they know given names, the knowledge
    // base's names and the titles in front, and the tagger's capitalised-run features blur
    // where one name of the run ends.
    QList<std::array<qsizetype, 3>> resplit; // first, last, type of the rules' names kept
    for (qsizetype k = 0; k + 1 < tagged.size(); ++k) {
        const TaggedName &a = tagged.at(k), &b = tagged.at(k + 1);
        if (a.last != b.first)
            continue;
        for (const FoundName &r1 : std::as_const(*found)) {
            if (!isName(r1.type) || r1.first != a.first || r1.type != a.type || r1.last == a.last)
                continue;
            for (const FoundName &r2 : std::as_const(*found)) {
                if (isName(r2.type) && r2.first == r1.last && r2.last == b.last && r2.type == b.type) {
                    taken[k] = taken[k + 1] = false;
                    resplit.append({r1.first, r1.last, qsizetype(r1.type)});
                    resplit.append({r2.first, r2.last, qsizetype(r2.type)});
                }
            }
        }
    }
    // The rules' other names: replaced by a taken tagged name over them; kept where the tagger
    // saw a name but ran it into a standing one; otherwise the tagger's silence vetoes them.
    found->removeIf([&](const FoundName &f) {
        if (!isName(f.type) || standing(f)
            || resplit.contains(std::array<qsizetype, 3>{f.first, f.last, qsizetype(f.type)}))
            return false;
        if (f.last - f.first == 1 && uncertain.contains(f.first))
            return true;
        bool replaced = false, sawName = false;
        for (qsizetype k = 0; k < tagged.size(); ++k) {
            if (!overlaps(f.first, f.last, tagged.at(k).first, tagged.at(k).last))
                continue;
            sawName = true;
            replaced = replaced || taken.at(k);
        }
        if (replaced)
            return true;
        if (sawName)
            return false;
        return true;
    });
    for (qsizetype k = 0; k < tagged.size(); ++k) {
        if (!taken.at(k))
            continue;
        FoundName n;
        n.first = tagged.at(k).first;
        n.last = tagged.at(k).last;
        n.type = tagged.at(k).type;
        n.rule = "tagger";
        QString text;
        for (qsizetype i = n.first; i < n.last; ++i)
            text += (i > n.first && tokens.at(i).word && tokens.at(i - 1).word ? QStringLiteral(" ") : QString())
                + tokens.at(i).text;
        if (const KbEntry *e = kb.find(text); e && e->type == n.type)
            n.entry = e;
        found->append(n);
    }
}

} // namespace fc
