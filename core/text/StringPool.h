#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fc {

// Equal strings and lists made one at a time (lemmas, lower-case words, units, ISO values,
// Wikidata ids) kept as one shared copy each: a long article repeats a few thousand words over
// tens of thousands of mentions and measured claims, and each copy cost a buffer (a header, the
// characters and malloc's overhead) until the report is written. A pool lives as long as the
// one article it serves; it only shares buffers, never changes a value.
class StringPool
{
public:
    void share(QString &s);
    // A list equal to an earlier one (the measured claims of one sentence share their words
    // and mentions) becomes a copy of it, sharing its buffer; a new one is trimmed first, so
    // the copy every later equal list shares holds no growth slack.
    void share(QStringList &list);
    void share(QList<int> &list);
    // Only a QVariant holding a string is shared.
    void share(QVariant &value);

private:
    QSet<QString> m_strings;
    QSet<QStringList> m_lists;
    QSet<QList<int>> m_intLists;
};

// One shared copy of a name that many results carry (rule names: a few dozen strings, one per
// mention, time and quantity), for all articles and threads. Called where a result is made, so
// the per-result copy is freed at once and its memory reused, not left as a hole among the
// results kept (tests/bench/README.md, eighth pass).
QString sharedName(const QString &name);

} // namespace fc
