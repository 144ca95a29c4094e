#include "StringPool.h"

#include <QMutex>

namespace fc {

namespace {

template<typename List> void shareList(QSet<List> &lists, List &list)
{
    if (list.isEmpty())
        return;
    const auto it = lists.constFind(list);
    if (it != lists.cend()) {
        if (!it->isSharedWith(list))
            list = *it;
        return;
    }
    if (list.isDetached() && list.capacity() > list.size())
        list.squeeze();
    lists.insert(list);
}

} // namespace

QString sharedName(const QString &name)
{
    static QMutex mutex;
    static QSet<QString> names;
    if (name.isEmpty())
        return name;
    const QMutexLocker lock(&mutex);
    auto it = names.constFind(name);
    if (it == names.cend())
        it = names.insert(name);
    return *it;
}

void StringPool::share(QString &s)
{
    if (s.isEmpty())
        return;
    const auto it = m_strings.constFind(s);
    if (it == m_strings.cend())
        m_strings.insert(s);
    else if (it->constData() != s.constData())
        s = *it;
}

void StringPool::share(QStringList &list)
{
    for (QString &s : list)
        share(s);
    shareList(m_lists, list);
}

void StringPool::share(QList<int> &list)
{
    shareList(m_intLists, list);
}

void StringPool::share(QVariant &value)
{
    if (value.metaType().id() != QMetaType::QString)
        return;
    QString s = value.toString();
    const QChar *before = s.constData();
    share(s);
    if (s.constData() != before)
        value = s;
}

} // namespace fc
