#pragma once

#include <QString>

namespace fc {

// Markdown (CommonMark with GitHub tables, strikethrough and task lists, read by md4c) to plain
// text, one block per line: headings, list items (nested ones too), quotes and paragraphs each
// make a line, wrapped lines are joined, a hard break ends a line. Marks go; links keep their
// text; images and raw HTML go; entities and backslash escapes are decoded; a table row is one
// line with its cells separated by " | "; each line of a code block is a line of its own.
QString markdownToText(const QString &markdown);

} // namespace fc
