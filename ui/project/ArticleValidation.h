#pragma once

#include "model/Article.h"

#include <QString>

namespace fc::project {

// Whether an article decoded from a project's analysis cache is consistent: every span lies in
// its text, every index points into its list, every enumeration holds one of its values and
// the offset map fits both texts. A project file is input like any other (it may be damaged or
// crafted), and the report writers and checkers index with these values unchecked.
// Returns an empty string when consistent, else the first inconsistency (untranslated detail
// for the message that discards the cached analysis).
QString articleInconsistency(const Article &article);

} // namespace fc::project
