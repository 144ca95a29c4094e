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

} // namespace fc
