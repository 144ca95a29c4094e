#pragma once

#include <QString>

namespace fc::lang::id {

// The role a title names, as a language-independent key ("Kepala BPBD Garut" -> "head",
// "Pemimpin Tertinggi" -> "leader", "Wakil Presiden" -> "deputy president"), and how many
// characters of the title the role words take (the rest names the organisation).
QString titleRole(const QString &title, qsizetype *roleLength = nullptr);

} // namespace fc::lang::id
