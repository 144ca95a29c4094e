#pragma once

#include <QByteArray>

namespace fc {

// Drops start tags that would nest deeper than maxDepth (keeping their text and dropping their
// end tags), so that the HTML parser, whose every start tag walks the stack of open elements,
// stays linear in the input.
//
// The depth counted is never less than the depth the HTML parser builds, up to a constant
// factor (its implied html/body/tbody/tr elements): the tokenizer follows the HTML one where
// it matters (quoted attributes, comments, raw text and RCDATA elements, script escapes), a
// non-void "<div/>" opens a div as in HTML, and an end tag lowers the count only where the
// parser would pop too (not for a stray end tag, nor across a scope boundary or, for a
// formatting element, across a block). Where the two might differ the count errs high.
QByteArray limitHtmlNesting(const QByteArray &html, int maxDepth, bool *changed);

} // namespace fc
