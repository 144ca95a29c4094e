#include "ProjectAnalysis.h"

#include "ingest/ArticleLoader.h"
#include "project/ArticleCodec.h"
#include "project/ArticleValidation.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace fc {

QString projectEngineVersion()
{
    // Results depend on the code (its version) and on the bundled knowledge base and language
    // data, which can change without a version bump during development: hash those too.
    static const QString version = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList files;
        QDirIterator it(QStringLiteral(":/factcheck"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const auto &name : std::as_const(files)) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly)) {
                hash.addData(name.toUtf8());
                hash.addData(f.readAll());
            }
        }
        return QStringLiteral(FACTCHECK_VERSION "/codec%1/data-%2")
            .arg(project::ArticleCodecVersion)
            .arg(QString::fromLatin1(hash.result().toHex().left(16)));
    }();
    return version;
}

namespace {

// Everything besides the bytes that the per-article steps read.
QString optionsKey(const StoredArticle &a, const AnalysisOptions &options)
{
    return QStringList{a.name, a.userPublished.toString(Qt::ISODate), a.userTitle, options.language}.join(QChar(0x1f));
}

// The loader's format hint for a stored article: its file name's suffix, or for a page
// fetched from the web (stored under its URL) the suffix of the URL's path, as loading the
// URL falls back to when the server names no content type; no suffix means sniffing.
QString formatHint(const QString &name)
{
    if (name.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return QFileInfo(QUrl(name).path()).suffix().toLower();
    return QFileInfo(name).suffix().toLower();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The stored analysis of s, when it can be trusted: the stored hash must be the hash of the
// stored bytes (else the cache entry may belong to other bytes) and the decoded article must
// be consistent (a damaged or crafted file must not crash the checkers or report writers).
// A distrusted entry is said, naming the article, and the article is analysed again.
bool cachedArticle(const StoredArticle &s, const QByteArray &blob, Article *article, QList<Diagnostic> *diagnostics)
{
    const auto distrust = [&](const QString &why) {
        *diagnostics << Diagnostic{
            Diagnostic::Severity::Warning, s.name,
            QCoreApplication::translate("fc::ProjectStore", "its cached analysis was discarded (%1); analysed again")
                .arg(why)};
        *article = Article();
        return false;
    };
    if (sha256Hex(s.bytes) != s.contentHash.toLower())
        return blob.isEmpty() ? false
                              : distrust(QCoreApplication::translate(
                                    "fc::ProjectStore", "the stored hash does not match the stored bytes"));
    if (blob.isEmpty() || !project::decodeArticle(blob, article))
        return false; // a miss, or a blob of an older codec: recomputed silently as before
    const QString why = project::articleInconsistency(*article);
    return why.isEmpty() ? true : distrust(why);
}

QString cancelledMessage()
{
    return QCoreApplication::translate("fc::ProjectStore", "the analysis was cancelled");
}

} // namespace

std::optional<ProjectAnalysis> analyzeProject(ProjectStore &store, const AnalysisOptions &options, QString *error)
{
    QString readError;
    const QList<StoredArticle> stored = store.articles(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    const QString engine = projectEngineVersion();
    QHash<QString, QByteArray> cache; // by hash + options, one query rather than one per article
    for (auto &c : store.cachedAnalyses(engine))
        cache.insert(c.contentHash + QChar(0x1e) + c.options, std::move(c.result));

    ProjectAnalysis result;
    const ArticleLoader loader;
    const Analyzer analyzer(options);
    QList<Article> articles;
    QList<CachedAnalysis> &fresh = result.fresh;
    // Cached articles are decoded and the others loaded in order; the ones to analyse are
    // then analysed together on the core's thread pool (Analyzer::analyzeArticles).
    QList<qsizetype> pending; // positions in `articles` of the freshly loaded ones
    QList<QString> pendingKeys;
    QList<QString> pendingHashes;
    for (const auto &s : stored) {
        const QString key = optionsKey(s, options);
        const QString id = QStringLiteral("d%1").arg(articles.size() + 1);
        Article article;
        if (cachedArticle(s, cache.value(s.contentHash + QChar(0x1e) + key), &article, &result.diagnostics)) {
            ++result.cacheHits;
        } else {
            LoadResult loaded = loader.loadBytes(s.bytes, s.name, formatHint(s.name));
            if (!loaded.ok()) {
                result.diagnostics << loaded.diagnostics;
                continue;
            }
            article = std::move(*loaded.article);
            if (s.userPublished.isValid()) {
                article.meta.published = s.userPublished;
                article.meta.publishedSource = MetaSource::User;
            }
            if (!s.userTitle.isEmpty()) {
                article.meta.title = s.userTitle;
                article.meta.titleSource = MetaSource::User;
            }
            pending.append(articles.size());
            pendingKeys.append(key);
            pendingHashes.append(s.contentHash);
        }
        article.id = id;
        result.articleIds.append(s.id);
        articles.append(std::move(article));
    }
    QList<Article> toAnalyse;
    toAnalyse.reserve(pending.size());
    for (const qsizetype at : std::as_const(pending))
        toAnalyse.append(std::move(articles[at]));
    if (!analyzer.analyzeArticles(toAnalyse) || analyzer.isCancelled()) {
        // Cancelled: a partly analysed article must never reach the cache.
        *error = cancelledMessage();
        return std::nullopt;
    }
    for (qsizetype k = 0; k < pending.size(); ++k) {
        fresh.append({pendingHashes.at(k), pendingKeys.at(k), project::encodeArticle(toAnalyse.at(k))});
        articles[pending.at(k)] = std::move(toAnalyse[k]);
        ++result.analysed;
    }
    if (!store.isReadOnly()) {
        // A failed cache write costs only speed next time; the report is still right.
        QString cacheError;
        store.storeAnalyses(engine, fresh, &cacheError);
    }

    // The steps across articles, the Analyzer's own, over cached and fresh articles alike.
    result.report = analyzer.finish(std::move(articles));
    if (analyzer.isCancelled()) {
        *error = cancelledMessage();
        return std::nullopt;
    }
    return result;
}

} // namespace fc
