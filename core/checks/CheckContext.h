#pragma once

#include "model/Report.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// A claim seen by the checks: its article, entity ids resolved through the mentions, and the
// time and quantity it carries, compared as closed intervals.
struct ClaimRef
{
    int article = -1;
    int claim = -1;
    const Article *doc = nullptr;
    const Claim *c = nullptr;
    QStringList entities; // participant entity keys, sorted, unique
    const TimeExpression *time = nullptr;
    QDate timeBegin;
    QDate timeEnd;
    const Quantity *quantity = nullptr;
    QString nounClass;
    double low = 0;
    double high = 0;
    QString source; // entity key of who says so, or empty
};

// Everything the checkers share: claims with resolved entities, and the claims grouped into
// events. Built once per report in time near-linear in the number of claims: entity ids are
// blocking keys, and a claim joins the event of any claim sharing one (union-find).
class CheckContext
{
public:
    explicit CheckContext(const Report &report);

    const Report &report() const { return m_report; }
    const QList<ClaimRef> &claims() const { return m_claims; }
    // Claim indexes per event, each sorted; events in order of their first claim.
    const QList<QList<int>> &events() const { return m_events; }
    // Claim indexes per (family, counted-noun class), for figures, in a stable order.
    const QList<QList<int>> &figureGroups() const { return m_figureGroups; }

    // The entity id of a mention, or a key made from its text when resolution left it open.
    static QString entityKey(const Article &article, int mention);
    QString entityName(const QString &key) const;
    // Who says so, as the entity is named, else as the source is written; empty when the
    // outlet itself states it. Worked out when asked: one string less per claim held.
    QString sourceName(const ClaimRef &claim) const;
    // Stable across re-analysis of the same text: review decisions hang on it.
    static QString fingerprint(const Article &article);

private:
    const Report &m_report;
    QList<ClaimRef> m_claims;
    QList<QList<int>> m_events;
    QList<QList<int>> m_figureGroups;
    QHash<QString, QString> m_entityNames;
};

// Dates of an event that recurs in place (recursInPlace) more than this many days apart are
// two occurrences of it, not two accounts of one.
constexpr qint64 occurrenceWindowDays = 31;

// Date interval helpers shared by the date and timeline code.
void timeInterval(const TimeValue &value, QDate *begin, QDate *end);
bool intervalsOverlap(const QDate &b1, const QDate &e1, const QDate &b2, const QDate &e2);

} // namespace fc
