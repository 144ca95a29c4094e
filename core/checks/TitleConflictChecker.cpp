#include "Checkers.h"
#include "FindingText.h"

#include "lang/en/EnglishTitles.h"
#include "lang/id/Titles.h"

#include <QMap>
#include <QRegularExpression>

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

QString roleOf(const QString &title, const QString &language, qsizetype *length)
{
    const bool english = language == u"en";
    QString role = english ? lang::en::titleRole(title, length) : lang::id::titleRole(title, length);
    if (role.isEmpty())
        role = english ? lang::id::titleRole(title, length) : lang::en::titleRole(title, length);
    return role;
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

QList<TitledPerson> titledPeople(const Article &a, int articleIndex)
{
    QList<TitledPerson> out;
    const auto &ms = a.mentions;
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
        for (int oi = 0; oi < ms.size(); ++oi) {
            const Mention &o = ms.at(oi);
            if (!isOrgLike(o.type))
                continue;
            const bool inside = t.span.contains(o.span);
            const bool right = o.span.start >= t.span.end && o.span.start <= skipJoiners(a.text, t.span.end)
                && o.span.start - t.span.end <= 2;
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
            rest.remove(QRegularExpression(QStringLiteral("^(of the |of )"), QRegularExpression::CaseInsensitiveOption));
            if (!rest.isEmpty()) {
                tp.orgKey = QStringLiteral("name:") + rest.toLower();
                tp.orgName = rest;
            }
        }
        // The person right after the title ("Kepala BPBD Garut, Rahmat Hidayat") ...
        const qsizetype after = skipJoiners(a.text, extentEnd);
        for (int pi = 0; pi < ms.size(); ++pi) {
            const Mention &p = ms.at(pi);
            if (p.type == MentionType::Person && p.span.start == after) {
                tp.person = CheckContext::entityKey(a, pi);
                break;
            }
        }
        // ... or right before it, in apposition ("Rahmat Hidayat, head of the agency").
        if (tp.person.isEmpty()) {
            for (int pi = 0; pi < ms.size(); ++pi) {
                const Mention &p = ms.at(pi);
                if (p.type != MentionType::Person || p.span.end > t.span.start)
                    continue;
                const QStringView between = QStringView(a.text).mid(p.span.end, t.span.start - p.span.end);
                if (between.trimmed() == u"," && tp.person.isEmpty()) {
                    tp.person = CheckContext::entityKey(a, pi);
                    // The organisation may follow the title in the same clause.
                    if (tp.orgKey.isEmpty()) {
                        for (int oi = 0; oi < ms.size(); ++oi) {
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
        QStringList roles, texts;
        QString orgName;
        for (int i : std::as_const(involved)) {
            const TitledPerson &tp = list.at(i);
            f.evidence.append(evidenceAt(articles.at(tp.article), tp.span, tp.role));
            if (!roles.contains(tp.role)) {
                roles.append(tp.role);
                texts.append(QLatin1Char('"') + tp.text + QLatin1Char('"'));
            }
            if (orgName.isEmpty())
                orgName = tp.orgName;
        }
        const QString person = context.entityName(it.key());
        const auto s = findingSummary(FindingTextId::TitleConflict, {person, QString(), texts.join(QLatin1String(" vs "))},
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
