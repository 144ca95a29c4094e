#pragma once

#include <QList>
#include <QString>

namespace fc {

// A word or a punctuation mark, as the name recogniser sees them. Words keep inner hyphens,
// apostrophes and dots ("Kim Jong-un", "O'Brien", "Bisnis.com", "U.S."); an English
// possessive is a mark of its own ("Putin" "'s"), so a name never ends with it.
struct NameToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString lower;
    bool word = false;
    bool capitalised = false; // starts with an upper-case letter or a digit-led code ("G20" no)
    bool allCaps = false;     // every letter upper-case ("BPBD", "GARUT")
    bool digit = false;       // starts with a digit
};

QList<NameToken> tokeniseNames(const QString &text, qsizetype start, qsizetype end);

} // namespace fc
