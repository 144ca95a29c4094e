#include "MetadataExtractor.h"

#include "ingest/PageFurniture.h"
#include "lang/LanguageIdentifier.h"
#include "text/WordList.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace fc {

namespace {

struct CalendarNames
{
    QHash<QString, int> months; // lowercased long and short names -> 1..12
    QString monthPattern;       // alternation for regular expressions
    QString weekdayPattern;
};

QString alternation(QStringList names)
{
    // Longest first so "Agustus" wins over "Agu".
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    names.removeDuplicates();
    for (QString &n : names)
        n = QRegularExpression::escape(n);
    return names.join(QLatin1Char('|'));
}

const CalendarNames &calendarNames()
{
    static const CalendarNames c = [] {
        CalendarNames out;
        QStringList months;
        QStringList weekdays;
        for (const QLocale &locale : {QLocale(QLocale::Indonesian), QLocale(QLocale::English)}) {
            for (int m = 1; m <= 12; ++m) {
                for (const QString &name :
                     {locale.monthName(m, QLocale::LongFormat), locale.monthName(m, QLocale::ShortFormat),
                      locale.standaloneMonthName(m, QLocale::LongFormat)}) {
                    QString n = name;
                    n.remove(QLatin1Char('.'));
                    if (n.isEmpty())
                        continue;
                    out.months.insert(n.toLower(), m);
                    months << n;
                }
            }
            for (int d = 1; d <= 7; ++d) {
                weekdays << locale.dayName(d, QLocale::LongFormat) << locale.standaloneDayName(d, QLocale::LongFormat);
            }
        }
        out.monthPattern = alternation(months);
        out.weekdayPattern = alternation(weekdays);
        return out;
    }();
    return c;
}

int fullYear(int y)
{
    return y < 100 ? 2000 + y : y;
}

QString text(const Article &a, const Paragraph &p)
{
    return a.text.mid(p.span.start, p.span.length());
}

int wordCount(const QString &s)
{
    return int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

bool endsWithSentencePunctuation(const QString &s)
{
    static const QString closers = QStringLiteral(".!?\"')]:;\u2026");
    return !s.isEmpty() && closers.contains(s.back());
}

bool isAllCaps(const QString &s)
{
    bool letter = false;
    for (const QChar c : s) {
        if (c.isLower())
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

bool isCapitalisedPhrase(const QString &s)
{
    const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString &w : words)
        if (!w.at(0).isUpper() && !w.at(0).isDigit())
            return false;
    return true;
}

bool hasOutletWord(const QString &line)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const QString &w : loadWordList(QStringLiteral(":/factcheck/lang/id/outlet-words.txt")))
            s.insert(w.toLower());
        return s;
    }();
    if (line.contains(QLatin1String(".com")) || line.contains(QLatin1String(".id"))
        || line.contains(QLatin1String(".co")))
        return true;
    for (const QString &w : line.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (words.contains(w))
            return true;
    return false;
}

// A short line of one to four capitalised words and nothing else: a byline, an outlet or a
// photographer's credit.
bool isNameLine(const QString &line)
{
    if (line.size() > 60 || wordCount(line) > 4 || endsWithSentencePunctuation(line))
        return false;
    for (const QChar c : line)
        if (c.isDigit())
            return false;
    return isCapitalisedPhrase(line);
}

struct Dateline
{
    QString place;
    QString outlet;
    QDate date;
    bool found = false;
};

// "Bisnis.com, JAKARTA", "KABARINDO, RUSIA", "GARUT, Jawa Barat", "Meja Fakta", "GARUT",
// "JAKARTA, 12 November 2024", "Jakarta (ANTARA)".
Dateline readDatelinePrefix(const QString &prefix)
{
    Dateline d;
    QString rest = prefix.trimmed();
    static const QRegularExpression agency(QStringLiteral("\\(([^()]{2,30})\\)\\s*$"));
    if (const auto m = agency.match(rest); m.hasMatch()) {
        d.outlet = m.captured(1).trimmed();
        rest = rest.left(m.capturedStart()).trimmed();
    }
    QStringList parts = rest.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    // A date may close the dateline.
    if (!parts.isEmpty()) {
        if (const QDate date = parseNewsDate(parts.last()); date.isValid()) {
            d.date = date;
            parts.removeLast();
        }
    }
    if (parts.isEmpty() || parts.size() > 2) {
        d.found = parts.isEmpty() && (!d.outlet.isEmpty() || d.date.isValid());
        return d.found ? d : Dateline{};
    }
    for (const QString &p : parts)
        if (p.isEmpty() || wordCount(p) > 3 || !(isCapitalisedPhrase(p) || hasOutletWord(p)))
            return Dateline{};
    d.found = true;
    if (parts.size() == 1) {
        // A place is written in capitals; "Meja Fakta" or "Bisnis.com" is an outlet.
        if (isAllCaps(parts.first()) && !hasOutletWord(parts.first()))
            d.place = parts.first();
        else if (d.outlet.isEmpty())
            d.outlet = parts.first();
        else
            d.place = parts.first();
        return d;
    }
    // "OUTLET, PLACE" when the second part is in capitals; "PLACE, Region" otherwise.
    if (isAllCaps(parts.at(1)) && d.outlet.isEmpty()) {
        d.outlet = parts.at(0);
        d.place = parts.at(1);
    } else {
        d.place = parts.at(0);
    }
    return d;
}

// A body paragraph that opens with a dateline: "GARUT, Jawa Barat – ...".
Dateline leadingDateline(const QString &paragraph)
{
    static const QRegularExpression re(QStringLiteral("^(.{2,60}?)\\s+[-\u2013]\\s+\\S"));
    const auto m = re.match(paragraph);
    if (!m.hasMatch())
        return {};
    return readDatelinePrefix(m.captured(1));
}

// "Jakarta, Inakoran" on a line of its own: place, then outlet.
Dateline ownLineDateline(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char(','));
    if (parts.size() != 2 || wordCount(line) > 4)
        return {};
    const QString place = parts.at(0).trimmed();
    const QString outlet = parts.at(1).trimmed();
    if (place.isEmpty() || outlet.isEmpty() || !isNameLine(place) || !isNameLine(outlet))
        return {};
    Dateline d;
    d.place = place;
    d.outlet = outlet;
    d.found = true;
    return d;
}

void markFurniture(Article &a)
{
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        Paragraph &p = a.paragraphs[i];
        const QString t = text(a, p);
        switch (pageFurnitureKind(t)) {
        case FurnitureKind::RelatedMarker:
            p.body = false;
            if (i + 1 < a.paragraphs.size() && looksLikeHeadline(text(a, a.paragraphs.at(i + 1))))
                a.paragraphs[++i].body = false;
            continue;
        case FurnitureKind::RelatedInline:
        case FurnitureKind::Trailer: p.body = false; continue;
        case FurnitureKind::None: break;
        }
        if (endsWithPhotoCredit(t) && t.size() < 400)
            p.body = false;
    }
}

void setPublished(ArticleMetadata &m, QDate date, MetaSource source)
{
    if (!date.isValid() || m.published.isValid())
        return;
    m.published = date;
    m.publishedSource = source;
}

void applyDateline(ArticleMetadata &m, const Dateline &d)
{
    if (m.datelinePlace.isEmpty())
        m.datelinePlace = d.place;
    if (m.outlet.isEmpty() && !d.outlet.isEmpty()) {
        m.outlet = d.outlet;
        m.outletSource = MetaSource::Dateline;
    }
    setPublished(m, d.date, MetaSource::Dateline);
}

// Title, byline, date line and dateline: the lines before the body starts.
void readHeader(Article &a)
{
    ArticleMetadata &m = a.meta;
    const qsizetype limit = std::min<qsizetype>(a.paragraphs.size(), 12);
    for (qsizetype i = 0; i < limit; ++i) {
        Paragraph &p = a.paragraphs[i];
        const QString t = text(a, p);
        if (const QDate date = parseHeaderDateLine(t); date.isValid()) {
            setPublished(m, date, MetaSource::Header);
            p.body = false;
            continue;
        }
        if (!p.body) // a caption or other furniture already marked
            continue;
        if (const Dateline d = leadingDateline(t); d.found) {
            applyDateline(m, d);
            break; // the body starts here
        }
        if (i > 0) {
            if (const Dateline d = ownLineDateline(t); d.found) {
                applyDateline(m, d);
                p.body = false;
                continue;
            }
        }
        if (i == 0 && looksLikeHeadline(t) && wordCount(t) >= 2) {
            if (m.title.isEmpty()) {
                m.title = t;
                m.titleSource = MetaSource::Header;
            }
            continue;
        }
        if (i > 0 && isNameLine(t)) {
            p.body = false;
            if (hasOutletWord(t) && m.outlet.isEmpty()) {
                m.outlet = t;
                m.outletSource = MetaSource::Header;
            } else if (m.byline.isEmpty() && !isAllCaps(t)) {
                m.byline = t;
                m.bylineSource = MetaSource::Header;
            }
            continue; // otherwise a photographer's or editor's initials
        }
        break;
    }
}

void identifyLanguages(Article &a)
{
    QList<int> words; // per language, body paragraphs only
    for (Paragraph &p : a.paragraphs) {
        const LanguageGuess g = identifyLanguage(QStringView(a.text).mid(p.span.start, p.span.length()));
        p.language = g.language;
        p.languageConfidence = g.confidence;
        if (p.body) {
            words.resize(g.words.size(), 0);
            for (qsizetype k = 0; k < g.words.size(); ++k)
                words[k] += g.words.at(k);
        }
    }
    if (a.meta.language.isEmpty()) {
        const LanguageGuess doc = languageFromCounts(words);
        a.meta.language = doc.language;
        a.meta.languageConfidence = doc.confidence;
    }
}

void detectTruncation(Article &a)
{
    a.truncated = false;
    a.truncationSpan = {};
    for (qsizetype i = a.paragraphs.size() - 1; i >= 0; --i) {
        const Paragraph &p = a.paragraphs.at(i);
        if (!p.body)
            continue;
        const QString t = text(a, p);
        if (endsWithSentencePunctuation(t) || wordCount(t) < 4)
            return;
        a.truncated = true;
        // The unfinished sentence is the evidence.
        a.truncationSpan = p.span;
        for (const Sentence &s : a.sentences)
            if (s.paragraph == int(i))
                a.truncationSpan = s.span;
        return;
    }
}

} // namespace

QDate parseNewsDate(QStringView input)
{
    const QString s = input.toString().trimmed();
    static const QRegularExpression numeric(QStringLiteral("^\\(?(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\)?$"));
    if (const auto m = numeric.match(s); m.hasMatch())
        return QDate(fullYear(m.captured(3).toInt()), m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    if (const auto m = iso.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const CalendarNames &c = calendarNames();
    static const QRegularExpression dayMonthYear(
        QStringLiteral("^(\\d{1,2})\\s+(%1)\\.?\\s+(\\d{4})$").arg(c.monthPattern),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dayMonthYear.match(s); m.hasMatch())
        return QDate(m.captured(3).toInt(), c.months.value(m.captured(2).toLower()), m.captured(1).toInt());
    static const QRegularExpression monthDayYear(
        QStringLiteral("^(%1)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$").arg(c.monthPattern),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = monthDayYear.match(s); m.hasMatch())
        return QDate(m.captured(3).toInt(), c.months.value(m.captured(1).toLower()), m.captured(2).toInt());
    return {};
}

QDate parseHeaderDateLine(QStringView input)
{
    const QString line = input.toString().trimmed();
    if (line.size() > 80)
        return {};
    const CalendarNames &c = calendarNames();
    // Weekday, date, and an optional "| time zone" part; without a weekday the time is required.
    static const QRegularExpression re(
        QStringLiteral("^(?:(%1),?\\s+)?([^|]+?)\\s*(?:[|\u2013-]\\s*(\\d{1,2}[:.]\\d{2}(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|"
                       "WIB|WITA|WIT|UTC|GMT[+-]?\\d*))?))?$")
            .arg(c.weekdayPattern),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(line);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        return {};
    return parseNewsDate(m.captured(2));
}

void extractMetadata(Article &article)
{
    markFurniture(article);
    readHeader(article);
    identifyLanguages(article);
    detectTruncation(article);
}

} // namespace fc
