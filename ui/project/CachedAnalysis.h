#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

// One article's analysis as the project caches it (ArticleCodec blob), keyed by the text's
// hash and the options that shaped it. Its own header so the workbench's window can carry
// fresh results without seeing the store's other types.
struct CachedAnalysis
{
    QString contentHash;
    QString options;
    QByteArray result;
};

} // namespace fc
