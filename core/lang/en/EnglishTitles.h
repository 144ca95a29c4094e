#pragma once

#include <QString>

namespace fc::lang::en {

// The role an English title names ("head of the agency" -> "head", "Supreme Leader" ->
// "leader"), with the characters it takes, as fc::lang::id::titleRole does for Indonesian.
QString titleRole(const QString &title, qsizetype *roleLength = nullptr);

} // namespace fc::lang::en
