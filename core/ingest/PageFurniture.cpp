#include "PageFurniture.h"

#include "lang/Language.h"
#include "text/WordList.h"

#include <QRegularExpression>

namespace fc {

namespace {

struct FurnitureData
{
    QStringList related;        // lowercased markers
    QStringList trailers;       // lowercased
    QStringList credits;        // lowercased
    QStringList creditPrefixes; // lowercased, "foto:": a credit whatever follows
    QStringList classWords;     // lowercased, words apart: "baca juga"
    // First characters of the related markers and trailers, when all are ASCII and none is
    // empty (see mayBeFurniture).
    QString firstChars;
    bool prefilter = true;
};

const FurnitureData &data()
{
    static const FurnitureData d = [] {
        FurnitureData f;
        for (const LanguageRules *language : allLanguages()) {
            const QString &lang = language->code;
            for (const QString &line : loadWordList(QStringLiteral(":/factcheck/lang/%1/furniture.txt").arg(lang))) {
                const QString kind = line.section(QLatin1Char('\t'), 0, 0);
                const QString phrase = line.section(QLatin1Char('\t'), 1).trimmed().toLower();
                if (kind == u"related")
                    f.related << phrase;
                else if (kind == u"trailer")
                    f.trailers << phrase;
                else if (kind == u"credit")
                    f.credits << phrase;
                else if (kind == u"credit-prefix")
                    f.creditPrefixes << phrase;
                else if (kind == u"class")
                    f.classWords << phrase;
            }
        }
        for (const QString &m : f.related + f.trailers) {
            if (m.isEmpty() || m.front().unicode() >= 0x80)
                f.prefilter = false;
            else if (!f.firstChars.contains(m.front()))
                f.firstChars.append(m.front());
        }
        return f;
    }();
    return d;
}

QString bare(const QString &s)
{
    QString t = s.trimmed().toLower();
    while (t.endsWith(QLatin1Char(':')) || t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t.trimmed();
}

// Whether the paragraph can begin with a related marker or a trailer at all. Every one of them
// must match from the paragraph's first character, so an ASCII first letter no marker starts
// with rules the paragraph out before the whole of it is trimmed and lowercased (most of the
// time spent here, for every paragraph of every article).
bool mayBeFurniture(const QString &paragraph)
{
    const FurnitureData &d = data();
    const QStringView t = QStringView(paragraph).trimmed();
    if (!d.prefilter || t.isEmpty() || t.front().unicode() >= 0x80)
        return true;
    return d.firstChars.contains(t.front().toLower());
}

} // namespace

FurnitureKind pageFurnitureKind(const QString &paragraph)
{
    if (paragraph.size() > 300 || !mayBeFurniture(paragraph))
        return FurnitureKind::None;
    const QString t = bare(paragraph);
    if (t.isEmpty())
        return FurnitureKind::None;
    for (const QString &m : data().related) {
        if (t == m)
            return FurnitureKind::RelatedMarker;
        if (!t.startsWith(m) || t.size() == m.size() || t.at(m.size()).isLetterOrNumber())
            continue;
        const QString rest = t.mid(m.size()).trimmed();
        if (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2013)))
            return FurnitureKind::RelatedInline;
    }
    for (const QString &m : data().trailers)
        if (t == m)
            return FurnitureKind::Trailer;
    return FurnitureKind::None;
}

QString furnitureClassPattern()
{
    QStringList alternatives;
    for (const QString &phrase : data().classWords) {
        QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words)
            w = QRegularExpression::escape(w);
        alternatives << words.join(QStringLiteral("[-_]?"));
    }
    return alternatives.join(QLatin1Char('|'));
}

bool looksLikeHeadline(const QString &paragraph)
{
    const QString t = paragraph.trimmed();
    if (t.isEmpty() || t.size() > 160)
        return false;
    const QChar last = t.back();
    return last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?');
}

bool endsWithPhotoCredit(const QString &paragraph)
{
    static const QRegularExpression credit(QStringLiteral("[\\(\\[]([^\\(\\)\\[\\]]{1,40})[\\)\\]]\\s*$"));
    const auto m = credit.matchView(QStringView(paragraph).right(48));
    if (!m.hasMatch())
        return false;
    QString inner = m.captured(1).trimmed().toLower();
    for (const QString &prefix : data().creditPrefixes) {
        if (inner.startsWith(prefix))
            return true;
    }
    inner = inner.section(QLatin1Char('/'), 0, 0).trimmed(); // "(AP/Ahn Young-joon)"
    return data().credits.contains(inner);
}

} // namespace fc
