#include "Checkers.h"

#include <QLocale>

namespace fc {

std::vector<std::unique_ptr<Checker>> allCheckers()
{
    std::vector<std::unique_ptr<Checker>> list;
    list.push_back(std::make_unique<DateConflictChecker>());
    list.push_back(std::make_unique<QuantityConflictChecker>());
    list.push_back(std::make_unique<NameVariantChecker>());
    list.push_back(std::make_unique<TitleConflictChecker>());
    list.push_back(std::make_unique<WeekdayMismatchChecker>());
    list.push_back(std::make_unique<RevisionChecker>());
    list.push_back(std::make_unique<AttributionConflictChecker>());
    list.push_back(std::make_unique<StatusConflictChecker>());
    list.push_back(std::make_unique<TruncatedTextChecker>());
    list.push_back(std::make_unique<CorroborationChecker>());
    list.push_back(std::make_unique<MeasuredConflictChecker>());
    return list;
}

Evidence evidenceAt(const Article &article, const Span &span, const QString &value)
{
    Evidence e;
    e.doc = article.id;
    e.span = span;
    e.text = article.textOf(span).toString();
    e.value = value;
    return e;
}

Evidence timeEvidence(const ClaimRef &ref)
{
    return evidenceAt(*ref.doc, ref.time->span, ref.time->value.iso());
}

Evidence quantityEvidence(const ClaimRef &ref)
{
    return evidenceAt(*ref.doc, ref.quantity->span, figureValue(ref));
}

QString figureText(const ClaimRef &ref)
{
    const QString text = ref.quantity->text.simplified();
    return text.isEmpty() ? figureValue(ref) : text;
}

QString figureValue(const ClaimRef &ref)
{
    return QLocale::c().toString(ref.quantity->value, 'g', 12);
}

bool revises(const ClaimRef &later, const ClaimRef &earlier)
{
    if (!later.c->revision)
        return false;
    const QDate a = later.doc->meta.published;
    const QDate b = earlier.doc->meta.published;
    return !a.isValid() || !b.isValid() || a >= b;
}

} // namespace fc
