#include "MarkdownConverter.h"

#include <QRegularExpression>
#include <QStringList>

namespace fc {

namespace {

// Every inline construct spans at most 256 characters between its delimiters. Unbounded, an
// opening mark without its closing one ("*a *a *a ...", "[a [a ...") made each regular
// expression scan to the paragraph's end from every mark: quadratic in the paragraph. A longer
// span keeps its marks as text.
QString inlineText(QString s)
{
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]{0,256}\\]\\([^)]{0,256}\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]{0,256})\\]\\([^)]{0,256}\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]{0,256})\\]\\[[^\\]]{0,256}\\]"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(\\S(?:.{0,256}?\\S)?)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])([*_])(\\S(?:.{0,256}?\\S)?)\\1(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`([^`]{0,256})`"));
    s.remove(image);
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(code, QStringLiteral("\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    s.replace(emphasis, QStringLiteral("\\2"));
    return s;
}

} // namespace

QString markdownToText(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$"));
    static const QRegularExpression quote(QStringLiteral("^\\s*>\\s?(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const QRegularExpression linkDefinition(QStringLiteral("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+"));

    QStringList out;
    QString paragraph;
    auto flush = [&] {
        const QString t = inlineText(paragraph.simplified()).simplified();
        if (!t.isEmpty())
            out << t;
        paragraph.clear();
    };
    bool inFence = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().startsWith(QLatin1String("```")) || line.trimmed().startsWith(QLatin1String("~~~"))) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
            continue;
        }
        if (line.trimmed().isEmpty() || linkDefinition.match(line).hasMatch()) {
            flush();
            continue;
        }
        // "Title\n=====": the underline makes the paragraph so far a heading.
        if (!paragraph.isEmpty() && setextUnderline.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flush();
            paragraph = m.captured(1);
            flush();
            continue;
        }
        if (const auto m = listItem.match(line); m.hasMatch()) {
            flush();
            paragraph = m.captured(1);
            continue;
        }
        if (const auto m = quote.match(line); m.hasMatch())
            line = m.captured(1);
        if (line.endsWith(QLatin1String("  ")) || line.endsWith(QLatin1Char('\\'))) { // hard break
            if (line.endsWith(QLatin1Char('\\')))
                line.chop(1);
            paragraph += QLatin1Char(' ') + line;
            flush();
            continue;
        }
        paragraph += QLatin1Char(' ') + line;
    }
    flush();
    return out.join(QLatin1Char('\n'));
}

} // namespace fc
