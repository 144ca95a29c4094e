#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace fc {

// The finding kinds of the report contract ("date_conflict", ...) and the English name a
// reader sees for each ("date conflict"). Defined here once; front ends translate the name
// (context "fc::Report") and never keep a list of their own.
QList<QString> findingKindCodes(); // in the contract's order
// The English name, marked for translation; nullptr for a kind not in the contract, which
// front ends show as the engine wrote it.
const char *findingKindName(QStringView kind);

} // namespace fc
