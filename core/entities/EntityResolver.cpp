#include "EntityResolver.h"

#include "NameRules.h"
#include "NameSimilarity.h"
#include "lang/Language.h"
#include "lang/LanguageIdentifier.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace fc {

namespace {

bool isNameType(MentionType t)
{
    return t == MentionType::Person || t == MentionType::Organisation || t == MentionType::Location
        || t == MentionType::Title;
}

// One group of mentions known to name the same thing: a knowledge-base entry, or one spelling.
struct Node
{
    QString key;
    MentionType type = MentionType::Person;
    const KbEntry *entry = nullptr;
    QStringList words; // the spelling's words, case-folded (for surname and similarity matching)
    QString surface;   // a representative spelling
};

class UnionFind
{
public:
    qsizetype add()
    {
        m_parent.append(m_parent.size());
        return m_parent.size() - 1;
    }
    qsizetype find(qsizetype x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    // The smaller index stays the root, so the result does not depend on merge order.
    void unite(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<qsizetype> m_parent;
};

// "Kabupaten Selayar", "Kepulauan Selayar", "Tanimbar", "Selayar Islands Regency": a regency
// or city the knowledge base knows under another of its forms. The words saying what kind of
// place it is are dropped, the bare name is put into each full form the languages use, and the
// one regency or city found that way is the answer (none when the forms disagree, or when the
// dropped word says "city" of a regency).
const KbEntry *regionByOtherForm(const KnowledgeBase &kb, const QString &surface)
{
    static const QString anyLanguage;
    const NameRules &rules = nameRules(anyLanguage);
    QStringList words = KnowledgeBase::key(surface).split(u' ', Qt::SkipEmptyParts);
    QString kind; // what the dropped words say: "regency", "city" or nothing
    auto drop = [&](const QString &word) {
        const QString k = rules.regionWords.value(word);
        kind = k.isEmpty() ? kind : k;
    };
    while (words.size() > 1 && rules.regionWords.contains(words.first()))
        drop(words.takeFirst());
    while (words.size() > 1 && rules.regionWords.contains(words.last()))
        drop(words.takeLast());
    if (words.isEmpty())
        return nullptr;
    const QString bare = words.join(u' ');
    QList<const KbEntry *> found;
    auto consider = [&](const KbEntry *e) {
        if (e && (e->kind == u"regency" || e->kind == u"city") && (kind.isEmpty() || e->kind == kind)
            && !found.contains(e))
            found.append(e);
    };
    consider(kb.find(bare));
    for (const QString &form : rules.regionForms)
        consider(kb.find(form.arg(bare)));
    return found.size() == 1 ? found.first() : nullptr;
}

QStringList wordsOf(const QString &surface)
{
    QStringList out;
    for (const QString &w : KnowledgeBase::key(surface).split(u' ', Qt::SkipEmptyParts))
        out.append(w);
    return out;
}

} // namespace

QList<Entity> resolveEntities(QList<Article> &articles, const KnowledgeBase &kb)
{
    QList<Node> nodes;
    QHash<QString, qsizetype> nodeByKey;
    UnionFind groups;

    auto nodeFor = [&](MentionType type, const KbEntry *entry, const QString &surface) {
        const QString key = entry ? QString(QLatin1String("kb:") + entry->id)
                                  : QString(QString::number(int(type)) + u':' + KnowledgeBase::key(surface));
        auto it = nodeByKey.constFind(key);
        if (it != nodeByKey.cend())
            return *it;
        Node n;
        n.key = key;
        n.type = entry ? entry->type : type;
        n.entry = entry;
        n.surface = entry ? entry->name : surface;
        n.words = wordsOf(n.surface);
        nodes.append(n);
        groups.add();
        nodeByKey.insert(key, nodes.size() - 1);
        return nodes.size() - 1;
    };

    // 1. Every name mention to a node: its knowledge-base entry, the canonical form a rule gave
    //    it (an acronym's expansion), or its own spelling.
    struct Ref
    {
        qsizetype article;
        qsizetype mention;
    };
    QList<Ref> refs;
    QList<qsizetype> refNode;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        for (qsizetype m = 0; m < articles[a].mentions.size(); ++m) {
            const Mention &mention = articles[a].mentions.at(m);
            if (!isNameType(mention.type))
                continue;
            const KbEntry *entry = nullptr;
            if (mention.type != MentionType::Title) {
                entry = kb.find(mention.text);
                if (!entry && !mention.canonical.isEmpty())
                    entry = kb.find(mention.canonical);
                if (!entry && mention.type == MentionType::Location)
                    entry = regionByOtherForm(kb, mention.text);
            }
            const QString surface = mention.canonical.isEmpty() ? mention.text : mention.canonical;
            refs.append({a, m});
            refNode.append(nodeFor(mention.type, entry, surface));
        }
    }

    // 2. Spelling variants and typos: same type, same number of words, one word off by a
    //    small edit ("Kim Jon Un", "Xi Jinpin", "Rahmat Hidayah", "Zelensky"/"Zelenskyy"),
    //    against each other and against the knowledge base's names of that type.
    // The knowledge base's names as words, by type and word count (the only ones a spelling
    // variant can match), in entry order so the first entry wins.
    QHash<std::pair<int, int>, QList<std::pair<QStringList, const KbEntry *>>> kbNames;
    for (const KbEntry &e : kb.entries()) {
        QStringList names = e.aliases;
        names << e.name << e.nameId;
        for (const QString &name : std::as_const(names)) {
            if (name.isEmpty())
                continue;
            const QStringList words = wordsOf(name);
            kbNames[{int(e.type), int(words.size())}].append({words, &e});
        }
    }
    const qsizetype spelled = nodes.size();
    for (qsizetype i = 0; i < spelled; ++i) {
        if (nodes.at(i).entry || nodes.at(i).type == MentionType::Title)
            continue;
        for (qsizetype j = 0; j < spelled; ++j) {
            if (i == j || nodes.at(j).type != nodes.at(i).type)
                continue;
            if (nodes.at(j).entry == nullptr && j < i)
                continue; // each unknown pair once
            if (isSpellingVariant(nodes.at(i).words, nodes.at(j).words))
                groups.unite(i, j);
        }
        if (groups.find(i) != i || nodes.at(groups.find(i)).entry)
            continue;
        const auto candidates = kbNames.value({int(nodes.at(i).type), int(nodes.at(i).words.size())});
        for (const auto &[words, entry] : candidates) {
            if (isSpellingVariant(nodes.at(i).words, words)) {
                groups.unite(i, nodeFor(entry->type, entry, entry->name));
                break;
            }
        }
    }

    // 3. A single word standing for a person ("Rahmat", "Putin", "Kim", "Xi"): the full name
    //    in the same article that starts or ends with it, else the only such name anywhere,
    //    else the only such person in the knowledge base.
    //    The refs whose name is a person's full name, by its first and by its last word: each
    //    single word looks up its own few rather than every ref of the report (which made
    //    one long article or thousands of short ones quadratic). A ref given a full name
    //    below joins the index, as the scan it replaces would have seen it.
    //    Only which full names (nodes) a word leads to counts, not how often they were written:
    //    the index keeps each word's distinct nodes, by article and overall, so a surname
    //    repeated thousands of times in one long article is not walked for each repeat. (Step
    //    3 unites no groups, so a node's group is fixed while the index is used.)
    struct WordNodes
    {
        QHash<qsizetype, QList<qsizetype>> byArticle;
        QList<qsizetype> anywhere;
    };
    QHash<QString, WordNodes> fullNameNodes;
    const auto addFullName = [&](const QString &word, qsizetype article, qsizetype node) {
        WordNodes &w = fullNameNodes[word];
        QList<qsizetype> &inArticle = w.byArticle[article];
        if (!inArticle.contains(node)) {
            inArticle.append(node);
            if (!w.anywhere.contains(node))
                w.anywhere.append(node);
        }
    };
    const auto indexFullName = [&](qsizetype r) {
        const Node &n = nodes.at(refNode.at(r));
        if (n.type != MentionType::Person || n.words.size() < 2)
            return;
        addFullName(n.words.first(), refs.at(r).article, refNode.at(r));
        if (n.words.last() != n.words.first())
            addFullName(n.words.last(), refs.at(r).article, refNode.at(r));
    };
    for (qsizetype r = 0; r < refs.size(); ++r)
        indexFullName(r);
    auto fullNamesWith = [&](const QString &word, qsizetype article) {
        QList<qsizetype> found;
        const auto w = fullNameNodes.constFind(word);
        if (w == fullNameNodes.cend())
            return found;
        for (const qsizetype node : article >= 0 ? w->byArticle.value(article) : w->anywhere) {
            const qsizetype root = groups.find(node);
            if (!found.contains(root))
                found.append(root);
        }
        return found;
    };
    for (qsizetype r = 0; r < refs.size(); ++r) {
        const Node n = nodes.at(refNode.at(r)); // a copy: nodeFor() below may grow the list
        if (n.type != MentionType::Person || n.words.size() != 1 || n.entry)
            continue;
        QList<qsizetype> candidates = fullNamesWith(n.words.first(), refs.at(r).article);
        if (candidates.isEmpty())
            candidates = fullNamesWith(n.words.first(), -1);
        if (candidates.isEmpty()) {
            for (const KbEntry &e : kb.entries()) {
                if (e.type != MentionType::Person)
                    continue;
                const QStringList w = wordsOf(e.name);
                if (w.size() >= 2 && (w.first() == n.words.first() || w.last() == n.words.first()))
                    candidates.append(nodeFor(e.type, &e, e.name));
            }
        }
        if (candidates.size() == 1) {
            refNode[r] = candidates.first();
            indexFullName(r);
        }
    }

    // 4. Gather: one entity per group, its type and documents, its spellings by count.
    QMap<qsizetype, QList<qsizetype>> members; // root -> refs
    for (qsizetype r = 0; r < refs.size(); ++r)
        members[groups.find(refNode.at(r))].append(r);

    struct Draft
    {
        Entity entity;
        QList<qsizetype> refs;
    };
    QStringList articleLanguage;
    for (const Article &a : std::as_const(articles))
        articleLanguage.append(fc::articleLanguage(a));
    QList<Draft> drafts;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const KbEntry *entry = nullptr;
        QMap<QString, int> spellings;
        QMap<int, int> types;
        QMap<QString, int> languages;
        QStringList documents;
        for (const qsizetype r : it.value()) {
            const Article &article = articles.at(refs.at(r).article);
            const Mention &m = article.mentions.at(refs.at(r).mention);
            if (!entry)
                entry = nodes.at(groups.find(refNode.at(r))).entry;
            if (!entry)
                entry = nodes.at(refNode.at(r)).entry;
            spellings[m.text] += 1;
            types[int(m.type)] += 1;
            languages[articleLanguage.at(refs.at(r).article)] += 1;
            if (!documents.contains(article.id))
                documents.append(article.id);
        }
        Draft d;
        d.refs = it.value();
        Entity &e = d.entity;
        if (entry) {
            e.type = entry->type;
            e.kb = entry->wikidata();
            // The knowledge base's name in the language the mentions are written in: by how
            // they spell it, else by the articles' language.
            int asLocal = 0;
            int asInternational = 0;
            for (auto s = spellings.cbegin(); s != spellings.cend(); ++s) {
                if (KnowledgeBase::key(s.key()) == KnowledgeBase::key(entry->nameId))
                    asLocal += s.value();
                else if (KnowledgeBase::key(s.key()) == KnowledgeBase::key(entry->name))
                    asInternational += s.value();
            }
            if (asLocal == asInternational) {
                asLocal = languages.value(fixedTextLanguage(FixedTextSlot::Local));
                asInternational = languages.value(fixedTextLanguage(FixedTextSlot::Contract));
            }
            e.name = asLocal > asInternational && !entry->nameId.isEmpty() ? entry->nameId : entry->name;
            e.nameEn = entry->name;
            e.nameId = entry->nameId.isEmpty() ? entry->name : entry->nameId;
        } else {
            e.type = MentionType(std::max_element(types.cbegin(), types.cend()).key());
            int best = -1;
            for (auto s = spellings.cbegin(); s != spellings.cend(); ++s) {
                // Most used, then longest (the full form over a surname; for titles the
                // shortest, without the spelt-out organisation), then alphabetical.
                const bool title = e.type == MentionType::Title;
                const bool longer = title ? s.key().size() < e.name.size() : s.key().size() > e.name.size();
                if (s.value() > best || (s.value() == best && longer)) {
                    best = s.value();
                    e.name = s.key();
                }
            }
        }
        for (auto s = spellings.cbegin(); s != spellings.cend(); ++s) {
            if (s.key() != e.name)
                e.variants.append(s.key());
        }
        std::sort(e.variants.begin(), e.variants.end());
        std::sort(documents.begin(), documents.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b; // d2 before d10
        });
        e.documents = documents;
        drafts.append(d);
    }

    // 5. Stable ids: by type, then name.
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        if (a.entity.type != b.entity.type)
            return a.entity.type < b.entity.type;
        const int c = QString::compare(a.entity.name, b.entity.name, Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        if (a.entity.name != b.entity.name)
            return a.entity.name < b.entity.name;
        return a.entity.kb < b.entity.kb;
    });
    QList<Entity> entities;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        Draft &d = drafts[i];
        d.entity.id = QStringLiteral("e%1").arg(i + 1);
        for (const qsizetype r : std::as_const(d.refs)) {
            Mention &m = articles[refs.at(r).article].mentions[refs.at(r).mention];
            m.entityId = d.entity.id;
            if (m.kb.isEmpty())
                m.kb = d.entity.kb;
        }
        entities.append(d.entity);
    }

    // 6. A source mention names the entity of the name it covers.
    //    The named mentions by start, so a source visits only those starting inside it (a pass
    //    over every mention for each source made a long article quadratic); in their list
    //    order, which decides ties.
    for (Article &article : articles) {
        QList<qsizetype> named; // mentions with an entity, by start then list order
        for (qsizetype i = 0; i < article.mentions.size(); ++i) {
            const Mention &m = article.mentions.at(i);
            if (!m.entityId.isEmpty() && m.type != MentionType::Source)
                named.append(i);
        }
        if (named.isEmpty())
            continue;
        std::stable_sort(named.begin(), named.end(), [&](qsizetype a, qsizetype b) {
            return article.mentions.at(a).span.start < article.mentions.at(b).span.start;
        });
        QList<qsizetype> inside;
        for (Mention &source : article.mentions) {
            if (source.type != MentionType::Source)
                continue;
            inside.clear();
            auto it =
                std::lower_bound(named.cbegin(), named.cend(), source.span.start,
                                 [&](qsizetype i, qsizetype pos) { return article.mentions.at(i).span.start < pos; });
            for (; it != named.cend() && article.mentions.at(*it).span.start <= source.span.end; ++it)
                if (source.span.contains(article.mentions.at(*it).span))
                    inside.append(*it);
            std::sort(inside.begin(), inside.end());
            const Mention *best = nullptr;
            for (const qsizetype i : std::as_const(inside)) {
                const Mention &m = article.mentions.at(i);
                // The person over their title; the widest name otherwise.
                const bool better = !best || (m.type == MentionType::Person && best->type != MentionType::Person)
                    || (m.type == best->type && m.span.length() > best->span.length());
                if (better)
                    best = &m;
            }
            if (best) {
                source.entityId = best->entityId;
                source.kb = best->kb;
                source.canonical = best->canonical;
            }
        }
    }
    return entities;
}

} // namespace fc
