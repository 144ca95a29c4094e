// The project's analysis cache: any blob either fails to decode, or decodes to an article
// that articleInconsistency() either rejects or that every index and span of fits.
// The first byte chooses: even, the rest is the blob; odd, the rest are (position, value)
// pairs written into the blob of a real analysed article, which reaches far deeper into the
// decoder than random bytes do.
#include "FuzzSupport.h"

#include "ingest/ArticleLoader.h"
#include "pipeline/Analyzer.h"
#include "project/ArticleCodec.h"
#include "project/ArticleValidation.h"

#include <cstdlib>

namespace {
QByteArray analysedBlob()
{
    const fc::LoadResult loaded = fc::ArticleLoader().loadText(
        QStringLiteral("JAKARTA - Bupati Garut Rudy Gunawan mengatakan banjir merendam 120 rumah di Desa Sukamaju "
                       "pada Senin (3/3/2025), kata dia kepada wartawan."),
        QStringLiteral("seed"));
    fc::Article article = *loaded.article;
    fc::Analyzer().analyzeArticle(article);
    return fc::project::encodeArticle(article);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApplication();
    if (size == 0)
        return 0;
    QByteArray blob;
    if (data[0] % 2 == 0) {
        blob = fc::fuzz::bytes(data + 1, size - 1);
    } else {
        static const QByteArray seed = analysedBlob();
        blob = seed;
        for (size_t i = 1; i + 2 < size; i += 3)
            blob[(data[i] << 8 | data[i + 1]) % blob.size()] = char(data[i + 2]);
    }
    fc::Article article;
    if (!fc::project::decodeArticle(blob, &article))
        return 0;
    if (!fc::project::articleInconsistency(article).isEmpty())
        return 0;
    // Accepted: every span and index fits.
    for (const fc::Mention &m : std::as_const(article.mentions))
        if (article.textOf(m.span).size() != m.span.length())
            std::abort();
    for (const fc::Claim &c : std::as_const(article.claims))
        for (int i : c.agentMentions)
            if (i < 0 || i >= article.mentions.size())
                std::abort();
    // Re-encoding what was accepted gives a blob that decodes again.
    fc::Article again;
    if (!fc::project::decodeArticle(fc::project::encodeArticle(article), &again))
        std::abort();
    return 0;
}
