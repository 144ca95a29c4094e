#include "Checkers.h"
#include "FindingText.h"

#include <QFileInfo>

namespace fc {

// The ingest step marks a body that ends mid-word or without closing punctuation; the editor
// should fetch the full text before relying on what is missing.
QList<Finding> TruncatedTextChecker::check(const CheckContext &context) const
{
    QList<Finding> findings;
    for (const Article &a : context.report().articles) {
        if (!a.truncated)
            continue;
        Span span = a.truncationSpan;
        if (span.isEmpty()) {
            // Fall back on the last words of the text.
            qsizetype end = a.text.size();
            while (end > 0 && a.text.at(end - 1).isSpace())
                --end;
            qsizetype start = end;
            int spaces = 0;
            while (start > 0 && spaces < 3) {
                if (a.text.at(start - 1).isSpace())
                    ++spaces;
                if (spaces < 3)
                    --start;
            }
            span = Span{start, end};
        }
        const QString name = !a.meta.title.isEmpty() ? QLatin1Char('"') + a.meta.title + QLatin1Char('"')
            : !a.meta.outlet.isEmpty()               ? a.meta.outlet
            : !a.source.isEmpty()                    ? QFileInfo(a.source).fileName()
                                                     : a.id;
        Finding f;
        f.kind = kind();
        f.severity = Severity::Medium;
        f.evidence.append(evidenceAt(a, span, QString()));
        const auto s = findingSummary(FindingTextId::TruncatedText, {name}, {name});
        f.summary = s.en;
        f.summaryId = s.id;
        f.key = f.kind + QLatin1Char('|') + CheckContext::fingerprint(a);
        findings.append(f);
    }
    return findings;
}

} // namespace fc
