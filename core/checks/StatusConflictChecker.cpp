#include "Checkers.h"
#include "FindingText.h"

#include "claims/PredicateCatalog.h"
#include "claims/SentenceWords.h"

namespace fc {

namespace {

bool weak(Modality m)
{
    return m == Modality::Alleged || m == Modality::Unconfirmed || m == Modality::Denied;
}

// What the event word acts on, as a counted-noun class: the nearest classed word within a few
// words ("mengerahkan rudal" is weapons, "pengerahan pasukan" troops). Empty when none.
QString themeOf(const ClaimRef &r)
{
    const SentenceWords words(r.doc->text, r.c->span);
    int trigger = -1;
    for (int i = 0; i < words.size() && trigger < 0; ++i)
        if (words.at(i).span == r.c->triggerSpan)
            trigger = i;
    if (trigger < 0)
        return {};
    constexpr int window = 4;
    for (int d = 1; d <= window; ++d) {
        for (int i : {trigger + d, trigger - d}) {
            if (i < 0 || i >= words.size())
                continue;
            const QString cls = countedNounClassAny(words.at(i).lower, r.doc->meta.language);
            if (!cls.isEmpty())
                return cls;
        }
    }
    return {};
}

} // namespace

// One article asserts or confirms an event that another reports only as alleged, not
// confirmed or denied. Medium when the asserting side explicitly confirms it, else low.
QList<Finding> StatusConflictChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    const auto &claims = context.claims();
    for (const QList<int> &event : context.events()) {
        QList<int> weakClaims, strongClaims;
        for (int i : event) {
            const Claim &c = *claims.at(i).c;
            if (weak(c.modality))
                weakClaims.append(i);
            else if (c.confirmed || c.modality == Modality::Stated)
                strongClaims.append(i);
        }
        if (weakClaims.isEmpty() || strongClaims.isEmpty())
            continue;
        // An asserting claim about something else ("Rusia mengerahkan rudal" against troops
        // alleged to be sent) is another event of the same kind.
        QStringList weakThemes;
        for (int i : std::as_const(weakClaims))
            weakThemes.append(themeOf(claims.at(i)));
        if (!weakThemes.contains(QString())) {
            strongClaims.removeIf([&](int i) {
                const QString theme = themeOf(claims.at(i));
                return !theme.isEmpty() && !weakThemes.contains(theme);
            });
            if (strongClaims.isEmpty())
                continue;
        }
        // Keep the asserting claims that stand against a weak claim of another article.
        QList<int> weakArticles;
        for (int i : weakClaims)
            if (!weakArticles.contains(claims.at(i).article))
                weakArticles.append(claims.at(i).article);
        bool cross = false, confirmed = false;
        QList<int> strongKept;
        for (int i : strongClaims) {
            if (weakArticles.size() == 1 && weakArticles.first() == claims.at(i).article)
                continue;
            cross = true;
            strongKept.append(i);
            confirmed = confirmed || claims.at(i).c->confirmed;
        }
        if (!cross)
            continue;
        Finding f;
        f.kind = kind();
        f.severity = confirmed ? Severity::Medium : Severity::Low;
        QStringList codes, names;
        const ClaimRef &w = claims.at(weakClaims.first());
        for (int i : weakClaims) {
            const ClaimRef &r = claims.at(i);
            f.evidence.append(evidenceAt(*r.doc, r.c->triggerSpan, modalityCode(r.c->modality)));
            if (!codes.contains(modalityCode(r.c->modality)))
                codes.append(modalityCode(r.c->modality));
            for (const QString &e : r.entities)
                if (!names.contains(context.entityName(e)))
                    names.append(context.entityName(e));
        }
        for (int i : std::as_const(strongKept)) {
            const ClaimRef &r = claims.at(i);
            f.evidence.append(evidenceAt(*r.doc, r.c->triggerSpan,
                                         r.c->confirmed ? QStringLiteral("confirmed") : modalityCode(r.c->modality)));
        }
        const auto s = findingSummary(FindingTextId::StatusConflict,
                                      {predicateNoun(w.c->predicate, false), modalityWord(int(w.c->modality), false)},
                                      {predicateNoun(w.c->predicate, true), modalityWord(int(w.c->modality), true)});
        f.summary = s.en;
        f.summaryId = s.id.at(0).toUpper() + s.id.mid(1);
        codes.sort();
        names.sort();
        f.values = codes;
        f.key = f.kind + QLatin1Char('|') + w.c->family + QLatin1Char('|') + codes.join(QLatin1Char('|'))
            + QLatin1Char('|') + names.join(QLatin1Char('|'));
        findings.append(f);
    }
    return findings;
}

} // namespace fc
