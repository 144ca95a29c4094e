#pragma once

#include "CheckContext.h"

#include "model/Finding.h"

#include <memory>
#include <vector>

namespace fc {

// One kind of finding. Checkers read the shared context and never see each other's output.
class Checker
{
public:
    virtual ~Checker() = default;
    virtual QString kind() const = 0;
    virtual QList<Finding> check(const CheckContext &context) const = 0;
};

#define FC_DECLARE_CHECKER(Name, Kind)                                                                                 \
    class Name : public Checker                                                                                        \
    {                                                                                                                  \
    public:                                                                                                            \
        QString kind() const override                                                                                  \
        {                                                                                                              \
            return QStringLiteral(Kind);                                                                               \
        }                                                                                                              \
        QList<Finding> check(const CheckContext &context) const override;                                              \
    };

FC_DECLARE_CHECKER(DateConflictChecker, "date_conflict")
FC_DECLARE_CHECKER(QuantityConflictChecker, "quantity_conflict")
FC_DECLARE_CHECKER(NameVariantChecker, "name_variant")
FC_DECLARE_CHECKER(TitleConflictChecker, "title_conflict")
FC_DECLARE_CHECKER(WeekdayMismatchChecker, "weekday_mismatch")
FC_DECLARE_CHECKER(RevisionChecker, "revision")
FC_DECLARE_CHECKER(AttributionConflictChecker, "attribution_conflict")
FC_DECLARE_CHECKER(StatusConflictChecker, "status_conflict")
FC_DECLARE_CHECKER(TruncatedTextChecker, "truncated_text")
FC_DECLARE_CHECKER(CorroborationChecker, "corroboration")
FC_DECLARE_CHECKER(MeasuredConflictChecker, "measured_conflict")

#undef FC_DECLARE_CHECKER

// Every checker, in a fixed order.
std::vector<std::unique_ptr<Checker>> allCheckers();

// Shared helpers for building findings.
Evidence evidenceAt(const Article &article, const Span &span, const QString &value);
Evidence timeEvidence(const ClaimRef &ref);
Evidence quantityEvidence(const ClaimRef &ref);
// The figure as written ("sekitar 10.000") and as a value ("10000").
QString figureText(const ClaimRef &ref);
QString figureValue(const ClaimRef &ref);
// A later report revises an earlier one: the later claim carries a revision cue and was
// published no earlier (unknown dates do not block the revision reading).
bool revises(const ClaimRef &later, const ClaimRef &earlier);
// A misspelling of a name rather than a short form, acronym or case difference.
bool isSpellingVariant(const QString &variant, const QString &reference);

} // namespace fc
