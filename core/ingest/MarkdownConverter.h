#pragma once

#include <QString>

namespace fc {

// Markdown to plain text, one paragraph per line: headings, list items and quotes lose their
// markers, emphasis and code marks go, links keep their text, images go. Wrapped paragraph
// lines are joined. Enough for articles, not a CommonMark implementation.
QString markdownToText(const QString &markdown);

} // namespace fc
