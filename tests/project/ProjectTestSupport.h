#pragma once

#include "project/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Small helpers shared by the project tests.
namespace fc::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Articles written for these tests (invented text, no outlet's sentences).
inline QList<NewArticle> sampleArticles()
{
    return {
        {QStringLiteral("alpha.txt"), QStringLiteral("/in/alpha.txt"),
         QByteArrayLiteral("Banjir melanda Desa Contoh pada Senin (3/3/2025). Sekitar 120 rumah terendam.\n")},
        {QStringLiteral("beta.txt"), QStringLiteral("/in/beta.txt"),
         QByteArrayLiteral(
             "Flooding hit the village of Contoh on Sunday, 2 March 2025. About 150 houses were flooded.\n")},
    };
}

} // namespace fc::test
