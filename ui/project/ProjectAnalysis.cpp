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

// The project's analysis cache as the driver's per-article cache: read once for the engine
// version (one query rather than one per article), each entry checked before it is trusted;
// what the run analysed is collected to be written in one transaction afterwards.
class ProjectCache : public ArticleCache
{
public:
    ProjectCache(ProjectStore &store, const QString &engine, const QList<StoredArticle> &stored,
                 QList<CachedAnalysis> *fresh)
        : m_stored(stored)
        , m_fresh(fresh)
    {
        for (auto &c : store.cachedAnalyses(engine))
            m_blobs.insert(c.contentHash + QChar(0x1e) + c.options, std::move(c.result));
    }

    std::optional<Article> find(qsizetype index, const QString &key, QList<Diagnostic> *diagnostics) override
    {
        const StoredArticle &s = m_stored.at(index);
        Article article;
        if (!cachedArticle(s, m_blobs.value(s.contentHash + QChar(0x1e) + key), &article, diagnostics))
            return std::nullopt;
        return article;
    }

    void store(qsizetype index, const QString &key, const Article &article) override
    {
        m_fresh->append({m_stored.at(index).contentHash, key, project::encodeArticle(article)});
    }

private:
    const QList<StoredArticle> &m_stored;
    QList<CachedAnalysis> *m_fresh;
    QHash<QString, QByteArray> m_blobs; // by hash + options key
};

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
    ProjectAnalysis result;
    ProjectCache cache(store, engine, stored, &result.fresh);
    const ArticleLoader loader;
    const Analyzer analyzer(options);

    // Every stored article is an input of the one driver: a cache hit is decoded, a miss is
    // loaded from its bytes with the editor's corrections applied, then analysed.
    QList<ArticleInput> inputs;
    inputs.reserve(stored.size());
    for (const auto &s : stored) {
        inputs.append({optionsKey(s, options), [&loader, &s] {
            LoadResult loaded = loader.loadBytes(s.bytes, s.name, formatHint(s.name));
            if (!loaded.ok())
                return loaded;
            Article &article = *loaded.article;
            if (s.userPublished.isValid()) {
                article.meta.published = s.userPublished;
                article.meta.publishedSource = MetaSource::User;
            }
            if (!s.userTitle.isEmpty()) {
                article.meta.title = s.userTitle;
                article.meta.titleSource = MetaSource::User;
            }
            return loaded;
        }});
    }
    InputsRun run = analyzer.analyzeInputs(inputs, &cache);
    result.diagnostics = std::move(run.diagnostics);
    result.cacheHits = run.cacheHits;
    result.analysed = run.analysed;
    // Written even when the cross-article steps were cancelled: these articles were analysed
    // completely. A failed cache write costs only speed next time; the report is still right.
    if (!store.isReadOnly() && !result.fresh.isEmpty()) {
        QString cacheError;
        store.storeAnalyses(engine, result.fresh, &cacheError);
    }
    // A run cancelled before the cross-article steps has no report articles; otherwise ask once,
    // as the steps may have been cancelled (the cancel check is not polled more than needed:
    // tst_projectcache counts its polls).
    const bool stoppedBeforeFinish = run.report.articles.size() != run.inputOf.size();
    if (stoppedBeforeFinish || analyzer.isCancelled()) {
        *error = cancelledMessage();
        return std::nullopt;
    }
    for (const qsizetype input : std::as_const(run.inputOf))
        result.articleIds.append(stored.at(input).id);
    result.report = std::move(run.report);
    return result;
}

} // namespace fc
