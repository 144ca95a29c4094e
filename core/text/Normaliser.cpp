#include "Normaliser.h"

namespace fc {

namespace {

bool isHorizontalSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\f' || c == u'\v' || (c >= u'\u2000' && c <= u'\u200A')
        || c == u'\u202F' || c == u'\u205F' || c == u'\u3000' || c == u'\u1680';
}

// Invisible characters that only get in the way of matching.
bool isDropped(char16_t c)
{
    return c == u'\u200B' || c == u'\u200C' || c == u'\u200D' || c == u'\u2060' || c == u'\uFEFF' || c == u'\u00AD';
}

char16_t foldPunctuation(char16_t c)
{
    switch (c) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2032': return u'\'';
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2033': return u'"';
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015': return NormalisedDash;
    case u'\u2010':
    case u'\u2011': return u'-';
    case u'\u2212': return u'-';
    default: return c;
    }
}

bool isLetter(QChar c)
{
    return c.isLetter();
}

// The word that ends just before `end` in s (letters only).
QStringView wordBefore(QStringView s, qsizetype end)
{
    qsizetype b = end;
    while (b > 0 && isLetter(s.at(b - 1)))
        --b;
    return s.mid(b, end - b);
}

// Printable ASCII: never whitespace, never dropped, never folded. Almost every character of a
// news text is one, so this test comes first.
bool isPlainAscii(char16_t c)
{
    return c > u' ' && c < 0x7F;
}

// The normaliser's one pass, writing the text and appending one entry per character written to
// `map` (a QList for the per-character reference, an OffsetMap in the analysis).
template<typename Map> QString normaliseInto(const QString &in, const NormaliseOptions &options, Map &map)
{
    const qsizetype n = in.size();
    const char16_t *src = reinterpret_cast<const char16_t *>(in.constData());

    // Every character written consumes at least one input character (a paragraph break's two
    // newlines stand for two line breaks), so the text is never longer than the input: it is
    // sized once and written through a pointer. Appending one character at a time to a
    // QString cost more than everything else here.
    QString out(n, Qt::Uninitialized);
    char16_t *const dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype len = 0; // characters written

    int pendingNewlines = 0; // line breaks seen since the last character written
    bool pendingSpace = false;
    qsizetype pendingPos = 0;

    auto emit = [&](char16_t c, qsizetype at) {
        dst[len] = c;
        map.append(at);
        ++len;
    };
    auto flushPending = [&] {
        if (len == 0) {
            pendingNewlines = 0;
            pendingSpace = false;
            return;
        }
        if (pendingNewlines > 0) {
            const bool paragraphBreak = pendingNewlines >= 2;
            if (options.reflowLines && !paragraphBreak) {
                emit(u' ', pendingPos);
            } else {
                emit(u'\n', pendingPos);
                if (paragraphBreak)
                    emit(u'\n', pendingPos);
            }
        } else if (pendingSpace) {
            emit(u' ', pendingPos);
        }
        pendingNewlines = 0;
        pendingSpace = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = src[i];
        if (!isPlainAscii(c)) {
            if (c == u'\r') {
                if (i + 1 < n && src[i + 1] == u'\n')
                    continue;
                c = u'\n';
            }
            if (c == u'\n' || c == u'\u2028' || c == u'\u2029') {
                if (pendingNewlines == 0)
                    pendingPos = i;
                ++pendingNewlines;
                pendingSpace = false;
                continue;
            }
            if (isHorizontalSpace(c)) {
                if (pendingNewlines == 0 && !pendingSpace) {
                    pendingSpace = true;
                    pendingPos = i;
                }
                continue;
            }
            if (isDropped(c))
                continue;
            c = foldPunctuation(c);
        }
        if (pendingNewlines == 0 && !pendingSpace) {
            emit(c, i);
            continue;
        }

        // "pemerin-\ntah" is one word broken at the line end: join it. A repeated word
        // ("besar-\nbesaran") keeps its hyphen, as Indonesian reduplication needs it.
        if (pendingNewlines == 1 && len >= 2 && dst[len - 1] == u'-' && isLetter(QChar(dst[len - 2]))
            && QChar(c).isLower()) {
            const QStringView before = wordBefore(QStringView(dst, len), len - 1);
            const QStringView after = QStringView(in).mid(i, before.size());
            if (before.compare(after, Qt::CaseInsensitive) != 0) {
                --len; // drop the hyphen
                map.removeLast();
            }
            pendingNewlines = 0;
            pendingSpace = false;
        }
        flushPending();
        emit(c, i);
    }
    // The end maps to just after the last character kept, not past trailing whitespace.
    map.append(len == 0 ? 0 : map.last() + 1);
    out.truncate(len);
    return out;
}

} // namespace

void normalise(Article &article, const NormaliseOptions &options)
{
    OffsetMap map;
    article.text = normaliseInto(article.originalText, options, map);
    map.squeeze();
    article.offsets = std::move(map);
}

QList<qsizetype> perCharacterOffsets(const QString &original, const NormaliseOptions &options)
{
    QList<qsizetype> map;
    map.reserve(original.size() + 1);
    normaliseInto(original, options, map);
    return map;
}

} // namespace fc
