#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace fc {

// What every match of a regular expression must contain, read from its pattern: one of
// `literals` (case-folded, so a text is searched case-folded too) or, when `digit`, an ASCII
// digit. A text holding none of them cannot match, and the expression need not be run on it.
// Neither set means nothing is known: the expression must always run.
struct RequiredText
{
    QStringList literals;
    bool digit = false;

    bool known() const { return digit || !literals.isEmpty(); }
};

// The most selective requirement the pattern (PCRE2 syntax as QRegularExpression takes it)
// states in one mandatory part: a run of literal characters, a group whose every branch has
// one, or \d. Lookarounds, optional parts and character classes other than one letter's
// cases add nothing. Syntax the reader does not know (\Q, comments, extended mode,
// backreferences used as text) gives an unknown requirement, never a wrong one.
RequiredText requiredText(QStringView pattern);

// Whether a match of the pattern may hold a line break ("\n"), or turn out differently when
// the subject starts or ends at one instead of at the text's own start or end: false only
// when every part of it is known to need neither (literal characters, \d \w \S \h \N \V,
// \p of letters, marks and numbers, classes and ranges without a line break, groups,
// lookarounds, quantifiers). Anything else (".", "^", "$", \s, negated classes, \A,
// back references, quoting, comments) counts as "may". Then the pattern can run line by line
// and find what it finds over the whole text.
bool mayMatchLineBreak(QStringView pattern);

} // namespace fc
