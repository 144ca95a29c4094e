#include "Checkers.h"
#include "FindingText.h"

#include "entities/NameRules.h"
#include "lang/Language.h"
#include "model/SpanIndex.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace fc {

namespace {

struct TitledPerson
{
    QString person;
    QString role;
    QString orgKey;
    QString orgName;
    int article = -1;
    Span span;
    QString text;
};

bool isOrgLike(MentionType t)
{
    return t == MentionType::Organisation || t == MentionType::Location;
}

// The length of the words linking a title's role to its organisation at the start of `rest`
// ("of the " in "of the Interior"), the longest any language lists; 0 when none.
qsizetype orgLinkLength(const QString &rest, const QString &language)
{
    qsizetype longest = 0;
    for (const LanguageRules *l : languagesPreferring(language)) {
        if (!l->nameRules)
            continue;
        for (const QString &link : l->nameRules().titleOrgLinks) {
            const qsizetype n = link.size();
            if (n + 1 > longest && rest.size() > n && rest.at(n) == u' '
                && QStringView(rest).left(n).compare(link, Qt::CaseInsensitive) == 0)
                longest = n + 1;
        }
    }
    return longest;
}

QString roleOf(const QString &title, const QString &language, qsizetype *length)
{
    // The article's language first, then the others: titles are often quoted across languages.
    for (const LanguageRules *l : languagesPreferring(language)) {
        const QString role = l->titleRole(title, length);
        if (!role.isEmpty())
            return role;
    }
    return {};
}

// Skips spaces, commas and one short parenthesis ("Korea Utara (Korut) Kim Jong Un").
qsizetype skipJoiners(const QString &text, qsizetype pos)
{
    for (int round = 0; round < 3 && pos < text.size(); ++round) {
        while (pos < text.size() && (text.at(pos).isSpace() || text.at(pos) == QLatin1Char(',')))
            ++pos;
        if (pos < text.size() && text.at(pos) == QLatin1Char('(')) {
            const qsizetype close = text.indexOf(QLatin1Char(')'), pos);
            if (close > pos && close - pos <= 20)
                pos = close + 1;
        }
    }
    return pos;
}

QStringList acronyms(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\b[A-Z]{3,}\\b"));
    QStringList out;
    for (auto it = re.globalMatch(name); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

bool sameOrganisation(const TitledPerson &a, const TitledPerson &b)
{
    if (a.orgKey.isEmpty() || b.orgKey.isEmpty() || a.orgKey == b.orgKey)
        return true;
    for (const QString &x : acronyms(a.orgName))
        if (acronyms(b.orgName).contains(x))
            return true;
    return false;
}

// A role that refines another is no conflict: "Pemimpin Tertinggi" is a "Pemimpin".
bool compatibleRoles(const QString &a, const QString &b)
{
    return a == b;
}

// Names and titles are short; neighbours further away than this are never joined to them.
constexpr qsizetype nameReach = 300;

QList<TitledPerson> titledPeople(const Article &a, int articleIndex)
{
    QList<TitledPerson> out;
    const auto &ms = a.mentions;
    const SpanIndex window(ms);
    for (int ti = 0; ti < ms.size(); ++ti) {
        const Mention &t = ms.at(ti);
        if (t.type != MentionType::Title)
            continue;
        qsizetype roleLength = 0;
        const QString role = roleOf(t.text, a.meta.language, &roleLength);
        if (role.isEmpty())
            continue;
        TitledPerson tp;
        tp.role = role;
        tp.article = articleIndex;
        tp.span = t.span;
        tp.text = t.text.simplified();
        qsizetype extentEnd = t.span.end;
        const qsizetype joined = skipJoiners(a.text, t.span.end);
        for (int oi : window.startingIn(t.span.start, t.span.end + 2)) {
            const Mention &o = ms.at(oi);
            if (!isOrgLike(o.type))
                continue;
            const bool inside = t.span.contains(o.span);
            const bool right = o.span.start >= t.span.end && o.span.start <= joined && o.span.start - t.span.end <= 2;
            if (inside || (right && tp.orgKey.isEmpty())) {
                if (tp.orgKey.isEmpty()) {
                    tp.orgKey = CheckContext::entityKey(a, oi);
                    tp.orgName = o.text;
                }
                extentEnd = std::max(extentEnd, o.span.end);
            }
        }
        if (tp.orgKey.isEmpty()) {
            QString rest = t.text.mid(roleLength).simplified();
            rest.remove(0, orgLinkLength(rest, a.meta.language));
            if (!rest.isEmpty()) {
                tp.orgKey = QStringLiteral("name:") + rest.toLower();
                tp.orgName = rest;
            }
        }
        // The person right after the title ("Kepala BPBD Garut, Rahmat Hidayat") ...
        const qsizetype after = skipJoiners(a.text, extentEnd);
        for (int pi : window.startingIn(after, after)) {
            const Mention &p = ms.at(pi);
            if (p.type == MentionType::Person && p.span.start == after) {
                tp.person = CheckContext::entityKey(a, pi);
                break;
            }
        }
        // ... or right before it, in apposition ("Rahmat Hidayat, head of the agency").
        if (tp.person.isEmpty()) {
            for (int pi : window.startingIn(t.span.start - nameReach, t.span.start)) {
                const Mention &p = ms.at(pi);
                if (p.type != MentionType::Person || p.span.end > t.span.start)
                    continue;
                const QStringView between = QStringView(a.text).mid(p.span.end, t.span.start - p.span.end);
                if (between.trimmed() == u"," && tp.person.isEmpty()) {
                    tp.person = CheckContext::entityKey(a, pi);
                    // The organisation may follow the title in the same clause.
                    if (tp.orgKey.isEmpty()) {
                        for (int oi : window.startingIn(t.span.end, t.span.end + 60)) {
                            const Mention &o = ms.at(oi);
                            if (isOrgLike(o.type) && o.span.start >= t.span.end && o.span.start - t.span.end <= 60
                                && !QStringView(a.text).mid(t.span.end, o.span.start - t.span.end).contains(u',')) {
                                tp.orgKey = CheckContext::entityKey(a, oi);
                                tp.orgName = o.text;
                            }
                        }
                    }
                }
            }
        }
        if (!tp.person.isEmpty())
            out.append(tp);
    }
    // A title written in lower case, which the recogniser leaves as plain words: "pemimpin
    // Korea Utara Kim Jong Un", "leader of North Korea, Kim Jong Un" is not (no organisation
    // right before the name).
    for (int pi = 0; pi < ms.size(); ++pi) {
        const Mention &p = ms.at(pi);
        if (p.type != MentionType::Person)
            continue;
        qsizetype pos = p.span.start;
        while (pos > 0 && (a.text.at(pos - 1).isSpace() || a.text.at(pos - 1) == QLatin1Char(',')))
            --pos;
        const Mention *org = nullptr;
        for (int oi : window.startingIn(pos - nameReach, pos)) {
            const Mention &o = ms.at(oi);
            if (isOrgLike(o.type) && o.span.end == pos && (!org || o.span.start < org->span.start))
                org = &o;
        }
        if (!org)
            continue;
        bool titled = false;
        for (int ti : window.startingIn(org->span.start - nameReach, p.span.start)) {
            const Mention &t = ms.at(ti);
            titled = titled || (t.type == MentionType::Title && t.span.overlaps(Span{org->span.start, p.span.start}));
        }
        if (titled)
            continue;
        // One or two lower-case words right before the organisation that are a role and nothing
        // else ("pemimpin", "perdana menteri").
        qsizetype start = org->span.start;
        while (start > 0 && a.text.at(start - 1).isSpace())
            --start;
        qsizetype wordStart = start;
        for (int words = 0; words < 2; ++words) {
            qsizetype w = wordStart;
            while (w > 0 && a.text.at(w - 1).isLetter())
                --w;
            if (w == wordStart || !a.text.at(w).isLower())
                break;
            const QString candidate = a.text.mid(w, org->span.start - w).simplified();
            qsizetype roleLength = 0;
            const QString role = roleOf(candidate, a.meta.language, &roleLength);
            if (!role.isEmpty() && QStringView(candidate).mid(roleLength).trimmed().isEmpty()) {
                TitledPerson tp;
                tp.role = role;
                tp.article = articleIndex;
                tp.span = Span{w, org->span.end};
                tp.text = a.text.mid(w, org->span.end - w).simplified();
                tp.orgKey = CheckContext::entityKey(a, int(org - ms.constData()));
                tp.orgName = org->text;
                tp.person = CheckContext::entityKey(a, pi);
                out.append(tp);
                break;
            }
            wordStart = w;
            while (wordStart > 0 && a.text.at(wordStart - 1).isSpace())
                --wordStart;
        }
    }
    return out;
}

} // namespace

// The same person given different roles at the same organisation ("Kepala BPBD Garut" in one
// article, "Sekretaris BPBD Garut" in another). One person holding two posts at different
// organisations is not a conflict.
QList<Finding> TitleConflictChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    QMap<QString, QList<TitledPerson>> byPerson;
    const auto &articles = context.report().articles;
    for (int ai = 0; ai < articles.size(); ++ai)
        for (const TitledPerson &tp : titledPeople(articles.at(ai), ai))
            byPerson[tp.person].append(tp);
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const QList<TitledPerson> &list = *it;
        QList<int> involved;
        for (int i = 0; i < list.size(); ++i)
            for (int j = i + 1; j < list.size(); ++j)
                if (list[i].article != list[j].article && !compatibleRoles(list[i].role, list[j].role)
                    && sameOrganisation(list[i], list[j])) {
                    if (!involved.contains(i))
                        involved.append(i);
                    if (!involved.contains(j))
                        involved.append(j);
                }
        if (involved.isEmpty())
            continue;
        std::sort(involved.begin(), involved.end());
        Finding f;
        f.kind = kind();
        f.severity = Severity::Medium;
        QStringList roles;
        QList<QStringList> textsPerRole; // every wording of each role, once regardless of case
        QString orgName;
        for (int i : std::as_const(involved)) {
            const TitledPerson &tp = list.at(i);
            f.evidence.append(evidenceAt(articles.at(tp.article), tp.span, tp.role));
            qsizetype r = roles.indexOf(tp.role);
            if (r < 0) {
                roles.append(tp.role);
                textsPerRole.append(QStringList());
                r = roles.size() - 1;
            }
            const QString quoted = QLatin1Char('"') + tp.text + QLatin1Char('"');
            if (!textsPerRole[r].contains(quoted, Qt::CaseInsensitive))
                textsPerRole[r].append(quoted);
            if (orgName.isEmpty())
                orgName = tp.orgName;
        }
        QStringList texts;
        for (const QStringList &t : std::as_const(textsPerRole))
            texts.append(t.join(QLatin1String(" / ")));
        const QString person = context.entityName(it.key());
        const auto s =
            findingSummary(FindingTextId::TitleConflict, {person, QString(), texts.join(QLatin1String(" vs "))},
                           {person, QString(), texts.join(QLatin1String(" vs "))});
        f.summary = s.en;
        f.summaryId = s.id;
        roles.sort();
        f.values = roles;
        f.key = f.kind + QLatin1Char('|') + person.toLower() + QLatin1Char('|') + roles.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
