#include "WordList.h"

#include <QFile>

namespace fc {

QStringList loadWordList(const QString &resourcePath)
{
    QFile file(resourcePath);
    QStringList words;
    if (!file.open(QIODevice::ReadOnly))
        return words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            words << t;
    }
    return words;
}

} // namespace fc
