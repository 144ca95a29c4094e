#include "FindingKind.h"

#include <QCoreApplication>

namespace fc {

namespace {
struct KindName
{
    const char *code;
    const char *name;
};

// The checkers' kinds (core/checks/Checkers.h; the measured-claim checker writes the first
// two). Reader names are lower case because reports use them inside sentences and tables.
constexpr KindName kinds[] = {
    {"date_conflict", QT_TRANSLATE_NOOP("fc::Report", "date conflict")},
    {"quantity_conflict", QT_TRANSLATE_NOOP("fc::Report", "figure conflict")},
    {"name_variant", QT_TRANSLATE_NOOP("fc::Report", "name variant")},
    {"title_conflict", QT_TRANSLATE_NOOP("fc::Report", "title conflict")},
    {"weekday_mismatch", QT_TRANSLATE_NOOP("fc::Report", "weekday mismatch")},
    {"revision", QT_TRANSLATE_NOOP("fc::Report", "revised figure")},
    {"attribution_conflict", QT_TRANSLATE_NOOP("fc::Report", "attribution conflict")},
    {"status_conflict", QT_TRANSLATE_NOOP("fc::Report", "status conflict")},
    {"truncated_text", QT_TRANSLATE_NOOP("fc::Report", "truncated text")},
    {"corroboration", QT_TRANSLATE_NOOP("fc::Report", "corroboration")},
};
} // namespace

QList<QString> findingKindCodes()
{
    QList<QString> codes;
    for (const KindName &k : kinds)
        codes << QLatin1String(k.code);
    return codes;
}

const char *findingKindName(QStringView kind)
{
    for (const KindName &k : kinds) {
        if (kind == QLatin1String(k.code))
            return k.name;
    }
    return nullptr;
}

} // namespace fc
